import { SqliteAdapter, sql, type Kysely } from 'kysely';

/*
 * Issuing briefing packs. A pack is withdrawn, never deleted or edited after issue, and a new
 * draft can start from an issued one; the issued documents' bytes are kept beside the pack
 * with their SHA-256, so a download years later returns exactly what was issued.
 *
 * Frozen in time: imports nothing from src/.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
	const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
	await db.schema.alterTable('briefing_packs').addColumn('withdrawn_at', 'text').execute();
	await db.schema
		.alterTable('briefing_packs')
		.addColumn('withdrawn_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.execute();
	await db.schema
		.alterTable('briefing_packs')
		.addColumn('withdrawn_reason', 'text', (c) => c.notNull().defaultTo(''))
		.execute();
	await db.schema
		.alterTable('briefing_packs')
		.addColumn('based_on', 'text', (c) => c.references('briefing_packs.id').onDelete('set null'))
		.execute();
	await db.schema
		.createTable('briefing_documents')
		.addColumn('pack_id', 'text', (c) =>
			c.notNull().references('briefing_packs.id').onDelete('restrict')
		)
		.addColumn('format', 'text', (c) => c.notNull().check(sql`format in ('pdf', 'docx')`))
		.addColumn('bytes', sqlite ? 'blob' : sql`bytea`, (c) => c.notNull())
		.addColumn('sha256', 'text', (c) => c.notNull())
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('briefing_documents_pk', ['pack_id', 'format'])
		.execute();
	await db.schema
		.createIndex('briefing_packs_country_idx')
		.on('briefing_packs')
		.columns(['country_id', 'issued_at'])
		.execute();
}

export async function down(db: AnyDb): Promise<void> {
	await db.schema.dropIndex('briefing_packs_country_idx').execute();
	await db.schema.dropTable('briefing_documents').execute();
	for (const column of ['based_on', 'withdrawn_reason', 'withdrawn_by', 'withdrawn_at'])
		await db.schema.alterTable('briefing_packs').dropColumn(column).execute();
}
