import type { DB } from '../../src/lib/server/db/connect.js';
import type { Role } from '../../src/lib/server/db/schema.js';
import { parseSettings } from '../../src/lib/server/config.js';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { createUser, enableTotp } from '../../src/lib/server/auth/users.js';

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
