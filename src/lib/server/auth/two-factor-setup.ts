import type { DB } from '../db/connect.js';
import type { User } from '../db/schema.js';
import type { ClientInfo } from './request.js';
import { replaceRecoveryCodes } from './recovery-codes.js';
import { SecretBoxError } from './secret-box.js';
import { markSessionTwoFactorVerified } from './sessions.js';
import { confirmedBySecondFactor, type StepResult } from './signin.js';
import { generateTotpKey, openTotpKey, sealTotpKey } from './totp.js';
import { enableTotp, getUser, savePendingTotpKey } from './users.js';

/*
 * Setting up two-factor sign-in in two explicit steps, both POSTs: "start" makes a key and
 * stores it sealed (secret-box.ts) but not yet in use; "confirm" turns it on once a code from
 * it is right. The page only reads the stored key to show it, so a GET writes nothing: a
 * crawler, a prefetch or a reload cannot replace a key someone is part-way through scanning.
 *
 * Why stored rather than carried in the page: the key never leaves the server except as the
 * QR code the person must see; it is sealed at rest like a key in use, bound to its user row;
 * and confirming it goes through the same throttled, replay-proof code check as signing in,
 * with no key material taken back from the client to be trusted.
 */

/** The key set up but not yet confirmed, or null when there is none (or it no longer opens). */
export function pendingTotpKey(
	user: Pick<User, 'id' | 'totp_key' | 'totp_enabled'>
): Uint8Array | null {
	if (user.totp_enabled === 1 || !user.totp_key) return null;
	try {
		return openTotpKey(user.totp_key, user.id);
	} catch (error) {
		// Sealed under an earlier secret key: nothing depends on it yet, so setup starts again.
		if (!(error instanceof SecretBoxError)) throw error;
		return null;
	}
}

/** Makes a new key for the person to scan, replacing any earlier unconfirmed one. */
export async function startTwoFactorSetup(db: DB, userId: string): Promise<void> {
	await savePendingTotpKey(db, userId, sealTotpKey(generateTotpKey(), userId));
}

export type SetupConfirmation =
	| StepResult<string[]>
	| { kind: 'already-on' }
	| { kind: 'not-started' };

/**
 * Turns two-factor sign-in on with a code from the pending key: the session counts as verified
 * and ten recovery codes are made (returned for showing once), with the audit entry, together.
 */
export async function confirmTwoFactorSetup(
	db: DB,
	input: { userId: string; sessionId: string; code: string; client: ClientInfo }
): Promise<SetupConfirmation> {
	const stored = await getUser(db, input.userId);
	if (stored?.totp_enabled === 1) return { kind: 'already-on' };
	if (!stored || !pendingTotpKey(stored)) return { kind: 'not-started' };
	return confirmedBySecondFactor(
		db,
		{ userId: input.userId, code: input.code, client: input.client, action: 'two-factor.enrol' },
		async (trx) => {
			await enableTotp(trx, input.userId);
			await markSessionTwoFactorVerified(trx, input.sessionId);
			return replaceRecoveryCodes(trx, input.userId);
		}
	);
}
