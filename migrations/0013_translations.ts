import { SqliteAdapter, sql, type Kysely } from 'kysely';

/*
 * Record text in several languages (issue 12, item 3).
 *
 * - translations: one row per record, field and language other than the field's original,
 *   e.g. (case, <id>, title, ru). `text` is what researchers wrote last; `published_text` is
 *   what the public sees, copied from `text` when an editor who wrote none of it publishes it
 *   (the four-eyes rule, per translation). Editing a published translation leaves the
 *   published text live until the new text is published, as a pending revision does for a
 *   record. `contributors` lists everyone who wrote the text since it was last published.
 * - field_languages: the language a field's original text (the record's own column) is
 *   written in, when it is not English; it is the fallback when a page's language has no
 *   published translation. A change waits in `pending_lang` for review like a translation.
 *
 * Rows name their record by type and id, like citations and links, so one table serves every
 * record kind. Translations are searchable: an FTS5 table kept by triggers on SQLite, an
 * expression GIN index on PostgreSQL, both with no stemming, since the text may be in any of
 * the languages.
 *
 * Frozen in time: imports nothing from src/.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const LANGS = sql`lang in ('en', 'ru', 'kk')`;

export async function up(db: AnyDb): Promise<void> {
	const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
	await db.schema
		.createTable('translations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('record_type', 'text', (c) => c.notNull())
		.addColumn('record_id', 'text', (c) => c.notNull())
		.addColumn('field', 'text', (c) => c.notNull())
		.addColumn('lang', 'text', (c) => c.notNull().check(LANGS))
		.addColumn('text', 'text', (c) => c.notNull())
		.addColumn('published_text', 'text')
		.addColumn('contributors', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text')
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text')
		.addColumn('published_at', 'text')
		.addColumn('published_by', 'text')
		.addUniqueConstraint('translations_field_unique', ['record_type', 'record_id', 'field', 'lang'])
		.execute();
	await db.schema
		.createIndex('translations_lang_idx')
		.on('translations')
		.columns(['lang', 'record_id'])
		.execute();

	await db.schema
		.createTable('field_languages')
		.addColumn('record_type', 'text', (c) => c.notNull())
		.addColumn('record_id', 'text', (c) => c.notNull())
		.addColumn('field', 'text', (c) => c.notNull())
		.addColumn('lang', 'text', (c) => c.notNull().defaultTo('en').check(LANGS))
		.addColumn('pending_lang', 'text', (c) =>
			c.check(sql`pending_lang is null or pending_lang in ('en', 'ru', 'kk')`)
		)
		.addColumn('pending_by', 'text')
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('field_languages_pk', ['record_type', 'record_id', 'field'])
		.execute();

	if (sqlite) {
		await sql`create virtual table translation_fts using fts5(text, tokenize='unicode61 remove_diacritics 2')`.execute(
			db
		);
		const words = (row: string) => `${row}.text || ' ' || coalesce(${row}.published_text, '')`;
		await sql
			.raw(
				`create trigger translation_fts_insert after insert on translations begin
					insert into translation_fts (rowid, text) values (new.rowid, ${words('new')});
				end`
			)
			.execute(db);
		await sql
			.raw(
				`create trigger translation_fts_update after update of text, published_text on translations begin
					delete from translation_fts where rowid = old.rowid;
					insert into translation_fts (rowid, text) values (new.rowid, ${words('new')});
				end`
			)
			.execute(db);
		await sql
			.raw(
				`create trigger translation_fts_delete after delete on translations begin
					delete from translation_fts where rowid = old.rowid;
				end`
			)
			.execute(db);
	} else {
		await sql`create index translations_text_idx on translations using gin (to_tsvector('simple', text || ' ' || coalesce(published_text, '')))`.execute(
			db
		);
	}
}

export async function down(db: AnyDb): Promise<void> {
	const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
	if (sqlite) {
		for (const name of ['insert', 'update', 'delete'])
			await sql.raw(`drop trigger if exists translation_fts_${name}`).execute(db);
		await sql`drop table if exists translation_fts`.execute(db);
	}
	await db.schema.dropTable('field_languages').execute();
	await db.schema.dropTable('translations').execute();
}
