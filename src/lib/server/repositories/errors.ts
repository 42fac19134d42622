/*
 * Errors the repositories throw on purpose. Routes turn them into a 404, a 409 that shows the
 * current row next to what the person typed, or a 400 with one message per field.
 */

export class NotFoundError extends Error {
	override name = 'NotFoundError';
	constructor(
		readonly recordType: string,
		readonly id: string
	) {
		super(`No ${recordType} with id ${id}.`);
	}
}

/** Someone saved the record after it was loaded; `current` is the row as it is now. */
export class VersionConflictError<Row = unknown> extends Error {
	override name = 'VersionConflictError';
	constructor(
		readonly recordType: string,
		readonly id: string,
		readonly expectedVersion: number,
		readonly current: Row
	) {
		super(
			`This ${recordType} was changed by someone else (you loaded version ${expectedVersion}; ` +
				`it is now version ${(current as { version?: number }).version ?? '?'}). ` +
				'Review their changes and save again.'
		);
	}
}

/** Input breaks a rule; `fields` maps each offending field to a sentence saying how to fix it. */
export class ValidationError extends Error {
	override name = 'ValidationError';
	constructor(readonly fields: Record<string, string>) {
		super(Object.values(fields).join(' '));
	}
}
