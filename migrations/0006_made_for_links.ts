import { SqliteAdapter, sql, type Kysely } from 'kysely';

/*
 * The `made_for` link kind: an ask written ahead of an engagement (made for it) is not an ask
 * known to have been raised there (`raised_at`), and a source that says only the first must
 * not be read as saying the second.
 *
 * links.kind has a CHECK listing the kinds. PostgreSQL swaps the constraint; SQLite cannot
 * alter a CHECK, so the table is rebuilt with the same columns, rows and indexes.
 *
 * Frozen in time: imports nothing from src/.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const BEFORE = ['contradicted_by', 'supported_by', 'made_at', 'raised_at', 'related_to'] as const;
const AFTER = [...BEFORE, 'made_for'] as const;

// As in 0001_domain (frozen copies, so this migration never changes).
const RECORD_TYPES = [
	'country',
	'actor',
	'theme',
	'law',
	'pledge',
	'assessment',
	'case',
	'engagement',
	'ask',
	'source',
	'briefing'
] as const;

const COLUMNS =
	'id, kind, from_type, from_id, to_type, to_id, note, created_at, created_by, published_at, published_by';

function inList(column: string, values: readonly string[]): string {
	return `${column} in (${values.map((v) => `'${v}'`).join(', ')})`;
}

async function allowKinds(db: AnyDb, kinds: readonly string[]): Promise<void> {
	if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
		await sql`alter table links drop constraint links_kind_check`.execute(db);
		await sql
			.raw(`alter table links add constraint links_kind_check check (${inList('kind', kinds)})`)
			.execute(db);
		return;
	}
	// The original's table constraints (0001_domain and 0004_pending_changes), with the new list.
	await sql
		.raw(
			`create table links_rebuilt (
				id text primary key,
				kind text not null check (${inList('kind', kinds)}),
				from_type text not null check (${inList('from_type', RECORD_TYPES)}),
				from_id text not null,
				to_type text not null check (${inList('to_type', RECORD_TYPES)}),
				to_id text not null,
				note text not null default '',
				created_at text not null default CURRENT_TIMESTAMP,
				created_by text references users(id) on delete set null,
				published_at text,
				published_by text,
				constraint links_unique unique (kind, from_type, from_id, to_type, to_id)
			)`
		)
		.execute(db);
	await sql.raw(`insert into links_rebuilt (${COLUMNS}) select ${COLUMNS} from links`).execute(db);
	await sql`drop table links`.execute(db);
	await sql`alter table links_rebuilt rename to links`.execute(db);
	await db.schema
		.createIndex('links_from_idx')
		.on('links')
		.columns(['from_type', 'from_id'])
		.execute();
	await db.schema.createIndex('links_to_idx').on('links').columns(['to_type', 'to_id']).execute();
}

export async function up(db: AnyDb): Promise<void> {
	await allowKinds(db, AFTER);
}

export async function down(db: AnyDb): Promise<void> {
	// The older schema has no way to say "made for"; those links go with the kind.
	await db.deleteFrom('links').where('kind', '=', 'made_for').execute();
	await allowKinds(db, BEFORE);
}
