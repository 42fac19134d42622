import { generateHOTP } from '@oslojs/otp';
import type { DB } from '../../src/lib/server/db/connect.js';
import type { Role } from '../../src/lib/server/db/schema.js';
import { parseSettings } from '../../src/lib/server/config.js';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { checkSecondFactor } from '../../src/lib/server/auth/signin.js';
import { generateTotpKey, sealTotpKey, totpStep } from '../../src/lib/server/auth/totp.js';
import { createUser, enableTotp, savePendingTotpKey } from '../../src/lib/server/auth/users.js';

/* Test accounts and settings for the auth suites. Users live at example.org; no real people. */

export const config = parseSettings({}).auth;

/** A precomputed argon2id hash keeps tests fast where the password itself is not under test. */
export const PLACEHOLDER_HASH = '$argon2id$v=19$m=19456,t=2,p=1$placeholder$placeholder';

let counter = 0;

export async function makeUser(db: DB, role: Role = 'researcher', passwordHash = PLACEHOLDER_HASH) {
	counter += 1;
	return createUser(db, {
		email: `${role}.${counter}.${Date.now()}@example.org`,
		displayName: `Test ${role} ${counter}`,
		role,
		passwordHash
	});
}

export const client = { ip: '192.0.2.10', userAgent: 'vitest' };

/**
 * A new editor with a two-factor key switched on, sealed with `secret` (the running secret key
 * when not given): the user and the key their authenticator app holds.
 */
export async function editorWithTotp(db: DB, secret?: Uint8Array) {
	const user = await makeUser(db, 'editor');
	const totp = generateTotpKey();
	await savePendingTotpKey(db, user.id, sealTotpKey(totp, user.id, secret));
	await enableTotp(db, user.id);
	return { user, totp };
}

/** How the two-factor step answers `userId` giving the code that `totp` shows now ('ok', 'invalid'...). */
export async function secondFactorNow(db: DB, userId: string, totp: Uint8Array) {
	const now = new Date();
	const code = generateHOTP(totp, BigInt(totpStep(now)), 6);
	return (await checkSecondFactor(db, { userId, code, client, now })).kind;
}

/**
 * A new editor with two-factor sign-in on (as editors must have it), signed in: their id and
 * the cookie of a session that passed two-factor.
 */
export async function signedInEditor(
	db: DB,
	user: { email: string; displayName: string }
): Promise<{ id: string; cookie: string }> {
	const editor = await createUser(db, { ...user, role: 'editor', passwordHash: PLACEHOLDER_HASH });
	await enableTotp(db, editor.id);
	const { token } = await createSession(db, editor.id, { twoFactorVerified: true });
	return { id: editor.id, cookie: `pledgewatch_session=${token}` };
}

/** A new researcher, signed in: the cookie of their session (researchers need no second factor). */
export async function signedInResearcher(
	db: DB,
	user: { email: string; displayName: string }
): Promise<string> {
	const researcher = await createUser(db, {
		...user,
		role: 'researcher',
		passwordHash: PLACEHOLDER_HASH
	});
	const { token } = await createSession(db, researcher.id, { twoFactorVerified: true });
	return `pledgewatch_session=${token}`;
}
