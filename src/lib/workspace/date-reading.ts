import { DateInputError, formatDate, parseDateInput, type PreciseDate } from '$lib/dates';

/*
 * What a date field understood from what was typed, for the line under the field ("May 2021")
 * and for the server's parser, so both always agree.
 */

export const ONGOING = 'ongoing';

export type DateReading =
	| { kind: 'empty' }
	| { kind: 'ongoing' }
	| { kind: 'date'; date: PreciseDate }
	| { kind: 'error'; message: string };

export function readDateInput(text: string, allowOngoing: boolean, note = ''): DateReading {
	const t = text.trim();
	if (t === '') return { kind: 'empty' };
	if (allowOngoing && t.toLowerCase() === ONGOING) return { kind: 'ongoing' };
	try {
		return { kind: 'date', date: parseDateInput(t, note) };
	} catch (error) {
		if (error instanceof DateInputError) {
			return {
				kind: 'error',
				message: allowOngoing ? `${error.message} Or write "ongoing".` : error.message
			};
		}
		throw error;
	}
}

/** The words shown under the field: "Understood as May 2021 (month)". */
export function describeReading(reading: DateReading): string {
	switch (reading.kind) {
		case 'empty':
			return '';
		case 'ongoing':
			return 'Understood as: still going on';
		case 'error':
			return reading.message;
		case 'date': {
			const precision =
				reading.date.precision === 'range'
					? 'approximate'
					: reading.date.precision === 'before'
						? 'known only to precede'
						: `to the ${reading.date.precision}`;
			return `Understood as ${formatDate(reading.date)} (${precision})`;
		}
	}
}

/** The text a stored date is edited as: what the source supports, "by 2021-11" for "before". */
export function dateInputText(date: PreciseDate | null): string {
	if (!date) return '';
	return date.precision === 'before' ? `by ${date.text}` : date.text;
}
