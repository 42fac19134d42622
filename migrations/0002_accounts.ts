import { SqliteAdapter, sql, type Kysely } from 'kysely';

/*
 * Accounts: a flag that forces a password change (the first admin's printed one-time
 * password), indexes for browsing the audit log, and database triggers that make
 * audit_events append-only whatever code runs against it.
 *
 * Frozen in time: imports nothing from src/.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

function isSqlite(db: AnyDb): boolean {
	return db.getExecutor().adapter instanceof SqliteAdapter;
}

export async function up(db: AnyDb): Promise<void> {
	await db.schema
		.alterTable('users')
		.addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();

	await db.schema
		.createIndex('audit_events_action_idx')
		.on('audit_events')
		.column('action')
		.execute();
	await db.schema
		.createIndex('audit_events_user_idx')
		.on('audit_events')
		.column('user_id')
		.execute();
	await db.schema.createIndex('invites_email_idx').on('invites').column('email').execute();

	// Users are deactivated, never deleted, so the audit log's foreign key never needs to rewrite rows.
	if (isSqlite(db)) {
		await sql`create trigger audit_events_no_update before update on audit_events
			begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
		await sql`create trigger audit_events_no_delete before delete on audit_events
			begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
	} else {
		await sql`create function audit_events_append_only() returns trigger as $$
			begin raise exception 'audit_events is append-only'; end
			$$ language plpgsql`.execute(db);
		await sql`create trigger audit_events_append_only before update or delete on audit_events
			for each row execute function audit_events_append_only()`.execute(db);
	}
}

export async function down(db: AnyDb): Promise<void> {
	if (isSqlite(db)) {
		await sql`drop trigger if exists audit_events_no_update`.execute(db);
		await sql`drop trigger if exists audit_events_no_delete`.execute(db);
	} else {
		await sql`drop trigger if exists audit_events_append_only on audit_events`.execute(db);
		await sql`drop function if exists audit_events_append_only()`.execute(db);
	}
	await db.schema.dropIndex('invites_email_idx').execute();
	await db.schema.dropIndex('audit_events_user_idx').execute();
	await db.schema.dropIndex('audit_events_action_idx').execute();
	await db.schema.alterTable('users').dropColumn('must_change_password').execute();
}
