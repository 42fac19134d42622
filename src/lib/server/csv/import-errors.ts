import { m } from '../../paraglide/messages.js';

/*
 * What is wrong with an import, row by row, in words a researcher can act on, in the language
 * of the request that read the file (the messages are built while it runs). The summary below
 * is shown to the researcher whose import was refused; the audit log records only counts.
 */

export interface RowError {
	/** Line of the file, counting the header as line 1, as a spreadsheet numbers its rows. */
	row: number;
	/** The column at fault, or null when the whole row (or file) is. */
	column: string | null;
	message: string;
}

export function describeError(error: RowError): string {
	return error.column
		? m.ws_imp_err_at_cell({ row: error.row, column: error.column, message: error.message })
		: m.ws_imp_err_at_row({ row: error.row, message: error.message });
}

/** Thrown by an import that found problems; nothing was written. */
export class CsvImportError extends Error {
	override name = 'CsvImportError';
	constructor(
		readonly errors: RowError[],
		/** Data rows in the refused file, for the audit log. */
		readonly rowCount = 0
	) {
		const first = errors.slice(0, 3).map(describeError).join(' ');
		super(
			errors.length > 3
				? m.ws_imp_nothing_imported_more({ first, count: errors.length - 3 })
				: m.ws_imp_nothing_imported({ first })
		);
	}
}
