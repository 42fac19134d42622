import { m } from '$lib/paraglide/messages';
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
				message: allowOngoing ? m.ws_date_or_ongoing({ problem: error.message }) : error.message
			};
		}
		throw error;
	}
}

const PRECISIONS: Record<PreciseDate['precision'], () => string> = {
	year: m.ws_precision_year,
	month: m.ws_precision_month,
	day: m.ws_precision_day,
	range: m.ws_precision_range,
	before: m.ws_precision_before
};

/** The words shown under the field: "Understood as May 2021 (month)". */
export function describeReading(reading: DateReading): string {
	switch (reading.kind) {
		case 'empty':
			return '';
		case 'ongoing':
			return m.ws_date_ongoing();
		case 'error':
			return reading.message;
		case 'date': {
			return m.ws_date_understood({
				date: formatDate(reading.date),
				precision: PRECISIONS[reading.date.precision]()
			});
		}
	}
}

/** The text a stored date is edited as: what the source supports, "by 2021-11" for "before". */
export function dateInputText(date: PreciseDate | null): string {
	if (!date) return '';
	return date.precision === 'before' ? `by ${date.text}` : date.text;
}
