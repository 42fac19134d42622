import type { DB } from '../../src/lib/server/db/connect.js';
import type { Role } from '../../src/lib/server/db/schema.js';
import { parseSettings } from '../../src/lib/server/config.js';
import { createUser } from '../../src/lib/server/auth/users.js';

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
