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

/** The comment left with a record's latest move, when that move has one. */
export interface MoveNote {
	note: string;
	created_at: string;
	created_by: string | null;
}

/**
 * For each record, the note on its latest status revision, if that revision has one: a record
 * sent back to draft keeps its comment until it moves again.
 */
export async function findLatestMoveNotes(
	db: Executor,
	recordType: RecordType,
	recordIds: readonly string[]
): Promise<Map<string, MoveNote>> {
	const found = new Map<string, MoveNote>();
	if (recordIds.length === 0) return found;
	const rows = await db
		.selectFrom('revisions')
		.select(['record_id', 'note', 'created_at', 'created_by'])
		.where('record_type', '=', recordType)
		.where('record_id', 'in', [...recordIds])
		.where('action', '=', 'status')
		.orderBy('record_id')
		.orderBy('version', 'desc')
		.execute();
	const seen = new Set<string>();
	for (const row of rows) {
		if (seen.has(row.record_id)) continue;
		seen.add(row.record_id);
		if (row.note) {
			found.set(row.record_id, {
				note: row.note,
				created_at: String(row.created_at),
				created_by: row.created_by
			});
		}
	}
	return found;
}
