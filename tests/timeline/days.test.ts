import { utcDay } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { dayEnd, dayStart, dayStartMs } from '../../src/lib/timeline/days';

/*
 * dayStart and dayEnd read a YYYY-MM-DD day by its digits; they must give the instants that
 * parsing `${day}T00:00:00Z` and d3-time's next UTC day give, for every day and for text that
 * is no day at all (Invalid Date either way).
 */

const parsed = (day: string) => new Date(`${day}T00:00:00Z`);
/** The same instant, or both Invalid Date. */
const same = (a: Date, b: Date) => Object.is(a.getTime(), b.getTime());

/** Every day of the years from `first` to `last`, as YYYY-MM-DD. */
function daysOf(first: number, last: number): string[] {
	const midnight = (year: number) => new Date(0).setUTCFullYear(year, 0, 1);
	const days: string[] = [];
	for (let t = midnight(first); t < midnight(last + 1); t += 864e5) {
		days.push(new Date(t).toISOString().slice(0, 10));
	}
	return days;
}

describe('calendar days', () => {
	it('start and end every day where the parsed text and d3-time put them', () => {
		const days = [
			...daysOf(0, 2),
			...daysOf(98, 101),
			...daysOf(1899, 1901),
			...daysOf(1969, 1971),
			...daysOf(1999, 2001),
			...daysOf(2024, 2024),
			...daysOf(9998, 9999)
		];
		// 19 years, three of them leap years (0000, 2000, 2024).
		expect(days.length).toBe(19 * 365 + 3);
		for (const day of days) {
			expect(dayStart(day).getTime(), day).toBe(parsed(day).getTime());
			expect(dayStartMs(day), day).toBe(parsed(day).getTime());
			expect(dayEnd(day).getTime(), day).toBe(utcDay.offset(parsed(day), 1).getTime());
		}
	});

	it('read text that is no day as the parser does', () => {
		const texts = [
			'2021-02-29',
			'2021-02-30',
			'2021-02-31',
			'2021-04-31',
			'2021-00-10',
			'2021-13-01',
			'2021-01-00',
			'2021-01-32',
			'0099-12-31',
			'0000-02-30',
			'2021-1-01',
			'2021/01/01',
			'202a-01-01',
			' 2021-01-1',
			'+02021-01-01',
			'-00001-01-01',
			'',
			'day'
		];
		for (const text of texts) {
			expect(same(dayStart(text), parsed(text)), text).toBe(true);
			expect(same(dayEnd(text), utcDay.offset(parsed(text), 1)), text).toBe(true);
		}
		// Some of them are days (past a month's end runs into the next), some none.
		expect(dayStart('2021-02-30').toISOString()).toBe('2021-03-02T00:00:00.000Z');
		expect(Number.isNaN(dayStart('2021-13-01').getTime())).toBe(true);
		expect(Number.isNaN(dayEnd('2021-01-32').getTime())).toBe(true);
	});
});
