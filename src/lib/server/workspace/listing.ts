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

/*
 * Rows of the found records, in the search's order, read back for the whole page at once (the
 * same number of queries for 5 rows as for 25). A record trashed since the search is left out.
 */
export async function rowsOf(
	db: Executor,
	kind: WorkspaceKind,
	ids: readonly string[]
): Promise<ListRow[]> {
	return (await kind.findMany(db, ids)).map((record) => kind.row(record));
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
			// By id, not position: a record gone since the search has no row.
			const items = new Map(found.items.map((item) => [item.id, item]));
			rows = rows.map((row) => ({
				...row,
				titleSegments: items.get(row.id)?.titleSegments,
				snippet: items.get(row.id)?.snippet
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
