import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	listApiCases,
	listApiCountries,
	listApiEngagements,
	listApiPledges
} from '../../src/lib/server/public/api.js';
import { toApiCsv } from '../../src/lib/server/public/api-csv.js';
import { parseApiQuery } from '../../src/lib/server/public/api-params.js';
import type { ApiCase } from '../../src/lib/server/public/api-types.js';
import { loadCountryFeed } from '../../src/lib/server/public/feed.js';
import { cacheControl, etagMatches, strongEtag } from '../../src/lib/server/http/cache.js';
import { answerList } from '../../src/lib/server/http/open-data.js';
import { escapeXml } from '../../src/lib/server/http/atom.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { apiQuery } from '../helpers/api-query.js';
import { setClock } from '../../src/lib/server/clock.js';
import { MARKER, seedFictionalCountry, type Fixture } from '../public/fixture.js';

describe('open-data parameters', () => {
	it('reads lists from repeated and comma-separated values, codes in any case, dates at any precision', () => {
		expect(
			apiQuery('cases', 'country=xt,kz&type=detention&type=imprisonment&from=2021&to=2021-11')
		).toEqual({
			country: ['XT', 'KZ'],
			type: ['detention', 'imprisonment'],
			from: '2021-01-01',
			to: '2021-11-30'
		});
		expect(apiQuery('pledges', 'rating=broken&limit=10&offset=20&sort=-date')).toEqual({
			rating: ['broken'],
			limit: 10,
			offset: 20,
			sort: '-date'
		});
	});

	it.each([
		['cases', 'type=ban', 'type', 'party_ban'],
		['cases', 'rating=broken', 'rating', 'only these parameters'],
		['pledges', 'limit=0', 'limit', 'from 1 to 500'],
		['pledges', 'limit=501', 'limit', 'from 1 to 500'],
		['pledges', 'limit=ten', 'limit', 'whole number'],
		['pledges', 'offset=-1', 'offset', 'whole number'],
		['engagements', 'from=2021-13', 'from', 'a month (2021-05)'],
		['engagements', 'from=2022&to=2021', 'to', 'a year'],
		['engagements', 'theme=assembly', 'theme', 'only these parameters'],
		['countries', 'sort=date', 'sort', 'name, code'],
		['cases', 'sort=title&sort=date', 'sort', 'date, -date, title'],
		['cases', 'country=KAZ', 'country', 'two-letter'],
		['pledges', 'constructor=1', 'constructor', 'only these parameters']
	] as const)('%s?%s names %s and what it accepts', (resource, search, parameter, accepts) => {
		const parsed = parseApiQuery(resource, new URLSearchParams(search));
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.problem).toMatchObject({ error: 'invalid_parameter', parameter });
		expect(parsed.problem.message).not.toBe('');
		expect(parsed.problem.accepts).toContain(accepts);
	});
});

describe('HTTP caching helpers', () => {
	it('makes strong tags that change with the bytes and match weakly', () => {
		const tag = strongEtag('{"a":1}');
		expect(tag).toMatch(/^"[A-Za-z0-9_-]+"$/);
		expect(strongEtag('{"a":1}')).toBe(tag);
		expect(strongEtag('{"a":2}')).not.toBe(tag);
		expect(etagMatches(tag, tag)).toBe(true);
		expect(etagMatches(`"x", W/${tag}`, tag)).toBe(true);
		expect(etagMatches('*', tag)).toBe(true);
		expect(etagMatches('"other"', tag)).toBe(false);
		expect(etagMatches(null, tag)).toBe(false);
		expect(cacheControl()).toMatch(
			/^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/
		);
	});

	it('escapes every character that could break XML and drops those XML forbids', () => {
		expect(escapeXml(`<a href="x">&'\u0001</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;'
		);
	});
});

describeEachDatabase('open-data lists', ({ db }) => {
	let fixture: Fixture;

	beforeAll(async () => {
		fixture = await seedFictionalCountry(db());
	});

	it('lists published countries only, with their ratings', async () => {
		const { items, total } = await listApiCountries(db(), apiQuery('countries', ''));
		expect(items.map((c) => c.code)).toEqual(['XT']);
		expect(total).toBe(1);
		expect(items[0]).toMatchObject({
			isFictional: true,
			pledgeCount: 1,
			caseCount: 2,
			ratings: [{ rating: 'broken', count: 1 }]
		});
	});

	it('cites each country as its page does, with the published sources cited', async () => {
		const { items, sources } = await listApiCountries(db(), apiQuery('countries', ''));
		expect(items[0]?.citations.map((c) => c.sourceId)).toEqual([fixture.sourceId]);
		expect(items[0]?.citations[0]).toMatchObject({ locator: '' });
		expect(sources.map((s) => s.id)).toEqual([fixture.sourceId]);
		expect(JSON.stringify({ items, sources })).not.toContain(MARKER);
		const csv = parse(toApiCsv('countries', items), { columns: true }) as Record<string, string>[];
		expect(csv[0]?.sources).toBe(items[0]?.citations[0]?.title);
	});

	it('lists published cases with pseudonyms, published links and laws, and counts only those', async () => {
		const { items, total, sources } = await listApiCases(db(), apiQuery('cases', 'country=xt'));
		expect(total).toBe(2);
		expect(items.map((c) => c.id).sort()).toEqual(
			[fixture.caseIds.dispersal, fixture.caseIds.imprisonment].sort()
		);
		const imprisonment = items.find((c) => c.id === fixture.caseIds.imprisonment) as ApiCase;
		expect(imprisonment.affected.map((a) => a.name)).toEqual(['Activist A']);
		const dispersal = items.find((c) => c.id === fixture.caseIds.dispersal) as ApiCase;
		expect(dispersal.laws.map((l) => l.title)).toEqual(['Assembly act (fictional)']);
		expect(dispersal.contradicts).toEqual([
			{
				id: fixture.pledgeId,
				title: 'Reform the assembly law (fictional)',
				note: 'Protests are still dispersed after the pledge.',
				noteId: expect.any(String)
			}
		]);
		expect(dispersal.citations.map((c) => c.sourceId)).toEqual([fixture.sourceId]);
		expect(sources.map((s) => s.id)).toEqual([fixture.sourceId]);
		expect(JSON.stringify(items)).not.toContain(MARKER);
	});

	it('answers a page as compact JSON whose ETag changes with the data, and only with it', async () => {
		const url = new URL('http://localhost/api/v1/cases?country=xt&limit=1');
		const answer = async (headers: Record<string, string> = {}) => {
			const response = await answerList(db(), new Request(url, { headers }), url, 'cases', 'json');
			const text = response.status === 304 ? '' : await response.text();
			return { response, text, etag: response.headers.get('etag') ?? '' };
		};
		const first = await answer();
		const body = JSON.parse(first.text) as { data: ApiCase[]; meta: { total: number } };
		// The same data as any layout of it, in the fewest bytes (no indentation to build or send).
		expect(first.text).toBe(JSON.stringify(body));
		expect(body.meta.total).toBe(2);
		expect((await answer()).etag).toBe(first.etag);
		expect((await answer({ 'if-none-match': first.etag })).response.status).toBe(304);

		const shown = body.data[0]!;
		const rename = (title: string) =>
			db().updateTable('cases').set({ title }).where('id', '=', shown.id).execute();
		await rename(`${shown.title} (renamed)`);
		try {
			const renamed = await answer({ 'if-none-match': first.etag });
			expect(renamed.response.status).toBe(200);
			expect(renamed.etag).not.toBe(first.etag);
			expect(JSON.parse(renamed.text).data[0].title).toBe(`${shown.title} (renamed)`);
		} finally {
			await rename(shown.title);
		}
		expect((await answer()).etag).toBe(first.etag);
	});

	it('filters cases by type, theme, verification and date window', async () => {
		const ids = async (search: string) =>
			(await listApiCases(db(), apiQuery('cases', search))).items.map((c) => c.id);
		expect(await ids('type=imprisonment')).toEqual([fixture.caseIds.imprisonment]);
		expect(await ids('type=detention')).toEqual([]);
		expect(await ids('theme=xt-assembly')).toEqual([fixture.caseIds.dispersal]);
		expect(await ids('theme=xt-draft')).toEqual([]);
		expect(await ids('verification=corroborated')).toEqual([fixture.caseIds.imprisonment]);
		// The imprisonment ran 2016-2021; the dispersal is ongoing and known only to precede 2021-11.
		expect(await ids('from=2022')).toEqual([fixture.caseIds.dispersal]);
		expect((await ids('from=2017&to=2018')).sort()).toEqual(
			[fixture.caseIds.dispersal, fixture.caseIds.imprisonment].sort()
		);
		expect(await ids('to=2015')).toEqual([fixture.caseIds.dispersal]);
		expect(await ids('country=XU')).toEqual([]);
	});

	it('orders by date either way or by title, and pages without overlap', async () => {
		const ids = async (search: string) =>
			(await listApiCases(db(), apiQuery('cases', search))).items.map((c) => c.id);
		expect(await ids('sort=date')).toEqual([
			fixture.caseIds.imprisonment,
			fixture.caseIds.dispersal
		]);
		expect(await ids('sort=-date')).toEqual([
			fixture.caseIds.dispersal,
			fixture.caseIds.imprisonment
		]);
		expect(await ids('sort=title')).toEqual([
			fixture.caseIds.imprisonment,
			fixture.caseIds.dispersal
		]);
		const first = await listApiCases(db(), apiQuery('cases', 'sort=title&limit=1'));
		const second = await listApiCases(db(), apiQuery('cases', 'sort=title&limit=1&offset=1'));
		expect(first.total).toBe(2);
		expect(second.total).toBe(2);
		expect([...first.items, ...second.items].map((c) => c.id)).toEqual(await ids('sort=title'));
		// A page past the last match still says how many there are; no match at all counts 0.
		const past = await listApiCases(db(), apiQuery('cases', 'limit=1&offset=2'));
		expect(past.items).toEqual([]);
		expect(past.total).toBe(2);
		const none = await listApiCases(db(), apiQuery('cases', 'limit=5&type=party_ban'));
		expect([none.items, none.total]).toEqual([[], 0]);
		const pledges = await listApiPledges(db(), apiQuery('pledges', 'limit=1&offset=5'));
		expect([pledges.items, pledges.total]).toEqual([[], 1]);
	});

	it("flags a missed deadline by the server's clock, which tests can pin", async () => {
		// The fixture pledge's deadline is 30 June 2022, and it is rated broken.
		try {
			setClock(() => new Date('2022-06-30T12:00:00.000Z'));
			const before = await listApiPledges(db(), apiQuery('pledges', 'rating=broken'));
			expect(before.items[0]?.deadlineMissed).toBe(false);
			setClock(() => new Date('2022-07-01T00:00:00.000Z'));
			const after = await listApiPledges(db(), apiQuery('pledges', 'rating=broken'));
			expect(after.items[0]?.deadlineMissed).toBe(true);
		} finally {
			setClock(null);
		}
	});

	it('rates pledges by their latest published assessment and filters on it', async () => {
		const { items } = await listApiPledges(db(), apiQuery('pledges', 'rating=broken'));
		expect(items.map((p) => p.id)).toEqual([fixture.pledgeId]);
		const pledge = items[0];
		expect(pledge?.current).toMatchObject({
			rating: 'broken',
			assessedOn: '2021-12-01',
			rationale: 'Protests are still dispersed (fictional).'
		});
		expect(pledge?.current.citations).toHaveLength(1);
		expect(pledge?.madeBy).toBeNull();
		expect(pledge?.engagement?.title).toBe('Test visit (fictional)');
		expect(pledge?.themes.map((t) => t.slug)).toEqual(['xt-assembly']);
		expect(pledge?.contradictedBy.map((c) => c.id)).toEqual([fixture.caseIds.dispersal]);
		expect(pledge?.deadlineMissed).toBe(true);
		expect(JSON.stringify(items)).not.toContain(MARKER);
		// The draft assessment says "kept": it must not count.
		expect((await listApiPledges(db(), apiQuery('pledges', 'rating=kept'))).total).toBe(0);
		expect(
			(await listApiPledges(db(), apiQuery('pledges', 'theme=xt-assembly&from=2021'))).total
		).toBe(1);
		expect((await listApiPledges(db(), apiQuery('pledges', 'to=2020'))).total).toBe(0);
	});

	it('lists engagements without unpublished actors, with the asks raised there', async () => {
		const { items } = await listApiEngagements(db(), apiQuery('engagements', 'type=visit'));
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			title: 'Test visit (fictional)',
			euActorRecords: [],
			counterpartRecords: [{ name: 'Testland police (fictional)' }],
			asksMadeFor: [
				{ title: 'Stop dispersing protests (fictional)', note: 'Written for the visit.' }
			],
			asksRaised: [{ title: 'Stop dispersing protests (fictional)', note: 'Raised in the talks.' }]
		});
		expect((await listApiEngagements(db(), apiQuery('engagements', 'type=statement'))).total).toBe(
			0
		);
		expect(JSON.stringify(items)).not.toContain(MARKER);
	});

	it('writes CSV with one row per record, dates at their precision and formulas defused', async () => {
		const { items } = await listApiCases(db(), apiQuery('cases', 'sort=date'));
		const csv = toApiCsv('cases', [
			...items,
			{ ...(items[0] as ApiCase), id: 'x', title: '=HYPERLINK("http://x")' }
		]);
		const rows: Record<string, string>[] = parse(csv, { columns: true });
		expect(rows).toHaveLength(3);
		expect(rows[0]).toMatchObject({
			id: fixture.caseIds.imprisonment,
			country: 'XT',
			start: 'February 2016',
			start_precision: 'month',
			start_earliest: '2016-02-01',
			end_latest: '2021-02-28',
			ongoing: 'no',
			affected: 'Activist A'
		});
		expect(rows[1]).toMatchObject({
			start: 'by November 2021',
			ongoing: 'yes',
			end: '',
			// Only the published source counts: the draft one cited beside it is not shown.
			ongoing_as_of: 'November 2021',
			ongoing_as_of_text: '2021-11'
		});
		expect(rows[0]).toMatchObject({ ongoing_as_of: '' });
		expect(rows[2]?.title).toBe(`'=HYPERLINK("http://x")`);
		expect(csv).not.toContain(MARKER);
	});

	it('feeds published cases and rating changes with the rating they replaced', async () => {
		const feed = await loadCountryFeed(db(), 'xt');
		expect(feed?.country.code).toBe('XT');
		const titles = feed?.items.map((i) => i.title) ?? [];
		expect(titles).toEqual(
			expect.arrayContaining([
				'Protest dispersed (fictional)',
				'Activist imprisoned (fictional)',
				'Reform the assembly law (fictional): In the works → Broken',
				'Reform the assembly law (fictional): In the works'
			])
		);
		expect(titles).toHaveLength(4);
		expect(JSON.stringify(feed)).not.toContain(MARKER);
		expect(await loadCountryFeed(db(), 'XU')).toBeNull();
		expect(await loadCountryFeed(db(), 'XV')).toBeNull();
	});
});
