import { CASE_TYPES, type CaseType } from '$lib/server/db/schema';
import type { CaseFilter } from './records';

/*
 * Query parameters of the public list pages. Nothing here throws: a value that does not parse
 * is ignored, so a mangled link still opens the list.
 */

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** `?page=N`, a whole number from 1; anything else is page 1. */
export function pageParam(params: URLSearchParams): number {
	const raw = params.get('page');
	const n = raw !== null && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
	return Math.max(1, n);
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
