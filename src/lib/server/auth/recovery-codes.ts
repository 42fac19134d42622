import { generateRandomString, type RandomReader } from '@oslojs/crypto/random';
import { getRandomValues } from 'node:crypto';
import type { DB } from '../db/connect.js';
import { inTransaction } from '../repositories/records.js';
import { hashSecret, randomId } from './tokens.js';
import { currentTime } from '../clock.js';

/*
 * Ten single-use recovery codes, shown once at enrolment and stored only as SHA-256 hashes.
 * Each code carries 80 random bits, so a fast hash is enough (no one can guess their way
 * through 2^80 candidates, unlike a password).
 */

const COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i look-alikes
const LENGTH = 16;

const random: RandomReader = {
	read(bytes) {
		getRandomValues(bytes);
	}
};

/** Lower case, without spaces or dashes, so "ABCD-EFGH ..." and "abcdefgh..." match. */
export function normaliseRecoveryCode(code: string): string {
	return code.toLowerCase().replace(/[\s-]+/g, '');
}

function format(code: string): string {
	return code.replace(/(.{4})(?=.)/g, '$1-');
}

/** Replaces a user's codes with new ones; returns them for showing once. */
export async function replaceRecoveryCodes(
	db: DB,
	userId: string,
	now: Date = currentTime()
): Promise<string[]> {
	const codes = Array.from({ length: COUNT }, () => generateRandomString(random, ALPHABET, LENGTH));
	await inTransaction(db, async (trx) => {
		await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
		await trx
			.insertInto('recovery_codes')
			.values(
				codes.map((code) => ({
					id: randomId(),
					user_id: userId,
					code_hash: hashSecret(code),
					created_at: now.toISOString()
				}))
			)
			.execute();
	});
	return codes.map(format);
}

/** Marks a matching unused code used; true if one was. Atomic, so a code works exactly once. */
export async function consumeRecoveryCode(
	db: DB,
	userId: string,
	code: string,
	now: Date = currentTime()
): Promise<boolean> {
	const normal = normaliseRecoveryCode(code);
	if (normal.length !== LENGTH) return false;
	const result = await db
		.updateTable('recovery_codes')
		.set({ used_at: now.toISOString() })
		.where('user_id', '=', userId)
		.where('code_hash', '=', hashSecret(normal))
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function countUnusedRecoveryCodes(db: DB, userId: string): Promise<number> {
	const row = await db
		.selectFrom('recovery_codes')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('user_id', '=', userId)
		.where('used_at', 'is', null)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function deleteRecoveryCodes(db: DB, userId: string): Promise<void> {
	await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}
