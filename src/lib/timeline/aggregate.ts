import { utcDay, utcMonth, utcWeek, utcYear, type CountableTimeInterval } from 'd3-time';
import { dayEnd, dayStart, lastDayBefore, toDay } from './days';
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

interface Step {
	name: string;
	interval: CountableTimeInterval;
	/** Typical length, to judge its width on screen. */
	approxDays: number;
}

const STEPS: Step[] = [
	{ name: 'day', interval: utcDay, approxDays: 1 },
	{ name: 'week', interval: utcWeek, approxDays: 7 },
	{ name: 'month', interval: utcMonth, approxDays: 30.44 },
	{ name: 'quarter', interval: utcMonth.every(3) as CountableTimeInterval, approxDays: 91.3 },
	{ name: 'year', interval: utcYear, approxDays: 365.25 },
	{ name: '5 years', interval: utcYear.every(5) as CountableTimeInterval, approxDays: 1826 },
	{ name: 'decade', interval: utcYear.every(10) as CountableTimeInterval, approxDays: 3652 },
	{ name: '50 years', interval: utcYear.every(50) as CountableTimeInterval, approxDays: 18262 },
	{ name: 'century', interval: utcYear.every(100) as CountableTimeInterval, approxDays: 36524 }
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
	const { interval } = bucketStep(window, width);
	const from = dayStart(window.from);
	const end = dayEnd(window.to);
	const counts = new Map<number, number>();
	for (const [day, n] of dayCounts) {
		let t = dayStart(day);
		if (t < from) t = from;
		if (t >= end) t = new Date(end.getTime() - 1);
		const key = interval.floor(t).getTime();
		counts.set(key, (counts.get(key) ?? 0) + n);
	}
	return [...counts.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([key, count]) => {
			const start = new Date(key);
			const next = interval.offset(start, 1);
			return {
				kind,
				from: toDay(start < from ? from : start),
				to: lastDayBefore(next > end ? end : next),
				count
			};
		});
}

/** Whether a lane with `count` events in view must be drawn as buckets at this width. */
export function mustAggregate(count: number, width: number): boolean {
	return count > laneCapacity(width);
}
