import type { Executor } from '$lib/server/repositories/records';
import { parseListQuery, type ListQuery } from '$lib/workspace/list-query';
import { formContext } from './context';
import type { FilterSpec, ListRow, WorkspaceKind } from './kinds/types';

/* One page of a record list, with the filters it offers, from the URL's query. */

export const PAGE_SIZE = 25;

export interface ListPage {
	slug: string;
	label: string;
	plural: string;
	query: ListQuery;
	filters: FilterSpec[];
	columns: string[];
	rows: ListRow[];
	hasMore: boolean;
}

export async function listPage(
	db: Executor,
	kind: WorkspaceKind,
	params: URLSearchParams
): Promise<ListPage> {
	const query = parseListQuery(params);
	const ctx = await formContext(db);
	const rows = await kind.list(db, query, PAGE_SIZE + 1, (query.page - 1) * PAGE_SIZE);
	return {
		slug: kind.slug,
		label: kind.label,
		plural: kind.plural,
		query,
		filters: kind.filters(ctx),
		columns: kind.columns,
		rows: rows.slice(0, PAGE_SIZE),
		hasMore: rows.length > PAGE_SIZE
	};
}
