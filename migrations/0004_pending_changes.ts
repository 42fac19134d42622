import { sql, type Kysely } from 'kysely';

/*
 * Pending changes: the four-eyes rule for records that are already public.
 *
 * - pending_revisions: at most one per record, holding the edit form as submitted (JSON)
 *   against the record version it was made from, and who contributed to it. The published row
 *   stays as it is until an editor who wrote none of it publishes the changes.
 * - links and citations get a publication state of their own (published_at/by), so a link
 *   note or citation added to a published record waits for review like any other content.
 *   Existing rows were public, so they are backfilled as published when they were made.
 *
 * Frozen in time: imports nothing from src/.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const now = sql`CURRENT_TIMESTAMP`;

export async function up(db: AnyDb): Promise<void> {
	await db.schema
		.createTable('pending_revisions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('record_type', 'text', (c) => c.notNull())
		.addColumn('record_id', 'text', (c) => c.notNull())
		// The record version the changes were made against: publishing them checks it.
		.addColumn('base_version', 'integer', (c) => c.notNull())
		// "edit", or "restore" with restored_version saying which earlier version.
		.addColumn('action', 'text', (c) => c.notNull().defaultTo('edit'))
		.addColumn('restored_version', 'integer')
		// JSON: the form values as submitted, so applying them passes the same checks.
		.addColumn('values', 'text', (c) => c.notNull())
		// JSON array of user ids who wrote any of it.
		.addColumn('contributors', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('updated_at', 'text', (c) => c.notNull().defaultTo(now))
		.addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addUniqueConstraint('pending_revisions_record_unique', ['record_type', 'record_id'])
		.execute();

	// No foreign key on published_by: SQLite cannot drop a referencing column, and users are
	// deactivated, never deleted, so the id always names someone.
	for (const table of ['links', 'citations']) {
		await db.schema.alterTable(table).addColumn('published_at', 'text').execute();
		await db.schema.alterTable(table).addColumn('published_by', 'text').execute();
		await db
			.updateTable(table)
			.set({ published_at: sql.ref('created_at') })
			.execute();
	}
}

export async function down(db: AnyDb): Promise<void> {
	for (const table of ['citations', 'links']) {
		await db.schema.alterTable(table).dropColumn('published_by').execute();
		await db.schema.alterTable(table).dropColumn('published_at').execute();
	}
	await db.schema.dropTable('pending_revisions').execute();
}
