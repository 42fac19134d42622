import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema.js';

/*
 * Rows written straight into a test database, for fixtures that need given ids and none of
 * what the services add on the way (a password, revisions, audit entries).
 */

/** A staff account with no password or two-factor key, created (and last updated) `at`. */
export async function insertUser(
	db: Kysely<Database>,
	user: Pick<Insertable<Database['users']>, 'id' | 'email' | 'display_name' | 'role'>,
	at: string
): Promise<void> {
	await db
		.insertInto('users')
		.values({ ...user, created_at: at, updated_at: at })
		.execute();
}
