import { sql } from 'kysely';
import { RECORD_KINDS, type KindType } from './record-kinds.js';
import type { Database } from '../db/schema.js';
import { RECORD_TABLES, type Executor, type OwnedRows, type RecordKind } from './records.js';
import { byTableName } from './tables.js';

/*
 * Records in the trash, and purging them for good. A purge removes the record with every row
 * that belongs to it: the rows every record has (below) and the join rows its kind declares
 * (`owns`). Rows of another record that point at it (a citation of a source, a live case of
 * a country) make the database refuse, and the record stays.
 */

/** Rows any record may have, found by a record-type column and a record-id column. */
const EVERY_RECORD_OWNS = [
	{ table: 'record_themes', type: 'record_type', id: 'record_id' },
	{ table: 'links', type: 'from_type', id: 'from_id' },
	{ table: 'links', type: 'to_type', id: 'to_id' },
	{ table: 'citations', type: 'record_type', id: 'record_id' },
	{ table: 'pending_revisions', type: 'record_type', id: 'record_id' },
	{ table: 'revisions', type: 'record_type', id: 'record_id' }
] as const;

/** The column a record is named by in the trash (an assessment, never listed there, by its rating). */
const TITLE_COLUMN = {
	country: 'name',
	actor: 'name',
	theme: 'name',
	law: 'title',
	pledge: 'title',
	assessment: 'rating',
	case: 'title',
	engagement: 'title',
	ask: 'title',
	source: 'title'
} as const satisfies { [T in KindType]: keyof Database[(typeof RECORD_TABLES)[T]] };

export interface TrashedRecord {
	id: string;
	title: string;
	deleted_at: string;
	deleted_by: string | null;
	version: number;
}

type TrashColumns = {
	id: string;
	name: string;
	title: string;
	deleted_at: string | null;
	deleted_by: string | null;
	version: number;
};

/** The records of `type` in the trash, in no particular order. */
export async function listTrashedRecords(db: Executor, type: KindType): Promise<TrashedRecord[]> {
	const rows = await byTableName<TrashColumns>(db)
		.selectFrom(RECORD_TABLES[type])
		.select([
			'id',
			sql<string>`${sql.ref(TITLE_COLUMN[type])}`.as('title'),
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

/**
 * Removes a trashed record of `type` for good with every row that belongs to it, in one
 * transaction: if anything else still needs the record the database refuses and nothing goes.
 * A record not in the trash is left alone.
 */
export async function purgeRecord(db: Executor, type: KindType, id: string): Promise<void> {
	const kind: RecordKind<(typeof RECORD_TABLES)[KindType]> = RECORD_KINDS[type];
	await db.transaction().execute(async (trx) => {
		const trashed = await byTableName<TrashColumns>(trx)
			.selectFrom(kind.table)
			.select('id')
			.where('id', '=', id)
			.where('deleted_at', 'is not', null)
			.executeTakeFirst();
		if (!trashed) return;
		const tables = byTableName<Record<string, string>>(trx);
		for (const owned of EVERY_RECORD_OWNS) {
			await tables
				.deleteFrom(owned.table)
				.where(owned.type, '=', type)
				.where(owned.id, '=', id)
				.execute();
		}
		for (const owned of kind.owns ?? ([] as readonly OwnedRows[])) {
			await tables.deleteFrom(owned.table).where(owned.column, '=', id).execute();
		}
		await tables.deleteFrom(kind.table).where('id', '=', id).execute();
	});
}
