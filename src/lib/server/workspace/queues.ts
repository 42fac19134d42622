import { sql, type Kysely } from 'kysely';
import type { WorkflowStatus } from '$lib/server/db/schema';
import { RECORD_TABLES, type Executor } from '$lib/server/repositories/records';
import type { WorkspaceKind } from './kinds/types';
import { userNames } from './record-facts';

/*
 * Work waiting for someone, across every record type: the review queue (everything in review,
 * oldest first) and a researcher's own drafts (records they created or last changed that are
 * not yet published).
 */

export interface QueueItem {
	slug: string;
	kindLabel: string;
	id: string;
	title: string;
	status: WorkflowStatus;
	version: number;
	updated_at: string;
	updatedBy: string;
}

type Loose = Kysely<Record<string, Record<string, string | number | null>>>;

interface QueueFilter {
	statuses: WorkflowStatus[];
	/** Only records this user created or last changed. */
	userId?: string;
}

export async function listQueue(
	db: Executor,
	kinds: readonly WorkspaceKind[],
	filter: QueueFilter
): Promise<QueueItem[]> {
	const rows: (QueueItem & { updated_by: string | null })[] = [];
	for (const kind of kinds) {
		const title = ['actor', 'country', 'theme'].includes(kind.type) ? 'name' : 'title';
		let query = (db as unknown as Loose)
			.selectFrom(RECORD_TABLES[kind.type])
			.select([
				'id',
				sql<string>`${sql.ref(title)}`.as('title'),
				'status',
				'version',
				'updated_at',
				'updated_by'
			])
			.where('deleted_at', 'is', null)
			.where('status', 'in', filter.statuses);
		const userId = filter.userId;
		if (userId) {
			query = query.where((eb) =>
				eb.or([eb('created_by', '=', userId), eb('updated_by', '=', userId)])
			);
		}
		for (const row of await query.execute()) {
			rows.push({
				slug: kind.slug,
				kindLabel: kind.label,
				id: String(row.id),
				title: String(row.title),
				status: row.status as WorkflowStatus,
				version: Number(row.version),
				updated_at: String(row.updated_at),
				updated_by: row.updated_by === null ? null : String(row.updated_by),
				updatedBy: ''
			});
		}
	}
	const names = await userNames(
		db,
		rows.map((r) => r.updated_by)
	);
	return rows
		.sort((a, b) => a.updated_at.localeCompare(b.updated_at))
		.map(({ updated_by, ...item }) => ({
			...item,
			updatedBy: (updated_by && names.get(updated_by)) || 'unknown'
		}));
}
