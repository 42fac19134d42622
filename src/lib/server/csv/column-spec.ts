/*
 * A CSV column as the import page documents it and the template shows it. The same list
 * drives the header check, the template and the documentation, so they cannot drift apart.
 */

export interface CsvColumn {
	name: string;
	required: boolean;
	/** One plain sentence for the import page. */
	help: string;
	/** The value in the template's example row (fictional country Testland). */
	example: string;
}

/** Lists inside one cell (themes, actors, laws) are separated by semicolons. */
export const LIST_SEPARATOR = ';';

export const DATE_HELP =
	'A year (2018), a month (2021-05), a day (2021-05-12), an approximate range (2021-09..2021-11) or "by 2021-11" when only known to precede a source.';

/** The sources column both record kinds take: citations created as drafts with the record. */
export const SOURCES_COLUMN: CsvColumn = {
	name: 'sources',
	required: false,
	help: 'Sources cited, separated by ";": each an existing source\'s title or id, then optionally "|" and where in it (a page or paragraph). Citations are created unpublished, like the record.',
	example: 'Testland press freedom report 2021 (fictional) | p. 4'
};

/** How a column naming actors reads, for the import page and the template. */
export const NEW_ACTOR_HELP =
	'An actor not yet recorded is created as a draft, in the same import, when its kind comes first, as in "person: Jane Doe" or "media: Testland Daily".';

/** The columns every export starts with, before the record's own. */
export const EXPORT_HEAD = ['id', 'country_code', 'status', 'title'] as const;
/** The columns every export ends with, after the record's own. */
export const EXPORT_TAIL = ['created_at', 'updated_at'] as const;

/**
 * The columns an export adds to what an import takes (the bookkeeping and `own`): an import
 * accepts and ignores them, so an export can be re-imported.
 */
export function exportOnly(...own: string[]): string[] {
	return [...EXPORT_HEAD.filter((c) => c !== 'title'), ...own, ...EXPORT_TAIL];
}
