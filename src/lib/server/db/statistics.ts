import { sql } from 'kysely';
import { dialectOf, type DB } from './connect.js';
import type { Database } from './schema.js';

/**
 * Brings PostgreSQL's planner statistics of `tables` (every table when none are named) up to
 * date, for a command that has just written many rows at once: the load-test generator, a
 * restore, an archive import. Until autovacuum gets to them (a minute
 * or more after the write, later on a busy server) PostgreSQL plans as if the tables were
 * nearly empty: on a fresh 10,000-case Testland it counted the country page's contradicted
 * pledges with nested loops over every case per link, 4.7 s instead of a few ms. SQLite plans
 * by its own rules without statistics, so nothing is done there.
 */
export async function refreshStatistics(
	db: DB,
	tables?: readonly (keyof Database & string)[]
): Promise<void> {
	if (dialectOf(db) !== 'postgres' || tables?.length === 0) return;
	if (!tables) await sql`analyze`.execute(db);
	else await sql`analyze ${sql.join(tables.map((t) => sql.table(t)))}`.execute(db);
}
