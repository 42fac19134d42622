import { readPageNumber } from '$lib/paging';
import { m } from '$lib/paraglide/messages';

/*
 * A workspace list's whole query lives in the URL (search words, filters, sort, page), so a
 * link reproduces the view. Parsing is forgiving: an unknown value is dropped, not an error
 * (the server checks the values first and answers 400 for one it cannot read; see
 * listQueryProblem in $lib/server/workspace/list-page).
 */

export const SORTS = ['relevance', 'recent', 'title', 'date_desc', 'date_asc'] as const;
export type Sort = (typeof SORTS)[number];

const SORT_LABELS: Record<Sort, () => string> = {
	relevance: m.ws_sort_relevance,
	recent: m.ws_sort_recent,
	title: m.ws_sort_title,
	date_desc: m.ws_sort_date_desc,
	date_asc: m.ws_sort_date_asc
};

/** A sort order's name in the interface language. */
export const sortLabel = (sort: Sort): string => SORT_LABELS[sort]();

export interface ListQuery {
	q: string;
	status: string;
	country: string;
	type: string;
	theme: string;
	rating: string;
	verification: string;
	from: string;
	to: string;
	sort: Sort;
	page: number;
}

export function parseListQuery(params: URLSearchParams): ListQuery {
	const text = (key: string) => (params.get(key) ?? '').trim().slice(0, 200);
	const sort = text('sort') as Sort;
	const day = (key: string) => (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text(key)) ? text(key) : '');
	return {
		q: text('q'),
		status: text('status'),
		country: text('country'),
		type: text('type'),
		theme: text('theme'),
		rating: text('rating'),
		verification: text('verification'),
		from: day('from'),
		to: day('to'),
		// Searched words rank by relevance unless another order is asked for.
		sort: SORTS.includes(sort) ? sort : text('q') ? 'relevance' : 'recent',
		page: readPageNumber(text('page')) ?? 1
	};
}
