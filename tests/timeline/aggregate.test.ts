import { describe, expect, it } from 'vitest';
import {
	bucketStep,
	bucketize,
	laneCapacity,
	maxBuckets,
	mustAggregate
} from '../../src/lib/timeline/aggregate';
import { anchorDay } from '../../src/lib/timeline/bands';
import { layoutTimeline } from '../../src/lib/timeline/layout';
import { plotArea, plotWidth, windowScale } from '../../src/lib/timeline/scale';
import type { TimeWindow } from '../../src/lib/timeline/types';
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
