import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseDatabaseUrl, redact } from '../../src/lib/server/db/config.js';
import { parseSettings } from '../../src/lib/server/config.js';

describe('DATABASE_URL', () => {
	const cwd = '/srv/pledgewatch';

	it('defaults to the embedded SQLite file under data/', () => {
		expect(parseDatabaseUrl(undefined, cwd)).toEqual({
			kind: 'sqlite',
			file: path.join(cwd, 'data/pledgewatch.db')
		});
		expect(parseDatabaseUrl('  ', cwd).kind).toBe('sqlite');
	});

	it('accepts file paths and sqlite: URLs', () => {
		expect(parseDatabaseUrl('/tmp/x.db', cwd)).toEqual({ kind: 'sqlite', file: '/tmp/x.db' });
		expect(parseDatabaseUrl('sqlite:db/x.db', cwd)).toEqual({
			kind: 'sqlite',
			file: path.join(cwd, 'db/x.db')
		});
		expect(parseDatabaseUrl('sqlite:///tmp/y.db', cwd)).toEqual({
			kind: 'sqlite',
			file: '/tmp/y.db'
		});
	});

	it('accepts postgres:// and postgresql:// URLs', () => {
		const url = 'postgres://u:p@db.internal:5432/pledgewatch';
		expect(parseDatabaseUrl(url)).toEqual({ kind: 'postgres', url });
		expect(parseDatabaseUrl('postgresql://u@h/d').kind).toBe('postgres');
	});

	it('names an unknown scheme plainly', () => {
		expect(() => parseDatabaseUrl('mysql://u:p@h/d')).toThrow(ConfigError);
		expect(() => parseDatabaseUrl('mysql://u:p@h/d')).toThrow(/unknown scheme "mysql:"/);
	});

	it('never prints a password', () => {
		expect(redact('postgres://user:s3cret@host/db')).toBe('postgres://user:***@host/db');
	});
});

describe('settings', () => {
	it('gives the documented defaults for an empty environment', () => {
		const settings = parseSettings({}, '/srv/pledgewatch');
		expect(settings.publicMemoMs).toBe(20_000);
		expect(settings.publicRenderCacheMs).toBe(20_000);
		expect(settings.auth.sessionIdleMs).toBe(30 * 60_000);
		expect(settings.origin).toBeNull();
		expect(settings.loadDemo).toBe(true);
		expect(settings.log).toEqual({ level: 'info', format: 'auto' });
		expect(settings.shutdownTimeoutMs).toBe(30_000);
		expect(settings.server).toEqual({
			port: 3000,
			host: '0.0.0.0',
			bodySizeLimit: '6M',
			proxyNamesOrigin: false
		});
		expect(settings.newSecretKey).toBeUndefined();
	});

	it('reads whole numbers and turns the caches off with 0', () => {
		const settings = parseSettings({
			PUBLIC_MEMO_MS: '0',
			PLEDGEWATCH_INVITE_HOURS: ' 24 ',
			ORIGIN: 'https://pledgewatch.example.org/'
		});
		expect(settings.publicMemoMs).toBe(0);
		// The kept pages follow the memo unless set themselves.
		expect(settings.publicRenderCacheMs).toBe(0);
		expect(settings.auth.inviteMs).toBe(24 * 3_600_000);
		expect(settings.origin).toBe('https://pledgewatch.example.org');
	});

	it('refuses a value it cannot read with one line naming the setting', () => {
		const cases: [Record<string, string>, string][] = [
			[{ PUBLIC_MEMO_MS: '20s' }, 'PUBLIC_MEMO_MS must be a whole number, 0 or more, not "20s"'],
			[
				{ PUBLIC_RENDER_CACHE_MS: '-1' },
				'PUBLIC_RENDER_CACHE_MS must be a whole number, 0 or more, not "-1"'
			],
			[
				{ PLEDGEWATCH_THROTTLE_ACCOUNT_LIMIT: '2.5' },
				'PLEDGEWATCH_THROTTLE_ACCOUNT_LIMIT must be a positive whole number, not "2.5"'
			],
			[
				{ PLEDGEWATCH_SESSION_IDLE_MINUTES: '0' },
				'PLEDGEWATCH_SESSION_IDLE_MINUTES must be a positive whole number, not "0"'
			],
			[
				{ PLEDGEWATCH_PURGE_URL: 'purge-relay' },
				'PLEDGEWATCH_PURGE_URL must be a full URL such as https://purge.example.org/hook'
			],
			[
				{ PLEDGEWATCH_LOG_FORMAT: 'xml' },
				'PLEDGEWATCH_LOG_FORMAT must be one of auto, json, pretty, not "xml"'
			],
			[{ PORT: '70000' }, 'PORT must be a number from 1 to 65535, not "70000"'],
			[
				{ BODY_SIZE_LIMIT: '6 MB' },
				'BODY_SIZE_LIMIT must be a number of bytes, or one with K, M or G after it such as 6M, not "6 MB"'
			]
		];
		for (const [env, message] of cases) {
			expect(() => parseSettings(env)).toThrow(new ConfigError(message));
		}
	});

	it("hands npm start's choices on to adapter-node, an operator's own values kept", () => {
		const settings = parseSettings({
			PORT: '4321',
			HOST: '127.0.0.1',
			BODY_SIZE_LIMIT: '8M',
			PROTOCOL_HEADER: 'x-forwarded-proto',
			HOST_HEADER: 'x-forwarded-host'
		});
		expect(settings.server).toEqual({
			port: 4321,
			host: '127.0.0.1',
			bodySizeLimit: '8M',
			proxyNamesOrigin: true
		});
		expect(parseSettings({ PROTOCOL_HEADER: 'x-forwarded-proto' }).server.proxyNamesOrigin).toBe(
			false
		);
	});

	it('is the only module in src/ and scripts/ that reads process.env', () => {
		const root = path.resolve(import.meta.dirname, '..', '..');
		const readers = ['src', 'scripts'].flatMap((folder) =>
			fs
				.readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
				.map((file) => path.join(folder, file))
				.filter((file) => /\.(ts|js|svelte)$/.test(file))
				.filter((file) => fs.readFileSync(path.join(root, file), 'utf8').includes('process.env'))
		);
		expect(readers).toEqual([path.join('src', 'lib', 'server', 'config.ts')]);
	});
});
