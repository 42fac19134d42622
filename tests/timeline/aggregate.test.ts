import { describe, expect, it } from 'vitest';
import { utcDay, utcMonth, utcWeek, utcYear, type CountableTimeInterval } from 'd3-time';
import { parseDateInput, type PreciseDate } from '../../src/lib/dates';
import {
	bucketStep,
	bucketize,
	bucketizeCounts,
	laneCapacity,
	maxBuckets,
	mustAggregate
} from '../../src/lib/timeline/aggregate';
import { anchorDay } from '../../src/lib/timeline/bands';
import { layoutTimeline } from '../../src/lib/timeline/layout';
import { plotArea, plotWidth, windowScale } from '../../src/lib/timeline/scale';
import type { TimeWindow } from '../../src/lib/timeline/types';
import { dayEnd, dayStart, lastDayBefore, toDay } from '../../src/lib/timeline/days';
import { manyEvents } from './fixtures';

const WIDTH = 820;
const events = manyEvents(10_000);
const anchors = events.map((e) => anchorDay(e.start, e.end) as string);

function total(buckets: { count: number }[]) {
	return buckets.reduce((n, b) => n + b.count, 0);
}

describe('aggregation', () => {
	it('counts 10,000 events in a zoomed-out window into at most a bounded number of buckets', () => {
		const window = { from: '1999-01-01', to: '2025-12-31' };
		const buckets = bucketize('case', anchors, window, WIDTH);
		expect(buckets.length).toBeLessThanOrEqual(maxBuckets(WIDTH));
		expect(total(buckets)).toBe(10_000);
		expect(bucketStep(window, WIDTH).name).toBe('year');
	});

	it('splits buckets into finer intervals as the window narrows', () => {
		const windows: TimeWindow[] = [
			{ from: '1999-01-01', to: '2025-12-31' },
			{ from: '2019-01-01', to: '2021-12-31' },
			{ from: '2021-01-01', to: '2021-03-31' },
			{ from: '2021-03-01', to: '2021-03-20' }
		];
		const steps = windows.map((w) => bucketStep(w, WIDTH).name);
		expect(steps).toEqual(['year', 'month', 'week', 'day']);
		const counts = windows.map(
			(w) =>
				bucketize(
					'case',
					anchors.filter((a) => a >= w.from && a <= w.to),
					w,
					WIDTH
				).length
		);
		expect(counts[1]).toBeGreaterThan(counts[0] as number);
		for (const c of counts) expect(c).toBeLessThanOrEqual(maxBuckets(WIDTH));
	});

	it('clamps events outside the window into its first and last buckets', () => {
		const buckets = bucketize(
			'case',
			['2010-05-01', '2021-06-15', '2030-01-01'],
			{
				from: '2021-01-01',
				to: '2021-12-31'
			},
			WIDTH
		);
		expect(buckets[0]?.from).toBe('2021-01-01');
		expect(buckets.at(-1)?.to).toBe('2021-12-31');
		expect(total(buckets)).toBe(3);
	});

	it('draws lanes as buckets zoomed out and as marks zoomed in, within ~1000 SVG nodes', () => {
		const area = plotArea(960);
		const layoutFor = (window: TimeWindow) =>
			layoutTimeline({
				events,
				buckets: [],
				window,
				scale: windowScale(window, area),
				area,
				today: new Date('2025-01-01T00:00:00Z'),
				top: 0
			});
		const out = layoutFor({ from: '1999-01-01', to: '2025-12-31' });
		expect(out.lanes.every((l) => l.aggregated)).toBe(true);
		expect(out.marks).toHaveLength(0);
		expect(out.buckets.length).toBeLessThanOrEqual(3 * maxBuckets(plotWidth(area)));

		const inside = layoutFor({ from: '2021-03-01', to: '2021-03-10' });
		expect(inside.lanes.find((l) => l.kind === 'pledge')?.aggregated).toBe(false);
		expect(inside.marks.length).toBeGreaterThan(0);
		expect(mustAggregate(laneCapacity(plotWidth(area)), plotWidth(area))).toBe(false);
		// Each mark draws at most a group, two bands, a bar, a symbol and a label.
		const nodes = inside.marks.length * 6 + inside.buckets.length * 3;
		expect(nodes).toBeLessThanOrEqual(1000);
	});
});

/*
 * bucketizeCounts counts in whole days without Date objects; this is how it counted with
 * d3-time's intervals before, kept to compare the two on every step from day to century.
 */
const D3_STEPS: Record<string, CountableTimeInterval> = {
	day: utcDay,
	week: utcWeek,
	month: utcMonth,
	quarter: utcMonth.every(3) as CountableTimeInterval,
	year: utcYear,
	'5 years': utcYear.every(5) as CountableTimeInterval,
	decade: utcYear.every(10) as CountableTimeInterval,
	'50 years': utcYear.every(50) as CountableTimeInterval,
	century: utcYear.every(100) as CountableTimeInterval
};

function bucketizeWithD3(
	dayCounts: readonly (readonly [string, number])[],
	window: TimeWindow,
	width: number
) {
	const interval = D3_STEPS[bucketStep(window, width).name] as CountableTimeInterval;
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
				kind: 'case',
				from: toDay(start < from ? from : start),
				to: lastDayBefore(next > end ? end : next),
				count
			};
		});
}

describe('bucketizeCounts against d3-time', () => {
	/** Anchors of month, year, range, undated ("before") and ongoing spans, as anchorDay reads them. */
	const spans: [PreciseDate | null, PreciseDate | null][] = [
		[parseDateInput('2019-03'), null],
		[parseDateInput('2016'), parseDateInput('2019-07-14')],
		[parseDateInput('2014-02..2014-05'), null],
		[parseDateInput('by 2012-06'), null],
		[parseDateInput('2009-12-31'), null],
		[null, parseDateInput('2021')],
		[parseDateInput('0050-06-15'), null],
		[parseDateInput('1899-12-31'), null],
		[parseDateInput('2000-02-29'), null]
	];
	const days = [
		...spans.map(([start, end]) => anchorDay(start, end) as string),
		...anchors.slice(0, 3000)
	];
	const dayCounts = days.map((d, i) => [d, 1 + (i % 3)] as const);

	it('gives the same buckets for every step, with anchors clamped into the window', () => {
		const windows: TimeWindow[] = [
			{ from: '0001-01-01', to: '2400-12-31' },
			{ from: '1000-01-01', to: '2100-12-31' },
			{ from: '1890-01-01', to: '2030-12-31' },
			{ from: '1999-01-01', to: '2025-12-31' },
			{ from: '2014-01-01', to: '2021-12-31' },
			{ from: '2019-01-01', to: '2021-12-31' },
			{ from: '2020-11-17', to: '2021-05-02' },
			{ from: '2021-01-01', to: '2021-03-31' },
			{ from: '2021-03-01', to: '2021-03-20' },
			{ from: '2012-02-26', to: '2012-03-04' }
		];
		const seen = new Set<string>();
		for (const window of windows) {
			for (const width of [120, 410, 820, 1600, 4000]) {
				seen.add(bucketStep(window, width).name);
				expect(
					bucketizeCounts('case', dayCounts, window, width),
					JSON.stringify({ window, width })
				).toEqual(bucketizeWithD3(dayCounts, window, width));
			}
		}
		expect([...seen].sort()).toEqual(Object.keys(D3_STEPS).sort());
	});

	it('counts the month keys a database sends as their first days', () => {
		const months = [
			['1998-11-01', 4],
			['2000-01-01', 2],
			['2000-01-01', 3],
			['2024-12-01', 1]
		] as const;
		const window = { from: '1998-12-01', to: '2025-01-31' };
		for (const width of [205, 410, 820]) {
			expect(bucketizeCounts('pledge', months, window, width)).toEqual(
				bucketizeWithD3(months, window, width).map((b) => ({ ...b, kind: 'pledge' }))
			);
		}
	});
});
