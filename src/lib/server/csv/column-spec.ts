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
