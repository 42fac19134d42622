import { SqliteAdapter, sql, type Kysely } from 'kysely';

/*
 * The public lists' "most recent first" order as indexes: a country's published pledges, cases
 * and engagements by the latest day each could have been made or started, undated last, then
 * earliest day, title and id. The country page's newest few and every page of the full lists
 * then read the first rows of an index instead of sorting all of the country's records (one
 * index-only scan of 5 rows instead of a scan and sort of 10,000 cases on PostgreSQL).
 *
 * Partial indexes of published, untrashed rows, so the order follows the country directly.
 * PostgreSQL needs NULLS LAST spelled out (its DESC puts NULLs first); SQLite's DESC already
 * puts them last and accepts no NULLS clause in an index.
 *
 * Frozen in time: imports nothing from src/.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const INDEXES = [
	{ name: 'pledges_public_recent_idx', table: 'pledges', prefix: 'made' },
	{ name: 'cases_public_recent_idx', table: 'cases', prefix: 'start' },
	{ name: 'engagements_public_recent_idx', table: 'engagements', prefix: 'start' }
];

export async function up(db: AnyDb): Promise<void> {
	const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
	const undatedLast = sqlite ? sql`desc` : sql`desc nulls last`;
	for (const { name, table, prefix } of INDEXES) {
		await sql`create index ${sql.id(name)} on ${sql.table(table)} (country_id, ${sql.id(`${prefix}_latest`)} ${undatedLast}, ${sql.id(`${prefix}_earliest`)} desc, title, id) where status = 'published' and deleted_at is null`.execute(
			db
		);
	}
}

export async function down(db: AnyDb): Promise<void> {
	for (const { name } of INDEXES) await db.schema.dropIndex(name).execute();
}
