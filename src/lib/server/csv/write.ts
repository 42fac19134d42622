import { stringify } from 'csv-stringify/sync';
import type { CsvColumn } from './column-spec.js';

/* CSV out: exports and the downloadable templates. */

export type ExportFormat = 'csv' | 'json';

/*
 * A cell starting with = + - @ (or a tab or return) is run as a formula by spreadsheets (CSV
 * injection); a leading quote makes it text there, and the importer takes the quote off again
 * (read.ts). The open-data CSV (public/api-csv.ts) guards its cells with this too.
 */
export function guardCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(header: readonly string[], rows: readonly Record<string, string>[]): string {
	return stringify(
		rows.map((row) => header.map((name) => guardCell(row[name] ?? ''))),
		// A cell starting with # would read back as a comment line, so it is always quoted.
		{ header: true, columns: [...header], quoted_match: /^#/ }
	);
}

/** The columns every exported record starts and ends with. */
export interface ExportedRecord {
	id: string;
	country_code: string;
	status: string;
	title: string;
	created_at: string;
	updated_at: string;
}

/**
 * A record's export (or its cells): the columns every record starts with, then `own`, then
 * the ones it ends with, in the order the file gives them.
 */
export function exported<T extends object>(
	r: ExportedRecord,
	own: T
): Pick<ExportedRecord, 'id' | 'country_code' | 'status' | 'title'> &
	T &
	Pick<ExportedRecord, 'created_at' | 'updated_at'> {
	const { id, country_code, status, title, created_at, updated_at } = r;
	return { id, country_code, status, title, ...own, created_at, updated_at };
}

/** Exported records as a JSON array of `items`, or as CSV with `header` and `cells`. */
export function formatExport<T>(
	format: ExportFormat,
	items: readonly T[],
	header: readonly string[],
	cells: (item: T) => Record<string, string>
): string {
	if (format === 'json') return JSON.stringify(items, null, 2);
	return toCsv(header, items.map(cells));
}

/** How a date with precision is written in a cell: as the date field reads it back. */
export function dateCell(text: string | null, precision: string | null): string {
	if (!text) return '';
	return precision === 'before' ? `by ${text}` : text;
}

/**
 * The header row, then the example row commented out with #: a spreadsheet shows where the
 * data goes, and importing the untouched template creates nothing.
 */
export function template(columns: readonly CsvColumn[]): string {
	const header = columns.map((c) => c.name);
	const example = stringify([columns.map((c) => c.example)]).trimEnd();
	return (
		`${stringify([header]).trimEnd()}\n` +
		'# Example from the fictional country Testland. Lines starting with # are ignored.\n' +
		`# ${example}\n` +
		// What each column takes, so the file explains itself away from the import page.
		columns.map((c) => `# ${c.name}: ${c.help}\n`).join('')
	);
}
