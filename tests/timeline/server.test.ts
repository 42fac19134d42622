import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { parseDateInput, toColumns } from '../../src/lib/dates';
import type { DB } from '../../src/lib/server/db/connect';
import type { CaseType, DatePrecision, WorkflowStatus } from '../../src/lib/server/db/schema';
import { getCountryTimeline } from '../../src/lib/server/public/timeline';
import { laneCapacity, maxBuckets } from '../../src/lib/timeline/aggregate';
import { plotArea, plotWidth } from '../../src/lib/timeline/scale';
import { DEFAULT_VIEW } from '../../src/lib/timeline/url';
import { describeEachDatabase } from '../helpers/databases';

/*
 * The timeline of the fictional country XT ("Testland"), generated for this test. Every
 * unpublished or deleted record and every internal field carries MARKER, so one search of the
 * serialised output proves none of it reached the public timeline.
 */

const MARKER = 'TIMELINE-LEAK-4b1e';
const now = '2024-01-01T00:00:00.000Z';
const today = new Date('2024-06-30T00:00:00Z');

function workflow(status: WorkflowStatus = 'published', deleted = false) {
	return {
		status,
		internal_notes: `${MARKER} internal note`,
		created_at: now,
		updated_at: now,
		published_at: status === 'published' ? now : null,
		deleted_at: deleted ? now : null
	};
}

/** The five columns of a date with precision, typed for an insert. */
function dateCols<P extends 'start' | 'end' | 'published'>(prefix: P, text: string | null) {
	return toColumns(prefix, text ? parseDateInput(text) : null) as Record<
		`${P}_text` | `${P}_earliest` | `${P}_latest`,
		string | null
	> &
		Record<`${P}_precision`, DatePrecision | null> &
		Record<`${P}_note`, string>;
}

interface Ids {
	country: string;
	pledge: string;
	draftPledge: string;
	banned: string;
	draftCase: string;
	deletedCase: string;
	engagement: string;
}

async function seed(db: DB): Promise<Ids> {
	const ids: Ids = {
		country: randomUUID(),
		pledge: randomUUID(),
		draftPledge: randomUUID(),
		banned: randomUUID(),
		draftCase: randomUUID(),
		deletedCase: randomUUID(),
		engagement: randomUUID()
	};
	await db
		.insertInto('countries')
		.values({
			id: ids.country,
			code: 'XT',
			name: 'Testland (fictional)',
			is_fictional: 1,
			...workflow()
		})
		.execute();
	const theme = randomUUID();
	await db
		.insertInto('themes')
		.values({ id: theme, slug: 'assembly', name: 'Assembly', ...workflow() })
		.execute();

	const pledge = (id: string, title: string, status: WorkflowStatus) =>
		db
			.insertInto('pledges')
			.values({
				id,
				country_id: ids.country,
				title,
				made_text: '2019-03',
				made_precision: 'month',
				made_earliest: '2019-03-01',
				made_latest: '2019-03-31',
				...workflow(status)
			})
			.execute();
	await pledge(ids.pledge, 'XT pledges a reformed assembly law', 'published');
	await pledge(ids.draftPledge, `${MARKER} draft pledge`, 'draft');

	const addCase = (
		id: string,
		title: string,
		type: CaseType,
		status: WorkflowStatus,
		deleted = false
	) =>
		db
			.insertInto('cases')
			.values({
				id,
				country_id: ids.country,
				title,
				case_type: type,
				ongoing: 1,
				...dateCols('start', '2018'),
				...dateCols('end', null),
				...workflow(status, deleted)
			})
			.execute();
	await addCase(ids.banned, 'XT opposition party banned', 'party_ban', 'published');
	await addCase(ids.draftCase, `${MARKER} draft case`, 'detention', 'in_review');
	await addCase(ids.deletedCase, `${MARKER} deleted case`, 'detention', 'published', true);

	await db
		.insertInto('engagements')
		.values({
			id: ids.engagement,
			country_id: ids.country,
			title: 'EU–XT dialogue',
			kind: 'dialogue',
			start_text: '2020-03',
			start_precision: 'month',
			start_earliest: '2020-03-01',
			start_latest: '2020-03-31',
			...workflow()
		})
		.execute();

	for (const [id, type] of [
		[ids.pledge, 'pledge'],
		[ids.banned, 'case'],
		[ids.draftCase, 'case']
	] as const) {
		await db
			.insertInto('record_themes')
			.values({ record_type: type, record_id: id, theme_id: theme })
			.execute();
	}
	for (const to of [ids.banned, ids.draftCase, ids.deletedCase]) {
		await db
			.insertInto('links')
			.values({
				id: randomUUID(),
				kind: 'contradicted_by',
				from_type: 'pledge',
				from_id: ids.pledge,
				to_type: 'case',
				to_id: to,
				note: `${MARKER} link note`,
				created_at: now,
				published_at: now
			})
			.execute();
	}
	await db
		.insertInto('pledge_assessments')
		.values([
			{
				id: randomUUID(),
				pledge_id: ids.pledge,
				rating: 'stalled',
				assessed_on: '2020-01-01',
				rationale: 'Earlier.',
				...workflow()
			},
			{
				id: randomUUID(),
				pledge_id: ids.pledge,
				rating: 'broken',
				assessed_on: '2021-01-01',
				rationale: 'Later.',
				...workflow()
			},
			{
				id: randomUUID(),
				pledge_id: ids.pledge,
				rating: 'kept',
				assessed_on: '2022-01-01',
				rationale: `${MARKER}`,
				...workflow('draft')
			}
		])
		.execute();

	const source = randomUUID();
	await db
		.insertInto('sources')
		.values({
			id: source,
			title: 'Fictional XT report',
			authors: 'Test Author',
			publisher: 'Test Press',
			kind: 'report',
			...dateCols('published', '2021-12'),
			...workflow()
		})
		.execute();
	await db
		.insertInto('citations')
		.values({
			id: randomUUID(),
			source_id: source,
			record_type: 'case',
			record_id: ids.banned,
			locator: 'p. 3',
			note: `${MARKER} citation note`,
			created_at: now,
			published_at: now
		})
		.execute();
	return ids;
}

/** Many generated published detentions in XT, one a week from 2000, for aggregation. */
async function seedMany(db: DB, countryId: string, n: number) {
	const rows = Array.from({ length: n }, (_, i) => {
		const day = new Date(Date.UTC(2000, 0, 3) + i * 7 * 864e5).toISOString().slice(0, 10);
		return {
			id: randomUUID(),
			country_id: countryId,
			title: `Generated XT detention ${i}`,
			case_type: 'detention' as const,
			ongoing: 0 as const,
			...dateCols('start', day),
			...dateCols('end', null),
			...workflow()
		};
	});
	for (let i = 0; i < rows.length; i += 100) {
		await db
			.insertInto('cases')
			.values(rows.slice(i, i + 100))
			.execute();
	}
}

describeEachDatabase('public timeline of a fictional country', ({ db }) => {
	let ids: Ids;
	beforeAll(async () => {
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
		expect(data.buckets).toEqual([]);
		expect(data.extent).toEqual({ from: '2018-01-01', to: '2024-06-29' });
		expect(data.themes).toEqual([{ slug: 'assembly', name: 'Assembly' }]);
		expect(JSON.stringify(data)).not.toContain(MARKER);
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
