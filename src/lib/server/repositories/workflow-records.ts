import { sql } from 'kysely';
import type { WorkflowStatus } from '../db/schema.js';
import { recordKind, titleColumn, type KindType } from './record-kinds.js';
import type { Executor } from './records.js';
import { byTableName } from './tables.js';

/*
 * Records of any type by where they stand in the workflow, as the review queue and a
 * researcher's drafts list them. Trashed records are never listed.
 */

/** The workflow columns every record table has, as the queries below read them. */
type WorkflowColumns = {
	id: string;
	status: WorkflowStatus;
	version: number;
	updated_at: string;
	updated_by: string | null;
	created_by: string | null;
	deleted_at: string | null;
};

export interface WorkflowRecord {
	id: string;
	title: string;
	status: WorkflowStatus;
	version: number;
	updated_at: string;
	updated_by: string | null;
}

const titled = (type: KindType) => sql<string>`${sql.ref(titleColumn(type))}`.as('title');

/** The records of `type` in one of `statuses`; with `userId`, only those they created or last changed. */
export async function listRecordsInStatus(
	db: Executor,
	type: KindType,
	filter: { statuses: readonly WorkflowStatus[]; userId?: string }
): Promise<WorkflowRecord[]> {
	const { userId } = filter;
	const rows = await byTableName<WorkflowColumns>(db)
		.selectFrom(recordKind(type).table)
		.select(['id', titled(type), 'status', 'version', 'updated_at', 'updated_by'])
		.where('deleted_at', 'is', null)
		.where('status', 'in', [...filter.statuses])
		.$if(Boolean(userId), (q) =>
			q.where((eb) => eb.or([eb('created_by', '=', userId!), eb('updated_by', '=', userId!)]))
		)
		.execute();
	return rows.map((row) => ({ ...row, version: Number(row.version) }));
}

/** The published records of `type` among `ids`, with their title and version. */
export function listPublishedRecords(
	db: Executor,
	type: KindType,
	ids: readonly string[]
): Promise<Pick<WorkflowRecord, 'id' | 'title' | 'version'>[]> {
	return byTableName<WorkflowColumns>(db)
		.selectFrom(recordKind(type).table)
		.select(['id', titled(type), 'version'])
		.where('id', 'in', [...ids])
		.where('deleted_at', 'is', null)
		.where('status', '=', 'published')
		.execute();
}
