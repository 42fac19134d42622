/* What is wrong with an import, row by row, in words a researcher can act on. */

export interface RowError {
	/** Line of the file, counting the header as line 1, as a spreadsheet numbers its rows. */
	row: number;
	/** The column at fault, or null when the whole row (or file) is. */
	column: string | null;
	message: string;
}

export function describeError(error: RowError): string {
	const where = error.column ? `Row ${error.row}, column ${error.column}` : `Row ${error.row}`;
	return `${where}: ${error.message}`;
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
		const more = errors.length > 3 ? ` (and ${errors.length - 3} more problems)` : '';
		super(`Nothing was imported. ${first}${more}`);
	}
}
