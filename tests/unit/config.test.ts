import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseDatabaseUrl, redact } from '../../src/lib/server/db/config.js';

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
