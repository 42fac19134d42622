import { sql, type Kysely } from 'kysely';

/*
 * The political-prisoner list's order as an index (issue 13): a country's cases by status and
 * type, then by the latest day each held someone (its end, else its start), most recent first,
 * then title and id, which is how the list sorts within the held and within the former. The
 * country page's six (and every later page) then walk each custody type's first entries in order,
 * skipping the held among the former, instead of sorting all of the country's ~1,860 custody
 * cases. Those released on or after a day are this order's range from that day on.
 *
 * Status is a key column and not a partial index's condition: PostgreSQL reads an index's order
 * only after columns the query fixes by equality (`deleted_at is null` does not count), and
 * SQLite prepares a statement again on every call when a bound value decides whether a partial
 * index may be used. The columns after id (ongoing, the end, the start, deleted_at) let both
 * check the rest of the list's conditions, and work out the day, from the index alone.
 * PostgreSQL's DESC puts an undated case first and SQLite's last, as the list's own ORDER BY
 * does on each.
 *
 * Frozen in time: imports nothing from src/.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
	await sql`create index cases_prisoner_order_idx on cases (country_id, status, case_type, (coalesce(end_latest, start_latest)) desc, title, id, ongoing, end_latest, start_latest, deleted_at)`.execute(
		db
	);
}

export async function down(db: AnyDb): Promise<void> {
	await db.schema.dropIndex('cases_prisoner_order_idx').execute();
}
