import { randomUUID } from 'node:crypto';
import { now } from '../clock.js';
import { filledFields, RECORD_TABLES, type Executor } from './records.js';
import { insertRows } from './tables.js';

/*
 * Records a CSV import creates, written in as few statements as the parameter limit allows:
 * the records as drafts by the importer, their join rows, their citations (unpublished, so
 * the four-eyes rule applies to them as to citations added in the form) and one "import"
 * revision per record holding the snapshot a form save would.
 */

export type ImportedType = 'case' | 'pledge';
export type ImportJoinTable = 'case_actors' | 'case_laws' | 'pledge_laws' | 'record_themes';

export interface ImportedRecord {
	id: string;
	/** The record's own columns (everything but the bookkeeping written here). */
	row: Record<string, unknown>;
	joins: { table: ImportJoinTable; rows: Record<string, unknown>[] }[];
	/** The join rows as the record kind's snapshot shows them (see repositories/cases.ts). */
	related: Record<string, unknown>;
	/** The sources the record cites, each at a locator ('' for none). */
	cites: { source_id: string; locator: string }[];
}

/** Inserts the records of `type` inside the caller's transaction; returns how many citations. */
export async function insertImportedRecords(
	trx: Executor,
	type: ImportedType,
	imported: readonly ImportedRecord[],
	userId: string | null
): Promise<number> {
	const at = now();
	const records: Record<string, unknown>[] = [];
	const joins = new Map<ImportJoinTable, Record<string, unknown>[]>();
	const revisions: Record<string, unknown>[] = [];
	const citations: Record<string, unknown>[] = [];
	for (const record of imported) {
		const row = {
			...record.row,
			id: record.id,
			status: 'draft',
			version: 1,
			internal_notes: '',
			created_at: at,
			updated_at: at,
			created_by: userId,
			updated_by: userId,
			published_at: null,
			published_by: null,
			deleted_at: null,
			deleted_by: null
		};
		records.push(row);
		for (const join of record.joins) {
			joins.set(join.table, [...(joins.get(join.table) ?? []), ...join.rows]);
		}
		for (const cite of record.cites) {
			citations.push({
				id: randomUUID(),
				...cite,
				record_type: type,
				record_id: record.id,
				note: '',
				created_at: at,
				created_by: userId,
				published_at: null,
				published_by: null
			});
		}
		const content = { ...row, ...record.related };
		revisions.push({
			id: randomUUID(),
			record_type: type,
			record_id: record.id,
			version: 1,
			action: 'import',
			snapshot: JSON.stringify(content),
			changed_fields: JSON.stringify(filledFields(content)),
			created_at: at,
			created_by: userId
		});
	}
	await insertRows(trx, RECORD_TABLES[type], records);
	for (const [table, rows] of joins) await insertRows(trx, table, rows);
	await insertRows(trx, 'citations', citations);
	await insertRows(trx, 'revisions', revisions);
	return citations.length;
}
