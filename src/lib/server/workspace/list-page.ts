import { error } from '@sveltejs/kit';
import {
	RATINGS,
	VERIFICATION_LEVELS,
	WORKFLOW_STATUSES,
	type Rating,
	type VerificationLevel,
	type WorkflowStatus
} from '$lib/server/db/schema';
import { PAGE_PROBLEM, readPageNumber } from '$lib/paging';
import type { Executor } from '$lib/server/repositories/records';
import { searchRecordIds, searchRecords, type SearchOptions } from '$lib/server/search';
import { pointBounds } from '$lib/dates';
import { parseListQuery, SORTS, type ListQuery } from '$lib/workspace/list-query';
import { formContext } from './context';
import type { FilterSpec, ListRow, WorkspaceKind } from './kinds/types';
import type { WorkspaceSlug } from '$lib/workspace/slugs';

/*
 * One page of a record list, with the filters it offers, from the URL's query. Record types
 * in the full-text search are listed through it (words across titles, descriptions, actor
 * names and cited sources' titles, ranked, with the matches marked); the others through
 * their repository.
 */

export const PAGE_SIZE = 25;

export interface ListPage {
	slug: WorkspaceSlug;
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

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
	(values as readonly string[]).includes(value);

/*
 * The values a list's URL may hold, checked before anything is read: a value the filters
 * cannot have come from (a mangled or hand-made link) answers 400 saying which, rather than
 * being passed on to the search, which would fail on it.
 */
const CHOICES: [parameter: string, values: readonly string[]][] = [
	['status', WORKFLOW_STATUSES],
	['rating', RATINGS],
	['verification', VERIFICATION_LEVELS],
	['sort', SORTS]
];

/** What is wrong with a list's query, or null when every value can be read. */
export function listQueryProblem(params: URLSearchParams): string | null {
	if (readPageNumber(params.get('page')) === null) return PAGE_PROBLEM;
	for (const [parameter, values] of CHOICES) {
		const value = (params.get(parameter) ?? '').trim();
		if (value !== '' && !values.includes(value)) {
			return `“${value.slice(0, 40)}” is not a ${parameter} this list knows: use one of ${values.join(', ')}, or remove “${parameter}” from the address.`;
		}
	}
	return null;
}

/** The list's query, or a 400 page naming the value that cannot be read. */
export function readListQuery(params: URLSearchParams): ListQuery {
	const problem = listQueryProblem(params);
	if (problem) error(400, problem);
	return parseListQuery(params);
}

/** The URL's query as search options (filters a record type does not have are ignored). */
export function searchOptionsFor(kind: WorkspaceKind, query: ListQuery): SearchOptions {
	const rating = kind.type === 'pledge' && isOneOf<Rating>(RATINGS, query.rating);
	const verification =
		kind.type === 'case' && isOneOf<VerificationLevel>(VERIFICATION_LEVELS, query.verification);
	return {
		q: query.q || undefined,
		types: kind.searchType ? [kind.searchType] : undefined,
		countryId: query.country || undefined,
		kind: query.type || undefined,
		themeId: query.theme || undefined,
		rating: rating ? (query.rating as Rating) : undefined,
		verification: verification ? (query.verification as VerificationLevel) : undefined,
		status: isOneOf<WorkflowStatus>(WORKFLOW_STATUSES, query.status) ? query.status : undefined,
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
	const query = readListQuery(params);
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
	const query = readListQuery(params);
	if (kind.searchType) return searchRecordIds(db, searchOptionsFor(kind, query));
	const rows = (await kind.list?.(db, { ...query, page: 1 }, 100_000, 0)) ?? [];
	return rows.map((r) => r.id);
}
