import { beforeAll, expect, it } from 'vitest';
import { FICTIONAL_COUNTRY, generateFictional } from '../../src/lib/server/generate/fictional.js';
import { getPublicCountryPage } from '../../src/lib/server/public/country-page.js';
import {
	getPublicCase,
	getPublicLaw,
	getPublicPledge
} from '../../src/lib/server/public/details.js';
import { listPublicCases } from '../../src/lib/server/public/lists.js';
import { listPoliticalPrisoners } from '../../src/lib/server/public/prisoners.js';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { DEMO_CASES, DEMO_ENGAGEMENTS } from '../../src/lib/server/seed/demo-kazakhstan.js';
import type { PublicCountryPage } from '../../src/lib/domain/public-records.js';
import { describeEachDatabase } from '../helpers/databases.js';

/*
 * The country page's figures and political prisoners, on the demo record (whose numbers the
 * source fixes) and on generated fictional data (to check the page stays bounded).
 */

const TODAY = '2026-01-01';

describeEachDatabase('country page figures and prisoners', ({ db }) => {
	let kz: PublicCountryPage;

	beforeAll(async () => {
		await loadDemo(db());
		await generateFictional(db(), { cases: 300, seed: 7 });
		const page = await getPublicCountryPage(db(), 'kz', { today: TODAY });
		if (!page) throw new Error('the demo country is not published');
		kz = page;
	});

	it('counts pledges by current rating, every rating listed, and how many are contradicted', () => {
		const counts = Object.fromEntries(kz.figures.ratings.map((r) => [r.rating, r.count]));
		expect(counts).toEqual({
			broken: 1,
			stalled: 2,
			compromise: 0,
			in_the_works: 0,
			kept: 0,
			not_yet_rated: 0
		});
		expect(kz.figures.pledges).toBe(3);
		// Each pledge with a published contradicting case, counted once.
		const contradicted = kz.pledges.filter((p) => p.contradictedTotal > 0).length;
		expect(kz.figures.contradicted).toBe(contradicted);
		expect(kz.figures.contradicted).toBeGreaterThan(0);
	});

	it('counts cases and engagements, and engagements by whether human rights were raised', () => {
		expect(kz.figures.cases).toBe(DEMO_CASES.length);
		expect(kz.cases).toHaveLength(Math.min(5, DEMO_CASES.length));
		const { yes, no, unknown } = kz.figures.raised;
		expect(yes + no + unknown).toBe(DEMO_ENGAGEMENTS.length);
		expect(yes).toBe(DEMO_ENGAGEMENTS.filter((e) => e.humanRightsRaised === 'yes').length);
	});

	it('derives Max Bokaev as a former political prisoner with his release and post-release restrictions', () => {
		expect(kz.prisoners).toMatchObject({ total: 1, current: 0, former: 1 });
		const [bokaev] = kz.prisoners.items;
		expect(bokaev?.caseId).toBe('kz-case-bokaev-imprisonment');
		expect(bokaev?.people.map((p) => p.name)).toEqual(['Max Bokaev']);
		expect(bokaev?.current).toBe(false);
		expect(bokaev?.release?.text).toBe('2021-02');
		expect(bokaev?.restrictions.map((r) => r.id)).toEqual(['kz-case-bokaev-restrictions']);
		expect(bokaev?.restrictions[0]?.ongoing).toBe(true);
		// Ongoing as far as the demo's one source (November 2021) tells, not to today.
		expect(bokaev?.restrictions[0]?.ongoingAsOf?.text).toBe('2021-11');
		expect(bokaev?.ongoingAsOf).toBeNull();
	});

	it('counts someone as held now while the sentence runs', async () => {
		const found = await db()
			.selectFrom('countries')
			.select('id')
			.where('code', '=', 'KZ')
			.executeTakeFirstOrThrow();
		const during = await listPoliticalPrisoners(db(), found.id, { today: '2019-06-01', limit: 5 });
		expect(during).toMatchObject({ total: 1, current: 1, former: 0 });
		expect(during.items[0]?.release).toBeNull();
		// Still held, so no restriction "after release" is matched by person and date.
		expect(during.items[0]?.restrictions.map((r) => r.id)).toEqual(['kz-case-bokaev-restrictions']);
	});

	it('keeps the fictional country page bounded however many records it holds', async () => {
		const xt = await getPublicCountryPage(db(), 'xt', { today: TODAY });
		if (!xt) throw new Error('the fictional country is not published');
		const published = await db()
			.selectFrom('cases')
			.innerJoin('countries', 'countries.id', 'cases.country_id')
			.where('countries.code', '=', 'XT')
			.where('cases.status', '=', 'published')
			.where('cases.deleted_at', 'is', null)
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		expect(xt.figures.cases).toBe(Number(published.n));
		expect(xt.cases.length).toBeLessThanOrEqual(5);
		expect(xt.pledges.length).toBeLessThanOrEqual(6);
		expect(xt.engagements.length).toBeLessThanOrEqual(5);
		expect(xt.prisoners.items.length).toBeLessThanOrEqual(6);
		// The bounds below hold for something: the page shows pledges and a full first page of cases.
		expect(xt.pledges.length).toBeGreaterThan(0);
		expect(xt.pledges.some((p) => p.contradictedTotal > 0)).toBe(true);
		expect(xt.cases).toHaveLength(5);
		for (const p of xt.pledges) expect(p.contradictedBy.length).toBeLessThanOrEqual(4);
		expect(xt.figures.ratings.reduce((s, r) => s + r.count, 0)).toBe(xt.figures.pledges);
		// The most recent first.
		const starts = xt.cases.map((c) => c.start?.latest ?? '');
		expect([...starts].sort().reverse()).toEqual(starts);
		// Timeline lanes that do not fit arrive as counts, not raw events.
		expect(xt.timeline.events.length).toBeLessThan(Number(published.n));
	});

	it('pages through every published case, filtered by type', async () => {
		const first = await listPublicCases(db(), 'xt', 1);
		if (!first) throw new Error('the fictional country has no public case list');
		// More than one page, so the loop below really pages.
		expect(first.pageCount).toBeGreaterThan(1);
		const all = [];
		for (let page = 1; page <= first.pageCount; page++) {
			all.push(...((await listPublicCases(db(), 'xt', page))?.items ?? []));
		}
		expect(all).toHaveLength(first.total);
		expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
		const custody = await listPublicCases(db(), 'xt', 1, { types: ['imprisonment', 'detention'] });
		const types = new Set(custody?.items.map((c) => c.type));
		expect(custody?.items.length).toBeGreaterThan(0);
		expect(custody?.total).toBeLessThan(first.total);
		expect([...types].every((t) => t === 'imprisonment' || t === 'detention')).toBe(true);
	});

	it('gives detail records with links both ways, and null for unknown or unpublished ids', async () => {
		const imprisonment = await getPublicCase(db(), 'kz', 'kz-case-bokaev-imprisonment');
		expect(imprisonment?.record.related.map((r) => r.id)).toContain('kz-case-bokaev-restrictions');
		const restriction = await getPublicCase(db(), 'kz', 'kz-case-bokaev-restrictions');
		expect(restriction?.record.related.map((r) => r.id)).toContain('kz-case-bokaev-imprisonment');

		const pledge = kz.pledges.find((p) => p.contradictedTotal > 0);
		if (!pledge) throw new Error('the demo has no contradicted pledge');
		const detail = await getPublicPledge(db(), 'kz', pledge.id);
		expect(detail?.record.contradictedBy.length).toBe(pledge.contradictedTotal);
		const contradicting = detail?.record.contradictedBy[0]?.caseId;
		expect(contradicting).toBeTruthy();
		const back = await getPublicCase(db(), 'kz', contradicting!);
		expect(back?.record.contradicts.map((p) => p.id)).toContain(pledge.id);

		const law = kz.laws[0];
		expect(law).toBeDefined();
		expect((await getPublicLaw(db(), 'kz', law!.id))?.record.title).toBe(law!.title);

		expect(await getPublicCase(db(), 'kz', 'no-such-case')).toBeNull();
		// A KZ case is not a record of the fictional country.
		expect(await getPublicCase(db(), 'xt', 'kz-case-bokaev-imprisonment')).toBeNull();
		// A draft of the fictional country is not public, while its published cases are.
		const xtCase = (status: 'published' | 'draft') =>
			db()
				.selectFrom('cases')
				.select('id')
				.where('country_id', '=', FICTIONAL_COUNTRY.id)
				.where('status', '=', status)
				.executeTakeFirstOrThrow();
		expect(await getPublicCase(db(), 'xt', (await xtCase('published')).id)).not.toBeNull();
		expect(await getPublicCase(db(), 'xt', (await xtCase('draft')).id)).toBeNull();
	});
});
