import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import type { DB } from '../../src/lib/server/db/connect';
import { getCountryTimeline } from '../../src/lib/server/public/timeline';
import { DEFAULT_VIEW, type ViewState } from '../../src/lib/timeline/url';
import { countingQueries } from '../helpers/counting-queries';
import { describeEachDatabase } from '../helpers/databases';
import { dateCols, insertCases, seed, seedMany, today, workflow, type Ids } from './seed';

/*
 * The timeline read in one pass per lane (extent, overview and in-view counts together) must
 * answer exactly as the two passes it replaces (the extent first, then the counts), which stay
 * as its fallback: on the seeded Testland with 1,200 weekly detentions, odd dates (undated,
 * "before", ongoing, ending before they start) and a short record counted by day, for the home
 * view, two-edged, one-edged and filtered views, at three widths.
 */

/** Cases with the dates the span rules treat specially, in the country. */
async function seedOddDates(db: DB, countryId: string): Promise<void> {
	const odd = [
		{ start: null, end: null, ongoing: 0 as const },
		{ start: 'by 2003-04', end: null, ongoing: 0 as const },
		{ start: 'by 2012-06', end: null, ongoing: 1 as const },
		{ start: '2001', end: '2014-05-03', ongoing: 0 as const },
		{ start: '2015-03-01', end: '1999-01-01', ongoing: 0 as const },
		{ start: null, end: '2016-08', ongoing: 0 as const }
	];
	await db
		.insertInto('cases')
		.values(
			odd.map((o, i) => ({
				id: randomUUID(),
				country_id: countryId,
				title: `Odd-dated XT case ${i}`,
				case_type: i % 2 === 0 ? ('imprisonment' as const) : ('detention' as const),
				ongoing: o.ongoing,
				...dateCols('start', o.start),
				...dateCols('end', o.end),
				...workflow()
			}))
		)
		.execute();
}

/**
 * A dense record of a year and a half: 900 cases of three types from 2011-11 to 2013-03, a few
 * a day, day, month and year dates, spans of a day to a year and more (so the months before a
 * window hold spans that end on both sides of its first day), some ongoing, a few ending before
 * they start. Windows within it are counted by day or month from many spans at once.
 */
async function seedDense(db: DB, countryId: string): Promise<void> {
	const types = ['detention', 'imprisonment', 'prosecution'] as const;
	const rows = Array.from({ length: 900 }, (_, i) => {
		const start = new Date(Date.UTC(2011, 10, 1) + ((i * 13) % 500) * 864e5);
		const day = start.toISOString().slice(0, 10);
		const end = new Date(
			start.getTime() + ((i * 37) % 420) * 864e5 - (i % 50 === 0 ? 90 * 864e5 : 0)
		);
		const precision = i % 7 === 0 ? day.slice(0, 7) : i % 11 === 0 ? day.slice(0, 4) : day;
		return {
			id: randomUUID(),
			country_id: countryId,
			title: `Dense XD case ${i}`,
			case_type: types[i % 3]!,
			ongoing: (i % 9 === 0 ? 1 : 0) as 0 | 1,
			...dateCols('start', precision),
			...dateCols('end', i % 4 === 0 ? null : end.toISOString().slice(0, 10)),
			...workflow()
		};
	});
	await insertCases(db, rows);
}

const VIEWS: Partial<ViewState>[] = [
	{},
	{ from: '2010-01-01', to: '2014-12-31' },
	{ from: '2011-01-01', to: '2011-12-31' },
	{ from: '2012-03-01', to: '2012-03-20' },
	{ from: '1990-01-01', to: '2030-12-31' },
	{ from: '2030-01-01', to: '2030-02-01' },
	{ from: '2015-01-01', to: null },
	{ from: null, to: '2005-06-30' },
	{ themes: ['assembly'] },
	{ themes: ['assembly'], from: '2017-01-01', to: '2022-12-31' },
	{ types: ['imprisonment'] },
	{ types: ['pledge'] },
	{ types: ['case'], from: '2010-01-01', to: '2014-12-31' },
	{ types: ['engagement', 'detention'], from: '2000-01-01', to: '2003-12-31' }
];

async function expectSameReads(db: DB, countryId: string, views: Partial<ViewState>[]) {
	for (const width of [320, 960, 1600]) {
		for (const partial of views) {
			const view = { ...DEFAULT_VIEW, ...partial };
			const one = await getCountryTimeline(db, countryId, view, { today, width });
			const two = await getCountryTimeline(db, countryId, view, { today, width, onePass: false });
			expect(one, JSON.stringify({ width, view })).toEqual(two);
		}
	}
}

describeEachDatabase('the timeline read in one pass', ({ db }) => {
	let ids: Ids;
	const other = { short: randomUUID(), plain: randomUUID(), dense: randomUUID() };
	beforeAll(async () => {
		ids = await seed(db());
		await seedMany(db(), ids.country, 1200);
		await seedOddDates(db(), ids.country);
		for (const [code, id] of [
			['XS', other.short],
			['XP', other.plain],
			['XD', other.dense]
		] as const) {
			await db()
				.insertInto('countries')
				.values({ id, code, name: `Testland ${code}`, is_fictional: 1, ...workflow() })
				.execute();
		}
		await seedMany(db(), other.short, 12);
		await seedMany(db(), other.plain, 1200);
		await seedDense(db(), other.dense);
	});

	it('answers every view as the extent and counts read apart do', async () => {
		await expectSameReads(db(), ids.country, VIEWS);
		await expectSameReads(db(), other.plain, [
			{},
			{ types: ['imprisonment'] },
			{ from: '2001-02-03', to: null }
		]);
	});

	it('answers as they do for a dense record, by day and by month, with a type filter', async () => {
		await expectSameReads(db(), other.dense, [
			{},
			{ from: '2012-03-10', to: '2012-04-20' },
			{ from: '2012-03-10', to: '2012-04-20', types: ['imprisonment', 'prosecution'] },
			{ from: '2012-02-15', to: '2012-11-10' },
			{ from: '2012-05-01', to: '2012-12-31', types: ['detention'] },
			{ from: '2012-06-01', to: null }
		]);
	});

	it('answers as they do for a record of a few months, which it counts by day', async () => {
		await expectSameReads(db(), other.short, [{}, { from: '2000-01-01', to: '2000-01-31' }]);
	});

	// Where no span ends before the home view begins (the odd dates above have one).
	it('reads the home view and a two-edged view in fewer queries', async () => {
		for (const partial of [{}, { from: '2010-01-01', to: '2014-12-31' }]) {
			const view = { ...DEFAULT_VIEW, ...partial };
			const one = countingQueries(db());
			await getCountryTimeline(one.db, other.plain, view, { today });
			const two = countingQueries(db());
			await getCountryTimeline(two.db, other.plain, view, { today, onePass: false });
			// Each lane's extent and counts from its months (three fewer), the three lanes' counts
			// in one read (two fewer), the ongoing cases' known day on its own (one more); a window
			// on whole months reads no single spans.
			expect(one.count(), JSON.stringify(view)).toBe(two.count() - 4);
		}
	});
});
