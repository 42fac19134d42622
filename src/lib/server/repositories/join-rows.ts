import type { Insertable, Selectable } from 'kysely';
import type { Database, RecordType } from '../db/schema.js';
import { assertRecordsExist, type Executor } from './records.js';
import { byTableName, insertRows } from './tables.js';

/*
 * Join rows owned by one record (a case's actors and laws, a pledge's laws, an engagement's
 * actors) are replaced as a set when the record is saved, and listed in a fixed order so
 * revision snapshots compare stably.
 */

export type JoinTable = 'case_actors' | 'case_laws' | 'pledge_laws' | 'engagement_actors';

export async function listJoinRows<T extends JoinTable>(
	db: Executor,
	table: T,
	ownerColumn: keyof Database[T] & string,
	ownerId: string,
	orderBy: readonly (keyof Database[T] & string)[]
): Promise<Selectable<Database[T]>[]> {
	let query = byTableName(db)
		.selectFrom(table as string)
		.selectAll()
		.where(ownerColumn as string, '=', ownerId);
	for (const column of orderBy) query = query.orderBy(column as string);
	// The table is one of the join tables, so its rows are that table's rows.
	return (await query.execute()) as Selectable<Database[T]>[];
}

/** The record each join row points to: its kind, the column holding its id, the input field. */
export interface JoinTarget<T extends JoinTable> {
	type: RecordType;
	column: keyof Insertable<Database[T]> & string;
	field: string;
}

/**
 * Replaces the owner's join rows with `rows`, after checking that every record they point to
 * exists (failing with a sentence for `target.field`, not a foreign-key error).
 */
export async function replaceJoinRows<T extends JoinTable>(
	db: Executor,
	table: T,
	ownerColumn: keyof Database[T] & string,
	ownerId: string,
	rows: readonly Insertable<Database[T]>[],
	target: JoinTarget<T>
): Promise<void> {
	const ids = rows.map((row) => String(row[target.column]));
	await assertRecordsExist(db, target.type, ids, target.field);
	await byTableName(db)
		.deleteFrom(table as string)
		.where(ownerColumn as string, '=', ownerId)
		.execute();
	await insertRows(db, table, rows);
}
