import { randomUUID } from 'node:crypto';
import { beforeEach, expect, it } from 'vitest';
import { getCountryTimeline } from '../../src/lib/server/public/timeline';
import { laneCapacity, maxBuckets } from '../../src/lib/timeline/aggregate';
import { plotArea, plotWidth } from '../../src/lib/timeline/scale';
import { DEFAULT_VIEW } from '../../src/lib/timeline/url';
import { describeEachDatabase } from '../helpers/databases';
import { contradict, dateCols, MARKER, seed, seedMany, today, workflow, type Ids } from './seed';

/* The public timeline's server helper, on the generated Testland of seed.ts. */

describeEachDatabase('public timeline of a fictional country', { fresh: 'test' }, ({ db }) => {
	let ids: Ids;
	beforeEach(async () => {
		ids = await seed(db());
	});

	it('returns published pledges, cases and engagements only, with current ratings and links', async () => {
		const data = await getCountryTimeline(db(), ids.country, DEFAULT_VIEW, { today });
		expect(data.events.map((e) => e.id).sort()).toEqual(
			[ids.pledge, ids.banned, ids.engagement].sort()
		);
		const pledge = data.events.find((e) => e.id === ids.pledge);
		expect(pledge?.rating).toBe('broken');
		expect(pledge?.contradictedBy).toEqual([ids.banned]);
		expect(pledge?.start?.text).toBe('2019-03');
		expect(pledge?.href).toBe(`/countries/xt/pledges/${ids.pledge}`);
		const banned = data.events.find((e) => e.id === ids.banned);
		expect(banned?.ongoing).toBe(true);
		expect(banned?.citation).toBe(
			'Test Author, “Fictional XT report”, Test Press, December 2021, p. 3'
		);
		// Ongoing is known as of its latest published source (December 2021), not to today (2024).
		expect(banned?.ongoingAsOf?.text).toBe('2021-12');
		expect(data.buckets).toEqual([]);
		expect(data.extent).toEqual({ from: '2018-01-01', to: '2021-12-31' });
		expect(data.themes).toEqual([{ slug: 'assembly', name: 'Assembly' }]);
		expect(JSON.stringify(data)).not.toContain(MARKER);
	});

	it("lists a pledge's contradicting cases in the links' order, published and of the country only", async () => {
		const other = randomUUID();
		await db()
			.insertInto('countries')
			.values({
				id: other,
				code: 'XV',
				name: 'Otherland (fictional)',
				is_fictional: 1,
				...workflow()
			})
			.execute();
		const [elsewhere, unlinked, earlier] = [randomUUID(), randomUUID(), randomUUID()];
		for (const [id, country] of [
			[elsewhere, other],
			[unlinked, ids.country],
			[earlier, ids.country]
		] as const) {
			await db()
				.insertInto('cases')
				.values({
					id,
					country_id: country,
					title: `Case ${id}`,
					case_type: 'detention',
					ongoing: 0,
					...dateCols('start', '2019-05'),
					...workflow()
				})
				.execute();
		}
		const link = (to: string, createdAt: string, published: boolean) =>
			contradict(db(), ids.pledge, to, { createdAt, published });
		await link(elsewhere, '2023-01-01T00:00:00.000Z', true);
		await link(unlinked, '2023-01-01T00:00:00.000Z', false);
		await link(earlier, '2023-06-01T00:00:00.000Z', true);
		const data = await getCountryTimeline(db(), ids.country, DEFAULT_VIEW, { today });
		const pledge = data.events.find((e) => e.id === ids.pledge);
		// The seeded link to the ban was made on 2024-01-01, after the one to `earlier`.
		expect(pledge?.contradictedBy).toEqual([earlier, ids.banned]);
	});

	it('applies the theme and type filters', async () => {
		const themed = await getCountryTimeline(
			db(),
			ids.country,
			{ ...DEFAULT_VIEW, themes: ['assembly'] },
			{ today }
		);
		expect(themed.events.map((e) => e.kind).sort()).toEqual(['case', 'engagement', 'pledge']);
		const pledgesOnly = await getCountryTimeline(
			db(),
			ids.country,
			{ ...DEFAULT_VIEW, types: ['pledge'] },
			{ today }
		);
		expect(pledgesOnly.events.map((e) => e.id)).toEqual([ids.pledge]);
	});

	it('sends only events in the window', async () => {
		const data = await getCountryTimeline(
			db(),
			ids.country,
			{ ...DEFAULT_VIEW, from: '2020-01-01', to: '2020-12-31' },
			{ today }
		);
		// The ongoing ban began before the window and still runs through it; the 2019 pledge does not.
		expect(data.events.map((e) => e.id).sort()).toEqual([ids.banned, ids.engagement].sort());
		expect(data.window).toEqual({ from: '2020-01-01', to: '2020-12-31' });
	});

	it('returns nothing for a country that is not published', async () => {
		const hidden = randomUUID();
		await db()
			.insertInto('countries')
			.values({
				id: hidden,
				code: 'XU',
				name: `${MARKER} draft`,
				is_fictional: 1,
				...workflow('draft')
			})
			.execute();
		const data = await getCountryTimeline(db(), hidden, DEFAULT_VIEW, { today });
		expect(data.events).toEqual([]);
		expect(JSON.stringify(data)).not.toContain(MARKER);
	});

	it('sends counts, never raw events, for a zoomed-out lane and splits them when zoomed in', async () => {
		await seedMany(db(), ids.country, 1200);
		const width = 960;
		const plot = plotWidth(plotArea(width));
		const out = await getCountryTimeline(db(), ids.country, DEFAULT_VIEW, { today, width });
		expect(out.events.some((e) => e.kind === 'case')).toBe(false);
		const caseBuckets = out.buckets.filter((b) => b.kind === 'case');
		expect(caseBuckets.length).toBeGreaterThan(0);
		expect(caseBuckets.length).toBeLessThanOrEqual(maxBuckets(plot));
		expect(caseBuckets.reduce((n, b) => n + b.count, 0)).toBe(1200 + 1);
		// The small lanes still come as events.
		expect(out.events.map((e) => e.kind).sort()).toEqual(['engagement', 'pledge']);

		const year = await getCountryTimeline(
			db(),
			ids.country,
			{ ...DEFAULT_VIEW, from: '2010-01-01', to: '2010-12-31' },
			{ today, width }
		);
		const cases = year.events.filter((e) => e.kind === 'case');
		expect(cases.length).toBeGreaterThan(40);
		expect(cases.length).toBeLessThanOrEqual(laneCapacity(plot));
		expect(year.buckets).toEqual([]);
		expect(JSON.stringify([out, year])).not.toContain(MARKER);
	});
});
