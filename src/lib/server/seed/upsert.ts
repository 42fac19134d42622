import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { RECORD_TABLES, recordContent } from '../repositories/records.js';
import { RECORD_KINDS, type KindType } from '../repositories/record-kinds.js';

/*
 * Writing seed records without disturbing anything else in the database. Records are
 * upserted by their fixed ids rather than deleted and re-inserted: deleting a demo actor
 * would cascade into a researcher's own case that names it, and deleting the country would
 * be refused while any non-demo record points at it.
 */

type Db = Kysely<Database>;

/** The record types the seed writes: every one with a repository kind. */
export type SeededType = KindType;
type RecordTable = (typeof RECORD_TABLES)[SeededType];

/** Inserts rows, or overwrites every column of the rows whose id already exists. */
export async function upsertById<T extends RecordTable | 'links' | 'citations'>(
	db: Db,
	table: T,
	rows: Insertable<Database[T]>[]
): Promise<void> {
	for (const row of rows) {
		const { id: _id, ...rest } = row as Record<string, unknown>;
		// Kysely cannot relate a generic table name to its columns; the row type above can.
		await db
			.insertInto(table)
			.values(row as never)
			.onConflict((oc) => oc.column('id' as never).doUpdateSet(rest as never))
			.execute();
	}
}

/**
 * Replaces the revision history of seeded records with one "create" revision holding the
 * record as stored (its row and join rows, as every revision does), so a reloaded record's
 * history starts again at version 1 like its row and reads like any other.
 */
export async function writeCreateRevisions(
	db: Db,
	type: SeededType,
	ids: string[],
	at: string
): Promise<void> {
	if (ids.length === 0) return;
	await db
		.deleteFrom('revisions')
		.where('record_type', '=', type)
		.where('record_id', 'in', ids)
		.execute();
	for (const id of ids) {
		const content = await recordContent(db, RECORD_KINDS[type], id);
		if (!content) continue;
		await db
			.insertInto('revisions')
			.values({
				id: `${id}-rev-1`,
				record_type: type,
				record_id: id,
				version: 1,
				action: 'create',
				snapshot: JSON.stringify(content),
				changed_fields: JSON.stringify(Object.keys(content)),
				created_at: at,
				created_by: null
			})
			.execute();
	}
}

/** The columns every seeded record starts with: published now by the system, version 1. */
export function publishedColumns(at: string) {
	return {
		status: 'published' as const,
		version: 1,
		internal_notes: '',
		created_at: at,
		updated_at: at,
		created_by: null,
		updated_by: null,
		published_at: at,
		published_by: null,
		deleted_at: null,
		deleted_by: null
	};
}
