/*
 * `?page=N` for every paged list (public lists, workspace lists, the audit log). Page numbers
 * are bounded so the offset they make stays a safe integer in JavaScript and a small one for
 * SQLite and PostgreSQL (an unbounded page made an unsafe offset, or SQLite's "datatype
 * mismatch"). A page beyond the end of a list is fine: it is simply empty.
 */

/** Far beyond any real list: a million pages of a hundred rows. */
export const MAX_PAGE = 1_000_000;

export const PAGE_PROBLEM = `The page number must be a whole number from 1 to ${MAX_PAGE}; remove “page” from the address to see the first page.`;

/** The page asked for (1 when none is), or null when the value is not a page number. */
export function readPageNumber(raw: string | null): number | null {
	if (raw === null || raw.trim() === '') return 1;
	if (!/^\d{1,7}$/.test(raw.trim())) return null;
	const page = Number(raw.trim());
	return page >= 1 && page <= MAX_PAGE ? page : null;
}
