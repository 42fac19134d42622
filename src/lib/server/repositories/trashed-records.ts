import { sql } from 'kysely';
import {
	EVERY_RECORD_OWNS,
	ownedRows,
	recordKind,
	titleColumn,
	type KindType
} from './record-kinds.js';
import type { Executor } from './records.js';
import { byTableName } from './tables.js';

/*
 * Records in the trash, and purging them for good. A purge removes the record with every row
 * that belongs to it, as record-kinds.ts describes them: the rows every record has and the
 * rows its kind owns (join rows, and records such as a pledge's assessments, with what
 * belongs to those). Rows of another record that point at it (a citation of a source, a live
 * case of a country) make the database refuse, and the record stays.
 */

export interface TrashedRecord {
	id: string;
	title: string;
	deleted_at: string;
	deleted_by: string | null;
	version: number;
}

type TrashColumns = {
	id: string;
	deleted_at: string | null;
	deleted_by: string | null;
	version: number;
};

/** The records of `type` in the trash, in no particular order. */
export async function listTrashedRecords(db: Executor, type: KindType): Promise<TrashedRecord[]> {
	const rows = await byTableName<TrashColumns>(db)
		.selectFrom(recordKind(type).table)
		.select([
			'id',
			sql<string>`${sql.ref(titleColumn(type))}`.as('title'),
			'deleted_at',
			'deleted_by',
			'version'
		])
		.where('deleted_at', 'is not', null)
		.execute();
	return rows.map((row) => ({
		id: String(row.id),
		title: String(row.title),
		deleted_at: String(row.deleted_at),
		deleted_by: row.deleted_by === null ? null : String(row.deleted_by),
		version: Number(row.version)
	}));
}

/** Deletes the record of `type` with every row that belongs to it, inside `trx`. */
async function deleteWithOwnedRows(trx: Executor, type: KindType, id: string): Promise<void> {
	const tables = byTableName<Record<string, string>>(trx);
	for (const owned of EVERY_RECORD_OWNS) {
		await tables
			.deleteFrom(owned.table)
			.where(owned.type, '=', type)
			.where(owned.id, '=', id)
			.execute();
	}
	for (const owned of ownedRows(type)) {
		if (owned.records) {
			const records = await tables
				.selectFrom(owned.table)
				.select('id')
				.where(owned.column, '=', id)
				.execute();
			for (const record of records) {
				await deleteWithOwnedRows(trx, owned.records, String(record.id));
			}
		}
		await tables.deleteFrom(owned.table).where(owned.column, '=', id).execute();
	}
	await tables.deleteFrom(recordKind(type).table).where('id', '=', id).execute();
}

/**
 * Removes a trashed record of `type` for good with every row that belongs to it, in one
 * transaction: if anything else still needs the record the database refuses and nothing goes.
 * A record not in the trash is left alone.
 */
export async function purgeRecord(db: Executor, type: KindType, id: string): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const trashed = await byTableName<TrashColumns>(trx)
			.selectFrom(recordKind(type).table)
			.select('id')
			.where('id', '=', id)
			.where('deleted_at', 'is not', null)
			.executeTakeFirst();
		if (trashed) await deleteWithOwnedRows(trx, type, id);
	});
}
