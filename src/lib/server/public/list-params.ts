import { error } from '@sveltejs/kit';
import { CASE_TYPES, type CaseType } from '$lib/server/db/schema';
import { PAGE_PROBLEM, readPageNumber } from '$lib/paging';
import type { CaseFilter } from './record-rows';

/*
 * Query parameters of the public list pages. A filter value that does not parse is ignored,
 * so a mangled link still opens the list; a page number that cannot be one answers 400.
 */

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** `?page=N`, a whole number from 1 (page 1 when absent); anything else is a 400 page. */
export function pageParam(params: URLSearchParams): number {
	const page = readPageNumber(params.get('page'));
	if (page === null) error(400, PAGE_PROBLEM);
	return page;
}

/** `?type=imprisonment&type=detention` and `?law=<id>`. */
export function caseFilterParams(params: URLSearchParams): CaseFilter {
	const types = params
		.getAll('type')
		.filter((t): t is CaseType => (CASE_TYPES as readonly string[]).includes(t));
	const law = params.get('law');
	return {
		...(types.length > 0 ? { types: [...new Set(types)] } : {}),
		...(law !== null && ID.test(law) ? { lawId: law } : {})
	};
}
