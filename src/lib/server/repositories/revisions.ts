import type { RecordType, Revision } from '../db/schema.js';
import { NotFoundError } from './errors.js';
import type { Executor } from './records.js';

/* A record's history: one revision per change, each with the whole record as it was after it. */

export interface RevisionEntry extends Omit<Revision, 'snapshot' | 'changed_fields'> {
	snapshot: Record<string, unknown>;
	changed_fields: string[];
}

function parse(row: Revision): RevisionEntry {
	return {
		...row,
		snapshot: JSON.parse(row.snapshot) as Record<string, unknown>,
		changed_fields: JSON.parse(row.changed_fields) as string[]
	};
}

/** The record's revisions, oldest first. */
export async function listRevisions(
	db: Executor,
	recordType: RecordType,
	recordId: string
): Promise<RevisionEntry[]> {
	const rows = await db
		.selectFrom('revisions')
		.selectAll()
		.where('record_type', '=', recordType)
		.where('record_id', '=', recordId)
		.orderBy('version')
		.orderBy('created_at')
		.execute();
	return rows.map(parse);
}

export async function getRevision(db: Executor, id: string): Promise<RevisionEntry> {
	const row = await db.selectFrom('revisions').selectAll().where('id', '=', id).executeTakeFirst();
	if (!row) throw new NotFoundError('revision', id);
	return parse(row);
}

/** The revision that left the record at `version`. */
export async function getRevisionAtVersion(
	db: Executor,
	recordType: RecordType,
	recordId: string,
	version: number
): Promise<RevisionEntry> {
	const row = await db
		.selectFrom('revisions')
		.selectAll()
		.where('record_type', '=', recordType)
		.where('record_id', '=', recordId)
		.where('version', '=', version)
		.executeTakeFirst();
	if (!row) throw new NotFoundError('revision', `${recordType}/${recordId}@${version}`);
	return parse(row);
}
