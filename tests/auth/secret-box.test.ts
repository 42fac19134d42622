import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getRandomValues } from 'node:crypto';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeBase64 } from '@oslojs/encoding';
import { generateHOTP } from '@oslojs/otp';
import { createTestDatabase, describeEachDatabase, testDialects } from '../helpers/databases.js';
import { ConfigError } from '../../src/lib/server/db/config.js';
import { open, seal, SecretBoxError } from '../../src/lib/server/auth/secret-box.js';
import {
	loadSecretKey,
	parseSecretKey,
	secretKeyFile,
	useSecretKey
} from '../../src/lib/server/auth/secret-key.js';
import { generateTotpKey, openTotpKey, totpStep } from '../../src/lib/server/auth/totp.js';
import { checkSecondFactor } from '../../src/lib/server/auth/signin.js';
import { startRuntime, stopRuntime } from '../../src/lib/server/runtime.js';
import { parseSettings } from '../../src/lib/server/config.js';
import { log } from '../../src/lib/server/log.js';
import { client, editorWithTotp, makeUser, secondFactorNow } from './fixtures.js';

/*
 * Two-factor keys are sealed at rest (AES-256-GCM, the user id as associated data) with a key
 * from PLEDGEWATCH_SECRET_KEY or a key file; older plain rows are sealed at start-up.
 */

const newKey = () => getRandomValues(new Uint8Array(32));
const bytes = new TextEncoder().encode('twenty bytes of key!');

describe('the secret box', () => {
	const key = newKey();

	it('opens what it sealed, with a fresh IV each time', () => {
		const first = seal(key, bytes, 'users.totp_key:a');
		const second = seal(key, bytes, 'users.totp_key:a');
		expect(first).toMatch(/^v1\.[A-Za-z0-9+/]{16}\.[A-Za-z0-9+/=]+$/);
		expect(first).not.toBe(second);
		expect(first).not.toContain(encodeBase64(bytes));
		expect(open(key, first, 'users.totp_key:a')).toEqual(bytes);
		expect(open(key, second, 'users.totp_key:a')).toEqual(bytes);
	});

	it('refuses an altered value, another key, another row and a malformed value', () => {
		const sealed = seal(key, bytes, 'users.totp_key:a');
		const body = sealed.split('.')[2]!;
		const flipped = (body[0] === 'A' ? 'B' : 'A') + body.slice(1);
		const altered = sealed.replace(body, flipped);
		expect(() => open(key, altered, 'users.totp_key:a')).toThrow(SecretBoxError);
		expect(() => open(newKey(), sealed, 'users.totp_key:a')).toThrow(/different secret key/);
		expect(() => open(key, sealed, 'users.totp_key:b')).toThrow(SecretBoxError);
		expect(() => open(key, 'v1.nonsense', 'users.totp_key:a')).toThrow(/malformed/);
		expect(() => open(key, encodeBase64(bytes), 'users.totp_key:a')).toThrow(/not sealed/);
	});

	it('reads plain base64 two-factor keys stored before sealing', () => {
		const totp = generateTotpKey();
		expect(openTotpKey(encodeBase64(totp), 'any user', key)).toEqual(totp);
		expect(() => openTotpKey('not base64!', 'any user', key)).toThrow(SecretBoxError);
	});
});

describe('the secret key', () => {
	// A folder per test: one test's key file is never another's.
	let dir = '';
	let sqlite: { kind: 'sqlite'; file: string };
	beforeEach(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgewatch-key-'));
		sqlite = { kind: 'sqlite', file: path.join(dir, 'app.db') };
	});
	afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

	it('reads 32 bytes as base64 or hex, and names a bad value without showing it', () => {
		const key = newKey();
		expect(parseSecretKey(encodeBase64(key), 'X')).toEqual(key);
		expect(parseSecretKey(Buffer.from(key).toString('hex'), 'X')).toEqual(key);
		const short = encodeBase64(getRandomValues(new Uint8Array(16)));
		expect(() => parseSecretKey(short, 'PLEDGEWATCH_SECRET_KEY')).toThrow(ConfigError);
		expect(() => parseSecretKey(short, 'PLEDGEWATCH_SECRET_KEY')).toThrow(
			/^PLEDGEWATCH_SECRET_KEY must be 32 random bytes as base64 .* or hex .*; it is not \(24 characters\)$/
		);
		let message = '';
		try {
			parseSecretKey('hunter2', 'X');
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toMatch(/^X must be/);
		expect(message).not.toContain('hunter2');
	});

	it('prefers PLEDGEWATCH_SECRET_KEY and then makes no file', () => {
		const key = newKey();
		const warn = vi.spyOn(log, 'warn').mockImplementation(() => undefined);
		expect(loadSecretKey({ secretKey: encodeBase64(key) }, sqlite)).toEqual(key);
		expect(fs.existsSync(path.join(dir, 'secret.key'))).toBe(false);
		expect(warn).not.toHaveBeenCalled();
		warn.mockRestore();
	});

	it('without it, makes a 0600 key file beside the SQLite database once, with a warning', () => {
		const warn = vi.spyOn(log, 'warn').mockImplementation(() => undefined);
		const first = loadSecretKey({}, sqlite);
		const file = path.join(dir, 'secret.key');
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		expect(warn.mock.calls[0]?.[0]).toMatch(
			/Created a new secret key in .*secret\.key.*set PLEDGEWATCH_SECRET_KEY/
		);
		expect(loadSecretKey({}, sqlite)).toEqual(first);
		expect(warn.mock.calls[1]?.[0]).toMatch(/Using the secret key in/);
		warn.mockRestore();
	});

	it('takes PLEDGEWATCH_SECRET_KEY_FILE, defaults to data/secret.key for PostgreSQL, and refuses a bad file', () => {
		const postgres = { kind: 'postgres', url: 'postgres://x@127.0.0.1/x' } as const;
		expect(secretKeyFile({}, postgres, dir)).toBe(path.join(dir, 'data', 'secret.key'));
		expect(secretKeyFile({ secretKeyFile: 'keys/k' }, sqlite, dir)).toBe(
			path.join(dir, 'keys', 'k')
		);
		const bad = path.join(dir, 'bad.key');
		fs.writeFileSync(bad, 'too short\n');
		vi.spyOn(log, 'warn').mockImplementation(() => undefined);
		expect(() => loadSecretKey({ secretKeyFile: bad }, postgres)).toThrow(
			/^The key file .*bad\.key must be 32 random bytes/
		);
		vi.restoreAllMocks();
	});
});

describeEachDatabase('two-factor keys at rest', ({ db }) => {
	const key = newKey();
	beforeAll(() => useSecretKey(key));
	afterEach(() => {
		useSecretKey(key);
		vi.restoreAllMocks();
	});

	it('signs in with a sealed key', async () => {
		const { user, totp } = await editorWithTotp(db());
		expect(await secondFactorNow(db(), user.id, totp)).toBe('ok');
	});

	it('fails the two-factor step, logged, when the key was sealed under another secret key', async () => {
		const { user, totp } = await editorWithTotp(db());
		useSecretKey(newKey());
		const error = vi.spyOn(log, 'error').mockImplementation(() => undefined);
		expect(await secondFactorNow(db(), user.id, totp)).toBe('invalid');
		expect(error.mock.calls[0]?.[0]).toMatch(
			new RegExp(`Cannot read the two-factor key of user ${user.id}: .*PLEDGEWATCH_SECRET_KEY`)
		);
	});

	it('fails the two-factor step when a sealed key is copied into another row', async () => {
		const { user, totp } = await editorWithTotp(db());
		const other = await makeUser(db(), 'editor');
		const stored = await db()
			.selectFrom('users')
			.select('totp_key')
			.where('id', '=', user.id)
			.executeTakeFirstOrThrow();
		await db()
			.updateTable('users')
			.set({ totp_key: stored.totp_key, totp_enabled: 1 })
			.where('id', '=', other.id)
			.execute();
		vi.spyOn(log, 'error').mockImplementation(() => undefined);
		expect(await secondFactorNow(db(), other.id, totp)).toBe('invalid');
	});
});

for (const dialect of testDialects()) {
	describe(`start-up seals plain two-factor keys [${dialect}]`, () => {
		it('seals them once, keeps sign-in working, and reports keys it cannot open', async () => {
			const database = await createTestDatabase(dialect);
			const info = vi.spyOn(log, 'info').mockImplementation(() => undefined);
			const error = vi.spyOn(log, 'error').mockImplementation(() => undefined);
			try {
				const users = [await makeUser(database.db, 'editor'), await makeUser(database.db)];
				const totps = users.map(() => generateTotpKey());
				for (const [i, user] of users.entries()) {
					await database.db
						.updateTable('users')
						.set({ totp_key: encodeBase64(totps[i]!), totp_enabled: 1 })
						.where('id', '=', user.id)
						.execute();
				}
				const key = newKey();
				const env = {
					DATABASE_URL: database.url,
					PLEDGEWATCH_SKIP_DEMO: '1',
					PLEDGEWATCH_SECRET_KEY: encodeBase64(key)
				};
				await startRuntime(parseSettings(env));
				await stopRuntime();
				expect(info.mock.calls.flat().join('\n')).toContain(
					'Encrypted 2 two-factor key(s) stored before encryption.'
				);
				const rows = await database.db
					.selectFrom('users')
					.select(['id', 'totp_key'])
					.orderBy('created_at')
					.execute();
				for (const [i, user] of users.entries()) {
					const row = rows.find((r) => r.id === user.id)!;
					expect(row.totp_key).toMatch(/^v1\./);
					expect(openTotpKey(row.totp_key!, user.id, key)).toEqual(totps[i]);
				}

				// A second start changes nothing.
				info.mockClear();
				await startRuntime(parseSettings(env));
				await stopRuntime();
				expect(info.mock.calls.flat().join('\n')).not.toContain('Encrypted');
				const again = await database.db.selectFrom('users').select(['id', 'totp_key']).execute();
				expect(new Set(again.map((r) => r.totp_key))).toEqual(new Set(rows.map((r) => r.totp_key)));

				// Sign-in reads the sealed key.
				useSecretKey(key);
				const now = new Date();
				const code = generateHOTP(totps[0]!, BigInt(totpStep(now)), 6);
				expect(
					(await checkSecondFactor(database.db, { userId: users[0]!.id, code, client, now })).kind
				).toBe('ok');

				// Started with another key, the server still starts and says what is wrong.
				await startRuntime(
					parseSettings({ ...env, PLEDGEWATCH_SECRET_KEY: encodeBase64(newKey()) })
				);
				await stopRuntime();
				expect(error.mock.calls.flat().join('\n')).toMatch(
					/2 two-factor key\(s\) do not open with this secret key/
				);
			} finally {
				vi.restoreAllMocks();
				await stopRuntime();
				await database.drop();
			}
		});
	});
}
