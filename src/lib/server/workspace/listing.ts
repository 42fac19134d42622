import type { WorkflowStatus } from '$lib/server/db/schema';
import type { Executor } from '$lib/server/repositories/records';
import { searchRecordIds, searchRecords, type SearchOptions } from '$lib/server/search';
import { pointBounds } from '$lib/dates';
import { parseListQuery, type ListQuery } from '$lib/workspace/list-query';
import { formContext } from './context';
import type { FilterSpec, ListRow, WorkspaceKind } from './kinds/types';

/*
 * One page of a record list, with the filters it offers, from the URL's query. Record types
 * in the full-text search are listed through it (words across titles, descriptions, actor
 * names and cited sources' titles, ranked, with the matches marked); the others through
 * their repository.
 */

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
	/** How many records match, when the search counted them. */
	total: number | null;
}

/** The URL's query as search options (filters a record type does not have are ignored). */
export function searchOptionsFor(kind: WorkspaceKind, query: ListQuery): SearchOptions {
	const statuses: readonly string[] = ['draft', 'in_review', 'published'];
	return {
		q: query.q || undefined,
		types: kind.searchType ? [kind.searchType] : undefined,
		countryId: query.country || undefined,
		kind: query.type || undefined,
		themeId: query.theme || undefined,
		rating: kind.type === 'pledge' && query.rating ? (query.rating as never) : undefined,
		verification:
			kind.type === 'case' && query.verification ? (query.verification as never) : undefined,
		status: statuses.includes(query.status) ? (query.status as WorkflowStatus) : undefined,
		from: query.from ? pointBounds(query.from)?.earliest : undefined,
		to: query.to ? pointBounds(query.to)?.latest : undefined,
		sort: query.sort
	};
}

/* Rows of the found records, in the search's order, read back through the kind. */
async function rowsOf(db: Executor, kind: WorkspaceKind, ids: string[]): Promise<ListRow[]> {
	const rows: ListRow[] = [];
	for (const id of ids) rows.push(await kind.row(await kind.get(db, id), db));
	return rows;
}

export async function listPage(
	db: Executor,
	kind: WorkspaceKind,
	params: URLSearchParams
): Promise<ListPage> {
	const query = parseListQuery(params);
	const ctx = await formContext(db);
	const offset = (query.page - 1) * PAGE_SIZE;
	let rows: ListRow[];
	let total: number | null = null;
	if (kind.searchType) {
		const found = await searchRecords(db, {
			...searchOptionsFor(kind, query),
			limit: PAGE_SIZE + 1,
			offset
		});
		total = found.total;
		rows = await rowsOf(
			db,
			kind,
			found.items.map((item) => item.id)
		);
		if (query.q) {
			rows = rows.map((row, i) => ({
				...row,
				titleSegments: found.items[i]?.titleSegments,
				snippet: found.items[i]?.snippet
			}));
		}
	} else {
		rows = (await kind.list?.(db, query, PAGE_SIZE + 1, offset)) ?? [];
	}
	return {
		slug: kind.slug,
		label: kind.label,
		plural: kind.plural,
		query,
		filters: kind.filters(ctx),
		columns: kind.columns,
		rows: rows.slice(0, PAGE_SIZE),
		hasMore: rows.length > PAGE_SIZE,
		total
	};
}

/** Every record of the filtered list (no pages), for an export, in the list's order. */
export async function listAllIds(
	db: Executor,
	kind: WorkspaceKind,
	params: URLSearchParams
): Promise<string[]> {
	const query = parseListQuery(params);
	if (kind.searchType) return searchRecordIds(db, searchOptionsFor(kind, query));
	const rows = (await kind.list?.(db, { ...query, page: 1 }, 100_000, 0)) ?? [];
	return rows.map((r) => r.id);
}
