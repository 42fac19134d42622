import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { PendingRevision, RecordType } from '../db/schema.js';
import { now } from '../clock.js';
import { VersionConflictError } from './errors.js';
import type { Executor } from './records.js';

/*
 * Changes to a published record waiting for review: at most one pending revision per record,
 * holding the submitted form values, the record version they were made against, and everyone
 * who wrote any of it. Its own version guards against two people saving over each other.
 */

export interface PendingEntry extends Omit<PendingRevision, 'values' | 'contributors'> {
	values: Record<string, unknown>;
	contributors: string[];
}

function parse(row: PendingRevision): PendingEntry {
	return {
		...row,
		values: JSON.parse(row.values) as Record<string, unknown>,
		contributors: JSON.parse(row.contributors) as string[]
	};
}

export async function findPendingRevision(
	db: Executor,
	recordType: RecordType,
	recordId: string
): Promise<PendingEntry | undefined> {
	const row = await db
		.selectFrom('pending_revisions')
		.selectAll()
		.where('record_type', '=', recordType)
		.where('record_id', '=', recordId)
		.executeTakeFirst();
	return row ? parse(row) : undefined;
}

export interface PendingInput {
	recordType: RecordType;
	recordId: string;
	baseVersion: number;
	values: Record<string, unknown>;
	action: 'edit' | 'restore';
	restoredVersion?: number | null;
	/**
	 * The pending revision's version the change was made against; 0 when the person saw none.
	 * A mismatch throws VersionConflictError and writes nothing.
	 */
	expectedVersion: number;
}

/** Writes or replaces the record's pending revision, adding `userId` to its contributors. */
export async function savePendingRevision(
	db: Executor,
	input: PendingInput,
	userId: string | null
): Promise<PendingEntry> {
	const existing = await findPendingRevision(db, input.recordType, input.recordId);
	const seen = existing?.version ?? 0;
	if (seen !== input.expectedVersion) {
		throw new VersionConflictError('pending change', input.recordId, input.expectedVersion, {
			version: seen
		});
	}
	const at = now();
	const contributors = [
		...new Set([...(existing?.contributors ?? []), ...(userId ? [userId] : [])])
	];
	const columns = {
		base_version: input.baseVersion,
		action: input.action,
		restored_version: input.restoredVersion ?? null,
		values: JSON.stringify(input.values),
		contributors: JSON.stringify(contributors),
		updated_at: at,
		updated_by: userId
	};
	if (existing) {
		// The version in the WHERE makes a concurrent save lose rather than overwrite.
		const result = await db
			.updateTable('pending_revisions')
			.set({ ...columns, version: sql<number>`version + 1` })
			.where('id', '=', existing.id)
			.where('version', '=', existing.version)
			.executeTakeFirst();
		if (Number(result.numUpdatedRows) === 0) {
			throw new VersionConflictError('pending change', input.recordId, input.expectedVersion, {
				version: existing.version + 1
			});
		}
	} else {
		await db
			.insertInto('pending_revisions')
			.values({
				id: randomUUID(),
				record_type: input.recordType,
				record_id: input.recordId,
				...columns,
				version: 1,
				created_at: at,
				created_by: userId
			})
			.execute();
	}
	return (await findPendingRevision(db, input.recordType, input.recordId))!;
}

/** Removes the record's pending revision (published or discarded); true if there was one. */
export async function deletePendingRevision(
	db: Executor,
	recordType: RecordType,
	recordId: string
): Promise<boolean> {
	const result = await db
		.deleteFrom('pending_revisions')
		.where('record_type', '=', recordType)
		.where('record_id', '=', recordId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

/** Every pending revision of records of these types, oldest change first. */
export async function listPendingRevisions(
	db: Executor,
	recordTypes: readonly RecordType[]
): Promise<PendingEntry[]> {
	if (recordTypes.length === 0) return [];
	const rows = await db
		.selectFrom('pending_revisions')
		.selectAll()
		.where('record_type', 'in', [...recordTypes])
		.orderBy('updated_at')
		.execute();
	return rows.map(parse);
}
