import { sql } from 'kysely';
import type { DB } from '../../src/lib/server/db/connect.js';

/**
 * PostgreSQL's planner estimate of each table's rows (`pg_class.reltuples`): ANALYZE sets it,
 * and a table never analysed or vacuumed says -1, so the planner takes it for nearly empty.
 */
export async function plannedRows(db: DB, tables: string[]): Promise<Record<string, number>> {
	const planned = await sql<{ relname: string; reltuples: number }>`
		select relname, reltuples from pg_class
		where relname in (${sql.join(tables)}) and relkind = 'r'`.execute(db);
	return Object.fromEntries(planned.rows.map((r) => [r.relname, Number(r.reltuples)]));
}
