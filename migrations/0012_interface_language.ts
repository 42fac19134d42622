import type { Kysely } from 'kysely';

/*
 * The language of a signed-in person's pages (the workspace, account and admin pages):
 * `users.interface_language` is the one they chose on the account page (null until they
 * choose), `sessions.language` the language of the page they signed in on (or accepted their
 * invitation on), used until they choose. Values are the interface's language codes
 * ('en', 'ru', 'kk'); the application checks them.
 *
 * Frozen in time: imports nothing from src/.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
	await db.schema.alterTable('users').addColumn('interface_language', 'text').execute();
	await db.schema
		.alterTable('sessions')
		.addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
		.execute();
}

export async function down(db: AnyDb): Promise<void> {
	await db.schema.alterTable('sessions').dropColumn('language').execute();
	await db.schema.alterTable('users').dropColumn('interface_language').execute();
}
