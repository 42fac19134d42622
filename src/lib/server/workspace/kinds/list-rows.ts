import type { WorkflowStatus } from '$lib/server/db/schema';
import type { ListOptions } from '$lib/server/repositories/listing';
import type { ListQuery } from '$lib/workspace/list-query';
import type { ListCell } from '$lib/workspace/list-cell';
import type { ListRow, WorkspaceRecord } from './types';

/* A kind's list: the repository's options from the URL, and a record as a row. */

/** The options every repository list takes, from the URL's query. */
export function listOptions(query: ListQuery, limit: number, offset: number): ListOptions {
	return {
		q: query.q || undefined,
		status: query.status ? (query.status as WorkflowStatus) : undefined,
		limit,
		offset
	};
}

/** A record as a row of its list: its title, workflow status, last change and the kind's cells. */
export function listRow(
	record: Pick<WorkspaceRecord, 'id' | 'status' | 'updated_at'>,
	title: string,
	cells: ListCell[]
): ListRow {
	return { id: record.id, title, status: record.status, updated_at: record.updated_at, cells };
}
