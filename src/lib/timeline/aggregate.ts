import { dayEnd, dayStart, dayStartMs, toDay } from './days';
import type { EventKind, TimeWindow, TimelineBucket } from './types';

/*
 * When a lane holds more events than its pixels can show, it is drawn as counts per
 * interval instead. The interval follows the zoom: the finest of day, week, month, quarter,
 * year, ... whose width on screen is at least MIN_BUCKET_PX, so zooming in splits buckets
 * apart until the lane fits and its events are drawn one by one.
 *
 * The same functions run on the server (which never sends raw events for a zoomed-out view)
 * and in the browser (while the user zooms ahead of the next load).
 */

/** Narrowest bucket worth drawing: room for a count. */
export const MIN_BUCKET_PX = 20;
/** Room one mark needs in a lane before marks become a smudge. */
export const MIN_MARK_PX = 14;

const DAY_MS = 864e5;

/*
 * Intervals as whole UTC days since 1970-01-01 (a day string's midnight over DAY_MS), so that
 * counting a lane makes no Date per day: each step floors a day to the first day of its
 * interval and gives the first day of the next, as d3-time's utcDay, utcWeek (weeks from
 * Sunday), utcMonth.every(3) (January, April, July, October) and utcYear.every(n) (years
 * divisible by n) do; tests/timeline/aggregate.test.ts compares them with d3-time.
 */
interface Step {
	name: string;
	/** The first day of the interval holding `day`. */
	floor(day: number): number;
	/** The first day of the interval after the one starting on `start`. */
	next(start: number): number;
	/** Typical length, to judge its width on screen. */
	approxDays: number;
}

/** The day number of year, month (0-11, may overflow) and day of the month. */
function dayNumber(year: number, month: number, date: number): number {
	// Date.UTC reads years 0-99 as 1900-1999; 400 Gregorian years are exactly 146,097 days.
	if (year >= 0 && year < 100) return dayNumber(year + 400, month, date) - 146_097;
	return Date.UTC(year, month, date) / DAY_MS;
}

/** Year and month (0-11) of a day number (the proleptic Gregorian calendar, as Date's). */
function yearMonth(day: number): [number, number] {
	// Howard Hinnant's civil_from_days: eras of 400 years from 0000-03-01.
	const z = day + 719_468;
	const era = Math.floor(z / 146_097);
	const doe = z - era * 146_097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const month = mp < 10 ? mp + 2 : mp - 10;
	return [yoe + era * 400 + (month < 2 ? 1 : 0), month];
}

function months(n: number) {
	return {
		floor(day: number) {
			const [y, m] = yearMonth(day);
			return dayNumber(y, m - (m % n), 1);
		},
		next(start: number) {
			const [y, m] = yearMonth(start);
			return dayNumber(y, m + n, 1);
		}
	};
}

function years(n: number) {
	return {
		floor(day: number) {
			return dayNumber(Math.floor(yearMonth(day)[0] / n) * n, 0, 1);
		},
		next(start: number) {
			return dayNumber(yearMonth(start)[0] + n, 0, 1);
		}
	};
}

const STEPS: Step[] = [
	{ name: 'day', floor: (d) => d, next: (d) => d + 1, approxDays: 1 },
	// 1970-01-01 was a Thursday: day 0 is 4 days after a Sunday.
	{ name: 'week', floor: (d) => d - ((((d + 4) % 7) + 7) % 7), next: (d) => d + 7, approxDays: 7 },
	{ name: 'month', ...months(1), approxDays: 30.44 },
	{ name: 'quarter', ...months(3), approxDays: 91.3 },
	{ name: 'year', ...years(1), approxDays: 365.25 },
	{ name: '5 years', ...years(5), approxDays: 1826 },
	{ name: 'decade', ...years(10), approxDays: 3652 },
	{ name: '50 years', ...years(50), approxDays: 18262 },
	{ name: 'century', ...years(100), approxDays: 36524 }
];

/** How many marks a lane of this width can show one by one. */
export function laneCapacity(width: number): number {
	return Math.max(4, Math.floor(width / MIN_MARK_PX));
}

/** The interval buckets use at this zoom: the finest one at least MIN_BUCKET_PX wide. */
export function bucketStep(window: TimeWindow, width: number): Step {
	const days = (dayEnd(window.to).getTime() - dayStart(window.from).getTime()) / DAY_MS;
	const pxPerDay = Math.max(width, 1) / Math.max(days, 1);
	return STEPS.find((s) => s.approxDays * pxPerDay >= MIN_BUCKET_PX) ?? (STEPS.at(-1) as Step);
}

/** At most this many buckets per lane: the window's width over the narrowest bucket, plus the ragged ends. */
export function maxBuckets(width: number): number {
	return Math.ceil(Math.max(width, 1) / MIN_BUCKET_PX) + 2;
}

/**
 * Counts events per interval of the window. `anchors` are the days the events are counted
 * under (see anchorDay); those outside the window are clamped to its ends, so an ongoing ban
 * that began before the window still counts in its first bucket.
 */
export function bucketize(
	kind: EventKind,
	anchors: Iterable<string>,
	window: TimeWindow,
	width: number
): TimelineBucket[] {
	const counted = function* () {
		for (const day of anchors) yield [day, 1] as const;
	};
	return bucketizeCounts(kind, counted(), window, width);
}

/**
 * Whether days may be counted by month before bucketing at this zoom: buckets of a month or
 * longer start on the first of a month, so the day within it does not move an event between them.
 */
export function bucketsByMonth(window: TimeWindow, width: number): boolean {
	return bucketStep(window, width).approxDays >= 28;
}

/** bucketize for days already counted (a day may repeat): what a database sends after grouping. */
export function bucketizeCounts(
	kind: EventKind,
	dayCounts: Iterable<readonly [string, number]>,
	window: TimeWindow,
	width: number
): TimelineBucket[] {
	const step = bucketStep(window, width);
	const from = dayStart(window.from).getTime() / DAY_MS;
	const end = dayEnd(window.to).getTime() / DAY_MS;
	// Counted per day first (a lane's days repeat), then each distinct day floored once.
	const perDay = new Map<string, number>();
	for (const [day, n] of dayCounts) perDay.set(day, (perDay.get(day) ?? 0) + n);
	const counts = new Map<number, number>();
	for (const [day, n] of perDay) {
		const t = Math.min(Math.max(dayNumberOf(day), from), end - 1);
		const key = step.floor(t);
		counts.set(key, (counts.get(key) ?? 0) + n);
	}
	return [...counts.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([start, count]) => ({
			kind,
			from: dayTextOf(Math.max(start, from)),
			to: dayTextOf(Math.min(step.next(start), end) - 1),
			count
		}));
}

/** The day number of a YYYY-MM-DD day (its UTC midnight over DAY_MS, as dayStart reads it). */
function dayNumberOf(day: string): number {
	return dayStartMs(day) / DAY_MS;
}

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** The YYYY-MM-DD of a day number, as toDay writes its midnight (years 0 to 9999). */
function dayTextOf(day: number): string {
	const [year, month] = yearMonth(day);
	if (year < 0 || year > 9999) return toDay(new Date(day * DAY_MS));
	const date = day - dayNumber(year, month, 1) + 1;
	return `${String(year).padStart(4, '0')}-${two(month + 1)}-${two(date)}`;
}

/** Whether a lane with `count` events in view must be drawn as buckets at this width. */
export function mustAggregate(count: number, width: number): boolean {
	return count > laneCapacity(width);
}
