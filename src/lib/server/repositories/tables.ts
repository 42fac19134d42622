import type { Database } from '../db/schema.js';
import type { Executor } from './records.js';

/*
 * Generic machinery (the record workflow, join rows, the trash, lookups, imports) picks its
 * table at run time, from a record kind. Kysely checks column names only for a table it knows
 * by literal name, so such code reaches the table through this view, which declares that any
 * table holds at least `Row`'s columns; it is the same connection or transaction.
 */
export function byTableName<Row extends object = Record<string, unknown>>(db: Executor) {
	return db.withTables<Record<string, Row>>();
}

/** Both databases take this many bound values in one statement (SQLite's limit is 32,766). */
const MAX_PARAMETERS = 30_000;

/** Inserts many rows into `table`, in as few statements as the parameter limit allows. */
export async function insertRows(
	db: Executor,
	table: keyof Database,
	rows: readonly Record<string, unknown>[]
): Promise<void> {
	if (rows.length === 0) return;
	const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(rows[0] ?? {}).length));
	for (let i = 0; i < rows.length; i += size) {
		await byTableName(db)
			.insertInto(table)
			.values(rows.slice(i, i + size))
			.execute();
	}
}
