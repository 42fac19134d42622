import { utcDay } from 'd3-time';

/*
 * Calendar days as the timeline handles them: YYYY-MM-DD strings in data and URLs, UTC
 * midnights on the axis. A day string names the whole day, so an inclusive last day is drawn
 * up to the next midnight.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isDay(text: string): boolean {
	return DAY.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

const DAY_MS = 864e5;

/** The number the `length` ASCII digits of `text` from `at` spell, or NaN. */
function digits(text: string, at: number, length: number): number {
	let n = 0;
	for (let i = at; i < at + length; i++) {
		const d = text.charCodeAt(i) - 48;
		if (d < 0 || d > 9) return NaN;
		n = n * 10 + d;
	}
	return n;
}

/*
 * Days are read many times a page (a timeline's buckets, its lanes' days, the axis), so
 * YYYY-MM-DD is read by its digits rather than by parsing `${day}T00:00:00Z` as a date:
 * the same instant, as Date.UTC counts it (a day past the month's end, up to the 31st, runs
 * into the next month, as the parser does). Anything else, and the years 0-99 Date.UTC would
 * read as 1900-1999, is parsed as before.
 */

/** The UTC midnight that starts `day`, in milliseconds (NaN when `day` is no day). */
export function dayStartMs(day: string): number {
	if (day.length === 10 && day.charCodeAt(4) === 45 && day.charCodeAt(7) === 45) {
		const year = digits(day, 0, 4);
		const month = digits(day, 5, 2);
		const date = digits(day, 8, 2);
		if (year >= 100 && month >= 1 && month <= 12 && date >= 1 && date <= 31) {
			return Date.UTC(year, month - 1, date);
		}
	}
	return new Date(`${day}T00:00:00Z`).getTime();
}

/** The UTC midnight that starts `day`. */
export function dayStart(day: string): Date {
	return new Date(dayStartMs(day));
}

/** The UTC midnight that ends `day` (the start of the next one: UTC days are all 24 hours). */
export function dayEnd(day: string): Date {
	return new Date(dayStartMs(day) + DAY_MS);
}

export function toDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** The day containing the instant just before `date`: turns an exclusive end back into a last day. */
export function lastDayBefore(date: Date): string {
	return toDay(new Date(date.getTime() - 1));
}

/** The UTC midnight starting the day of an instant or date text; today when none is given. */
export function dayOf(value?: Date | string): Date {
	return utcDay.floor(value ? new Date(value) : new Date());
}
