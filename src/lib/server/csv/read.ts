import { CsvError, parse } from 'csv-parse/sync';
import { m } from '../../paraglide/messages.js';
import type { CsvColumn } from './column-spec.js';
import type { RowError } from './import-errors.js';

/*
 * Reads CSV text into rows keyed by column name, each with its line number. Lines starting
 * with # are comments (the template's example row is one). Header names are matched loosely
 * ("Case type" is case_type); a column nobody knows is an error, so a typo in a header is not
 * silently dropped with all its data.
 */

export interface CsvRow {
	line: number;
	values: Record<string, string>;
}

export interface ReadResult {
	rows: CsvRow[];
	/** Data rows in the file, including ones too malformed to read. */
	count: number;
	errors: RowError[];
}

export function normaliseHeader(name: string): string {
	return name
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
}

/** Spreadsheets run a cell starting with these as a formula; exports guard them with a quote. */
const FORMULA_START = /^'([=+\-@\t\r])/;

export function unguardCell(value: string): string {
	return value.replace(FORMULA_START, '$1');
}

export function readCsv(
	text: string,
	columns: readonly CsvColumn[],
	ignored: readonly string[] = []
): ReadResult {
	let records: { record: string[]; info: { lines: number } }[];
	try {
		// The line each record ends on, for error messages: what `info: true` gives, kept typed
		// (csv-parse's types do not follow that option).
		const lines: number[] = [];
		const rows = parse(text, {
			bom: true,
			comment: '#',
			comment_no_infix: true,
			skip_empty_lines: true,
			relax_column_count: true,
			on_record: (record, context) => {
				lines.push(context.lines);
				return record;
			}
		});
		records = rows.map((record, i) => ({ record, info: { lines: lines[i] ?? 1 } }));
	} catch (error) {
		if (error instanceof CsvError) {
			const line = (error as CsvError & { lines?: number }).lines ?? 1;
			return {
				rows: [],
				count: 0,
				errors: [
					{ row: line, column: null, message: m.ws_imp_err_not_csv({ detail: error.message }) }
				]
			};
		}
		throw error;
	}
	const [head, ...body] = records;
	if (!head) {
		return {
			rows: [],
			count: 0,
			errors: [{ row: 1, column: null, message: m.ws_imp_err_empty() }]
		};
	}

	const known = new Set([...columns.map((c) => c.name), ...ignored]);
	const header = head.record.map(normaliseHeader);
	const errors: RowError[] = [];
	header.forEach((name, i) => {
		if (!known.has(name)) {
			errors.push({
				row: head.info.lines,
				column: head.record[i] ?? name,
				message: m.ws_imp_err_unknown_column({ columns: columns.map((c) => c.name).join(', ') })
			});
		} else if (header.indexOf(name) !== i) {
			errors.push({ row: head.info.lines, column: name, message: m.ws_imp_err_column_twice() });
		}
	});
	for (const column of columns) {
		if (column.required && !header.includes(column.name)) {
			errors.push({
				row: head.info.lines,
				column: column.name,
				message: m.ws_imp_err_column_missing()
			});
		}
	}
	if (errors.length > 0) return { rows: [], count: body.length, errors };

	const rows: CsvRow[] = [];
	for (const { record, info } of body) {
		if (record.length !== header.length) {
			errors.push({
				row: info.lines,
				column: null,
				message: m.ws_imp_err_cell_count({ count: header.length, found: record.length })
			});
			continue;
		}
		const values: Record<string, string> = {};
		header.forEach((name, i) => {
			values[name] = unguardCell(record[i] ?? '');
		});
		rows.push({ line: info.lines, values });
	}
	if (rows.length === 0 && errors.length === 0) {
		errors.push({
			row: head.info.lines,
			column: null,
			message: m.ws_imp_err_no_rows_below()
		});
	}
	return { rows, count: body.length, errors };
}
