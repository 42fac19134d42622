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

/** The UTC midnight that starts `day`. */
export function dayStart(day: string): Date {
	return new Date(`${day}T00:00:00Z`);
}

/** The UTC midnight that ends `day` (the start of the next one). */
export function dayEnd(day: string): Date {
	return utcDay.offset(dayStart(day), 1);
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
