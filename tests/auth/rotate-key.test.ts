import { getRandomValues } from 'node:crypto';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { log } from '../../src/lib/server/log.js';
import { encodeBase64 } from '@oslojs/encoding';
import { describeEachDatabase } from '../helpers/databases.js';
import { KeyRotationError, resealTotpKeys } from '../../src/lib/server/auth/rotate-key.js';
import { useSecretKey } from '../../src/lib/server/auth/secret-key.js';
import { generateTotpKey, openTotpKey } from '../../src/lib/server/auth/totp.js';
import type { DB } from '../../src/lib/server/db/connect.js';
import { editorWithTotp, makeUser, secondFactorNow } from './fixtures.js';

/*
 * Rotating the secret key re-seals every stored two-factor key in one transaction, or, when
 * any key does not open with the current secret key, changes nothing and names that user.
 */

const newKey = () => getRandomValues(new Uint8Array(32));

async function storedKeys(db: DB): Promise<Map<string, string | null>> {
	const rows = await db.selectFrom('users').select(['id', 'totp_key']).execute();
	return new Map(rows.map((row) => [row.id, row.totp_key]));
}

/* How the two-factor step answers a code from `totp` with `secret` as the running secret key. */
async function secondFactor(db: DB, userId: string, totp: Uint8Array, secret: Uint8Array) {
	useSecretKey(secret);
	return secondFactorNow(db, userId, totp);
}

describeEachDatabase('rotating the secret key', ({ db }) => {
	// Each test starts with no stored two-factor keys (the database is shared by the block).
	beforeEach(async () => {
		await db().updateTable('users').set({ totp_key: null, totp_enabled: 0 }).execute();
	});
	afterEach(() => vi.restoreAllMocks());

	it('re-seals every key, plain ones too, so codes verify under the new key and not the old', async () => {
		const old = newKey();
		const next = newKey();
		const sealed = [await editorWithTotp(db(), old), await editorWithTotp(db(), old)];
		const plain = await makeUser(db(), 'admin');
		const plainTotp = generateTotpKey();
		await db()
			.updateTable('users')
			.set({ totp_key: encodeBase64(plainTotp), totp_enabled: 1 })
			.where('id', '=', plain.id)
			.execute();
		const without = await makeUser(db());
		const before = await storedKeys(db());

		expect(await resealTotpKeys(db(), old, next)).toEqual({ resealed: 3 });

		const after = await storedKeys(db());
		expect(after.get(without.id)).toBeNull();
		const everyone = [...sealed, { user: plain, totp: plainTotp }];
		for (const { user, totp } of everyone) {
			const stored = after.get(user.id)!;
			expect(stored).toMatch(/^v1\./);
			expect(stored).not.toBe(before.get(user.id));
			expect(openTotpKey(stored, user.id, next)).toEqual(totp);
			expect(() => openTotpKey(stored, user.id, old)).toThrow(/different secret key/);
		}
		expect(await secondFactor(db(), sealed[0]!.user.id, sealed[0]!.totp, next)).toBe('ok');
		expect(await secondFactor(db(), plain.id, plainTotp, next)).toBe('ok');
		const error = vi.spyOn(log, 'error').mockImplementation(() => undefined);
		expect(await secondFactor(db(), sealed[1]!.user.id, sealed[1]!.totp, old)).toBe('invalid');
		expect(error.mock.calls[0]?.[0]).toMatch(/Cannot read the two-factor key of user/);
	});

	it('changes nothing, and names the user, when one key was sealed under another key', async () => {
		const old = newKey();
		const good = [await editorWithTotp(db(), old), await editorWithTotp(db(), old)];
		const stray = await editorWithTotp(db(), newKey());
		const before = await storedKeys(db());

		const rotation = resealTotpKeys(db(), old, newKey());
		await expect(rotation).rejects.toThrow(KeyRotationError);
		const error = (await rotation.catch((e: unknown) => e)) as KeyRotationError;
		expect(error.message).toBe('1 two-factor key(s) do not open with the current secret key');
		expect(error.rows).toEqual([
			{
				id: stray.user.id,
				email: stray.user.email,
				reason: expect.stringMatching(/different secret key/)
			}
		]);
		expect(error.remedy).toMatch(/reset those users' two-factor sign-in/);

		expect(await storedKeys(db())).toEqual(before);
		for (const { user, totp } of good) {
			expect(openTotpKey(before.get(user.id)!, user.id, old)).toEqual(totp);
		}
	});

	it('re-seals nothing, and succeeds, when no one has two-factor sign-in', async () => {
		await makeUser(db());
		expect(await resealTotpKeys(db(), newKey(), newKey())).toEqual({ resealed: 0 });
	});
});
