import { beforeAll, expect, it } from 'vitest';
import { getPublicCountryPage } from '../../src/lib/server/public/country-page.js';
import { listPublicCountries } from '../../src/lib/server/public/public-countries.js';
import type { PublicCountryPage } from '../../src/lib/domain/public-records.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { MARKER, seedFictionalCountry, type Fixture } from './fixture.js';

describeEachDatabase('public read model', ({ db }) => {
	let fixture: Fixture;
	let page: PublicCountryPage;

	beforeAll(async () => {
		fixture = await seedFictionalCountry(db());
		const loaded = await getPublicCountryPage(db(), 'xt', { today: '2024-01-01' });
		if (!loaded) throw new Error('the fictional country XT did not load');
		page = loaded;
	});

	it('finds the country by code case-insensitively and labels it fictional', async () => {
		expect(page.country).toMatchObject({ code: 'XT', name: 'Testland', isFictional: true });
		expect((await getPublicCountryPage(db(), ' Xt '))?.country.code).toBe('XT');
	});

	it('returns null for an unknown, unpublished or deleted country', async () => {
		expect(await getPublicCountryPage(db(), 'ZZ')).toBeNull();
		expect(await getPublicCountryPage(db(), 'XU')).toBeNull();
		expect(await getPublicCountryPage(db(), 'XV')).toBeNull();
	});

	it('holds only published, non-deleted records', () => {
		expect(page.pledges.map((p) => p.id)).toEqual([fixture.pledgeId]);
		expect(page.cases.map((c) => c.id).sort()).toEqual(
			[fixture.caseIds.dispersal, fixture.caseIds.imprisonment].sort()
		);
		expect(page.laws.map((l) => l.title)).toEqual(['Assembly act (fictional)']);
		expect(page.engagements.map((e) => e.title)).toEqual(['Test visit (fictional)']);
		expect(page.asks.map((a) => a.title)).toEqual(['Stop dispersing protests (fictional)']);
		expect(page.sources.map((s) => s.id)).toEqual([fixture.sourceId]);
		const pledge = page.pledges[0];
		expect(pledge?.madeBy).toBeNull();
		expect(pledge?.themes.map((t) => t.name)).toEqual(['Assembly (test)']);
		expect(page.engagements[0]?.euActorRecords).toEqual([]);
	});

	it('never lets internal notes, unpublished records or authors into the output', async () => {
		expect(JSON.stringify(page)).not.toContain(MARKER);
		expect(JSON.stringify(await listPublicCountries(db()))).not.toContain(MARKER);
	});

	it('shows an at-risk person only by their pseudonym', () => {
		const imprisonment = page.cases.find((c) => c.id === fixture.caseIds.imprisonment);
		// No id either: a translation of the name (the real name in another language) is found
		// by it, and it would tie together the records that name the same hidden person. Nor
		// does the note on their part have a key: a translation of it could name them.
		expect(imprisonment?.affected).toEqual([
			{
				id: null,
				name: 'Activist A',
				kind: 'person',
				pseudonymised: true,
				aliases: [],
				description: '',
				note: '',
				noteId: null
			}
		]);
		const dispersal = page.cases.find((c) => c.id === fixture.caseIds.dispersal);
		expect(dispersal?.responsible[0]).toMatchObject({
			name: 'Testland police (fictional)',
			id: expect.any(String),
			pseudonymised: false,
			aliases: ['TP'],
			note: 'dispersed it'
		});
	});

	it('rates a pledge by its latest published assessment and keeps the history', () => {
		const pledge = page.pledges[0];
		expect(pledge?.rating).toBe('broken');
		expect(pledge?.current?.rationale).toBe('Protests are still dispersed (fictional).');
		expect(pledge?.earlierAssessments.map((a) => a.rating)).toEqual(['in_the_works']);
		expect(pledge?.deadlineMissed).toBe(true);
		expect(pledge?.engagement?.title).toBe('Test visit (fictional)');
		expect(pledge?.laws.map((l) => l.title)).toEqual(['Assembly act (fictional)']);
	});

	it('lists the published contradicting cases under their pledge with the note', () => {
		expect(page.pledges[0]?.contradictedBy).toEqual([
			{
				caseId: fixture.caseIds.dispersal,
				caseTitle: 'Protest dispersed (fictional)',
				caseType: 'assembly_dispersal',
				start: {
					text: '2021-11',
					precision: 'before',
					earliest: null,
					latest: '2021-11-30',
					note: 'known only to precede the source'
				},
				end: null,
				ongoing: true,
				note: 'Protests are still dispersed after the pledge.',
				noteId: expect.any(String)
			}
		]);
		const dispersal = page.cases.find((c) => c.id === fixture.caseIds.dispersal);
		expect(dispersal?.contradicts).toEqual([
			{
				id: fixture.pledgeId,
				title: 'Reform the assembly law (fictional)',
				note: 'Protests are still dispersed after the pledge.',
				noteId: expect.any(String)
			}
		]);
		expect(dispersal?.laws).toEqual([
			expect.objectContaining({ title: 'Assembly act (fictional)', note: 'fines under it' })
		]);
	});

	it('cites only published sources, with locators', () => {
		const dispersal = page.cases.find((c) => c.id === fixture.caseIds.dispersal);
		expect(dispersal?.citations).toEqual([
			{
				sourceId: fixture.sourceId,
				title: 'Testland report (fictional)',
				authors: 'A. Author',
				publisher: 'Test Publisher',
				published: expect.objectContaining({ text: '2021-11', precision: 'month' }),
				locator: 'p. 2'
			}
		]);
		expect(page.sources[0]).toMatchObject({
			url: null,
			archiveUrl: 'https://archive.example.org/testland-report'
		});
		expect(page.country.citations).toHaveLength(1);
		expect(page.pledges[0]?.current?.citations).toHaveLength(1);
		// An ask made for an engagement and one raised at it are told apart.
		expect(page.engagements[0]?.asksMadeFor.map((a) => a.note)).toEqual(['Written for the visit.']);
		expect(page.engagements[0]?.asksRaised.map((a) => a.note)).toEqual(['Raised in the talks.']);
		expect(page.asks[0]?.madeFor.map((e) => e.title)).toEqual(['Test visit (fictional)']);
		expect(page.asks[0]?.raisedAt.map((e) => e.title)).toEqual(['Test visit (fictional)']);
	});

	it('lists published countries with ratings at a glance and recent published cases', async () => {
		const countries = await listPublicCountries(db());
		expect(countries.map((c) => c.code)).toEqual(['XT']);
		const xt = countries[0];
		expect(xt).toMatchObject({
			isFictional: true,
			pledgeCount: 1,
			caseCount: 2,
			ratings: [{ rating: 'broken', count: 1 }]
		});
		// A dated case ranks before one known only to precede its source.
		expect(xt?.recentCases.map((c) => c.title)).toEqual([
			'Activist imprisoned (fictional)',
			'Protest dispersed (fictional)'
		]);
	});
});
