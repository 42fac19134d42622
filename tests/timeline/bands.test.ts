import { describe, expect, it } from 'vitest';
import { beforeDate, parseDateInput, pointDate } from '../../src/lib/dates';
import { dateBand, eventSpan, extentOf } from '../../src/lib/timeline/bands';
import { layoutTimeline } from '../../src/lib/timeline/layout';
import { plotArea, windowScale } from '../../src/lib/timeline/scale';
import { sampleEvents } from './fixtures';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

describe('precision bands', () => {
	it('draws a month-precise date across exactly that month', () => {
		const band = dateBand(pointDate('2021-02'));
		expect(iso(band?.start)).toBe('2021-02-01T00:00:00.000Z');
		expect(iso(band?.end)).toBe('2021-03-01T00:00:00.000Z');
	});

	it('draws a year across the year and a day across the day', () => {
		expect(iso(dateBand(pointDate('2018'))?.start)).toBe('2018-01-01T00:00:00.000Z');
		expect(iso(dateBand(pointDate('2018'))?.end)).toBe('2019-01-01T00:00:00.000Z');
		expect(iso(dateBand(pointDate('2021-11-25'))?.end)).toBe('2021-11-26T00:00:00.000Z');
	});

	it('draws an approximate range across its range', () => {
		const band = dateBand(parseDateInput('2021-09..2021-11', 'weeks before a visit'));
		expect(iso(band?.start)).toBe('2021-09-01T00:00:00.000Z');
		expect(iso(band?.end)).toBe('2021-12-01T00:00:00.000Z');
	});

	it("leaves a 'before' date open at its start, ending at its latest day", () => {
		const band = dateBand(beforeDate('2021-11'));
		expect(band?.start).toBeNull();
		expect(iso(band?.end)).toBe('2021-12-01T00:00:00.000Z');
	});

	it('gives spans their start and end bands, and ongoing spans no end', () => {
		const [, , , ban, prison] = sampleEvents();
		const banSpan = ban && eventSpan(ban);
		expect(iso(banSpan?.from)).toBe('2018-01-01T00:00:00.000Z');
		expect(banSpan?.to).toBeNull();
		const prisonSpan = prison && eventSpan(prison);
		expect(iso(prisonSpan?.to)).toBe('2021-03-01T00:00:00.000Z');
		// Ongoing spans count up to what is known of them, never to today.
		expect(extentOf(sampleEvents())).toEqual({ from: '2016-02-01', to: '2021-11-30' });
	});

	it('lays out an open start as a fading band and a month as a band of the month', () => {
		const area = plotArea(960);
		const window = { from: '2015-01-01', to: '2022-12-31' };
		const scale = windowScale(window, area);
		const layout = layoutTimeline({
			events: sampleEvents(),
			buckets: [],
			window,
			scale,
			area,
			today: new Date('2021-12-04T00:00:00Z'),
			top: 0
		});
		const press = layout.marks.find((m) => m.event.id === 'xt-pledge-press');
		expect(press?.bands[0]?.open).toBe(true);
		expect(press?.bands[0]?.x1).toBeCloseTo(scale(new Date('2021-12-01T00:00:00Z')));
		const assembly = layout.marks.find((m) => m.event.id === 'xt-pledge-assembly');
		expect(assembly?.bands[0]?.x0).toBeCloseTo(scale(new Date('2019-03-01T00:00:00Z')));
		expect(assembly?.bands[0]?.x1).toBeCloseTo(scale(new Date('2019-04-01T00:00:00Z')));
		const ban = layout.marks.find((m) => m.event.id === 'xt-case-ban');
		expect(ban?.bar?.ongoing).toBe(true);
		// Marks come in time order, the order focus walks them.
		const orders = layout.marks.map((m) => m.order);
		expect(orders).toEqual([...orders].sort((a, b) => a - b));
	});
});
