import type { DB } from '../db/connect.js';
import { SecretBoxError } from './secret-box.js';
import { openTotpKey, sealTotpKey } from './totp.js';
import { listStoredTotpKeys, replaceStoredTotpKey } from './users.js';

/*
 * Changing the secret key (npm run rotate-secret-key): every stored two-factor key is opened
 * with the current key and sealed again with the new one, in one transaction. A row that does
 * not open stops the whole rotation: half the rows under each key would leave no single key
 * that serves every user. Rows still in plain base64 (stored before sealing) are sealed too.
 */

export interface UnrotatedTotpKey {
	id: string;
	email: string;
	reason: string;
}

export class KeyRotationError extends Error {
	override name = 'KeyRotationError';
	constructor(
		message: string,
		readonly rows: UnrotatedTotpKey[],
		/** What the operator does next. */
		readonly remedy: string
	) {
		super(message);
	}
}

/** Re-seals every stored two-factor key from `from` to `to`; all or nothing. */
export async function resealTotpKeys(
	db: DB,
	from: Uint8Array,
	to: Uint8Array
): Promise<{ resealed: number }> {
	return db.transaction().execute(async (trx) => {
		const rows = await listStoredTotpKeys(trx);
		const unreadable: UnrotatedTotpKey[] = [];
		const resealed: { id: string; email: string; from: string; to: string }[] = [];
		for (const row of rows) {
			try {
				const key = openTotpKey(row.totp_key, row.id, from);
				resealed.push({ ...row, from: row.totp_key, to: sealTotpKey(key, row.id, to) });
			} catch (error) {
				if (!(error instanceof SecretBoxError)) throw error;
				unreadable.push({ id: row.id, email: row.email, reason: error.message });
			}
		}
		if (unreadable.length > 0) {
			throw new KeyRotationError(
				`${unreadable.length} two-factor key(s) do not open with the current secret key`,
				unreadable,
				'Those users cannot finish two-factor sign-in now either. Check that this is the key ' +
					'the servers use (PLEDGEWATCH_SECRET_KEY or the key file); if it is, have an admin ' +
					"reset those users' two-factor sign-in, then run again."
			);
		}
		for (const row of resealed) {
			// The row is matched on its old value, so a key changed since it was read (a user
			// enrolling or an admin reset on a running server) rolls everything back.
			if (!(await replaceStoredTotpKey(trx, row.id, row.from, row.to))) {
				throw new KeyRotationError(
					'a two-factor key changed while it was being re-sealed',
					[{ id: row.id, email: row.email, reason: 'changed during the rotation' }],
					'Run again; stopping the servers first keeps keys from changing meanwhile.'
				);
			}
		}
		return { resealed: resealed.length };
	});
}
