import fs from 'node:fs';
import path from 'node:path';
import { getRandomValues } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeBase64 } from '@oslojs/encoding';
import { runScript } from '../helpers/scripts.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import { generateTotpKey, openTotpKey, sealTotpKey } from '../../src/lib/server/auth/totp.js';
import { enableTotp, savePendingTotpKey } from '../../src/lib/server/auth/users.js';
import { makeUser } from '../auth/fixtures.js';

/*
 * `npm run rotate-secret-key` as an operator runs it (tsx, its own process): with a key file
 * beside a SQLite database, and with PLEDGEWATCH_SECRET_KEY on each database.
 */

const newKey = () => getRandomValues(new Uint8Array(32));

function runRotate(env: Record<string, string>) {
	return runScript('rotate-secret-key.ts', [], env);
}

async function enrol(database: TestDatabase, secret: Uint8Array) {
	const user = await makeUser(database.db, 'editor');
	const totp = generateTotpKey();
	await savePendingTotpKey(database.db, user.id, sealTotpKey(totp, user.id, secret));
	await enableTotp(database.db, user.id);
	return { user, totp };
}

async function storedKey(database: TestDatabase, userId: string): Promise<string> {
	const row = await database.db
		.selectFrom('users')
		.select('totp_key')
		.where('id', '=', userId)
		.executeTakeFirstOrThrow();
	return row.totp_key!;
}

let database: TestDatabase | undefined;
afterEach(async () => {
	await database?.drop();
	database = undefined;
});

describe('npm run rotate-secret-key with a key file [sqlite]', () => {
	it('re-seals the keys, prints the new key once and writes it to the file, mode 0600', async () => {
		database = await createTestDatabase('sqlite');
		const file = path.join(path.dirname(database.url), 'secret.key');
		const old = newKey();
		fs.writeFileSync(file, `${encodeBase64(old)}\n`, { mode: 0o644 });
		const users = [await enrol(database, old), await enrol(database, old)];

		const { code, output } = await runRotate({ DATABASE_URL: database.url });
		expect(code).toBe(0);
		expect(output).toContain('Re-sealed 2 two-factor key(s)');

		const text = fs.readFileSync(file, 'utf8');
		expect(text).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
		const next = new Uint8Array(Buffer.from(text.trim(), 'base64'));
		expect(next).not.toEqual(old);
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		expect(fs.existsSync(`${file}.new`)).toBe(false);
		expect(output.split(text.trim())).toHaveLength(2);
		expect(output).toMatch(/shown only this once/);
		expect(output).toMatch(/Wrote the new key to .*secret\.key .*restart every instance/);

		for (const { user, totp } of users) {
			const stored = await storedKey(database, user.id);
			expect(openTotpKey(stored, user.id, next)).toEqual(totp);
			expect(() => openTotpKey(stored, user.id, old)).toThrow();
		}
	});

	it('changes neither the rows nor the file, and names the user, when a key does not open', async () => {
		database = await createTestDatabase('sqlite');
		const file = path.join(path.dirname(database.url), 'secret.key');
		const old = newKey();
		fs.writeFileSync(file, `${encodeBase64(old)}\n`, { mode: 0o600 });
		const good = await enrol(database, old);
		const stray = await enrol(database, newKey());
		const before = [
			await storedKey(database, good.user.id),
			await storedKey(database, stray.user.id)
		];

		const { code, output } = await runRotate({ DATABASE_URL: database.url });
		expect(code).toBe(1);
		const errors = output.split('\n').filter((l) => l.includes('[pledgewatch] error:'));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain('Nothing was changed');
		expect(errors[0]).toContain(`${stray.user.email} (user ${stray.user.id})`);
		expect(errors[0]).not.toContain(good.user.email);
		expect(errors[0]).toMatch(/an admin reset those users' two-factor sign-in/);
		expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);

		expect(fs.readFileSync(file, 'utf8')).toBe(`${encodeBase64(old)}\n`);
		expect(fs.existsSync(`${file}.new`)).toBe(false);
		expect([
			await storedKey(database, good.user.id),
			await storedKey(database, stray.user.id)
		]).toEqual(before);
	});

	it('stops with one line, making no key file, when there is no key to rotate from', async () => {
		database = await createTestDatabase('sqlite');
		const file = path.join(path.dirname(database.url), 'secret.key');
		const { code, output } = await runRotate({ DATABASE_URL: database.url });
		expect(code).toBe(1);
		expect(output.trim()).toMatch(
			/^\[pledgewatch\] error: PLEDGEWATCH_SECRET_KEY is not set and there is no key file at .*secret\.key/
		);
		expect(fs.existsSync(file)).toBe(false);
	});

	it('stops with one line naming a setting it cannot read, as the server does, changing nothing', async () => {
		database = await createTestDatabase('sqlite');
		const file = path.join(path.dirname(database.url), 'secret.key');
		const old = newKey();
		fs.writeFileSync(file, `${encodeBase64(old)}\n`, { mode: 0o600 });
		const { user } = await enrol(database, old);
		const before = await storedKey(database, user.id);

		for (const [env, expected] of [
			[{ PUBLIC_MEMO_MS: '20s' }, /PUBLIC_MEMO_MS must be a whole number, 0 or more, not "20s"$/],
			[
				{ PLEDGEWATCH_NEW_SECRET_KEY: 'not-a-key' },
				/PLEDGEWATCH_NEW_SECRET_KEY must be 32 random bytes as base64 .* \(9 characters\)$/
			]
		] as const) {
			const { code, output } = await runRotate({ DATABASE_URL: database.url, ...env });
			expect(code).toBe(1);
			expect(output.trim().split('\n')).toHaveLength(1);
			expect(output.trim()).toMatch(/^\[pledgewatch\] error: /);
			expect(output.trim()).toMatch(expected);
		}
		expect(fs.readFileSync(file, 'utf8')).toBe(`${encodeBase64(old)}\n`);
		expect(await storedKey(database, user.id)).toBe(before);
	});

	it('stops with one line, changing nothing, on a database that is not migrated', async () => {
		database = await createTestDatabase('sqlite', { migrate: false });
		const { code, output } = await runRotate({
			DATABASE_URL: database.url,
			PLEDGEWATCH_SECRET_KEY: encodeBase64(newKey())
		});
		expect(code).toBe(1);
		expect(output.trim()).toMatch(
			/^\[pledgewatch\] error: SQLite at .* has migrations not yet applied \(0001_domain, .*\); run npm run migrate first$/
		);
		expect(await database.db.introspection.getTables()).toEqual([]);
	});
});

for (const dialect of testDialects()) {
	describe(`npm run rotate-secret-key with PLEDGEWATCH_SECRET_KEY [${dialect}]`, () => {
		it('re-seals with PLEDGEWATCH_NEW_SECRET_KEY, echoes neither key and says to set it everywhere', async () => {
			database = await createTestDatabase(dialect);
			const old = newKey();
			const next = newKey();
			const { user, totp } = await enrol(database, old);

			const { code, output } = await runRotate({
				DATABASE_URL: database.url,
				PLEDGEWATCH_SECRET_KEY: Buffer.from(old).toString('hex'),
				PLEDGEWATCH_NEW_SECRET_KEY: encodeBase64(next)
			});
			expect(code).toBe(0);
			expect(output).toContain('Re-sealed 1 two-factor key(s)');
			expect(output).toMatch(/Set PLEDGEWATCH_SECRET_KEY to the new key .*on every instance/);
			expect(output).not.toContain(encodeBase64(next));
			expect(output).not.toContain(Buffer.from(old).toString('hex'));
			expect(openTotpKey(await storedKey(database, user.id), user.id, next)).toEqual(totp);
			if (dialect === 'sqlite') {
				expect(fs.existsSync(path.join(path.dirname(database.url), 'secret.key'))).toBe(false);
			}
		});

		it('refuses a new key equal to the current one', async () => {
			database = await createTestDatabase(dialect);
			const key = encodeBase64(newKey());
			const { code, output } = await runRotate({
				DATABASE_URL: database.url,
				PLEDGEWATCH_SECRET_KEY: key,
				PLEDGEWATCH_NEW_SECRET_KEY: key
			});
			expect(code).toBe(1);
			expect(output.trim()).toMatch(
				/^\[pledgewatch\] error: PLEDGEWATCH_NEW_SECRET_KEY is the current secret key/
			);
		});
	});
}
