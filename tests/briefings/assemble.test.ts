import { beforeAll, describe, expect, it } from 'vitest';
import { parseDateInput, toColumns } from '../../src/lib/dates.js';
import type { BriefingContent } from '../../src/lib/domain/briefing.js';
import {
	assembleBriefing,
	PackInputError,
	type AssembleInput
} from '../../src/lib/server/briefings/assemble.js';
import { titleBlock } from '../../src/lib/briefing/sections.js';
import { getPublicCountryPage } from '../../src/lib/server/public/country-page.js';
import { addAssessment } from '../../src/lib/server/repositories/assessments.js';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { TODAY, VISIT_PACK } from './fixture.js';

/*
 * A pack assembled from the demo record (whose figures the source fixes) agrees with the
 * country page, numbers its endnotes in order of first citation, and says what changed since
 * the previous engagement.
 */

function allRefs(c: BriefingContent): number[] {
	return [
		...c.pledges.flatMap((p) => [...p.refs, ...p.contradictedBy.flatMap((x) => x.refs)]),
		...c.people.flatMap((p) => p.refs),
		...c.laws.flatMap((l) => l.refs),
		...c.eu.flatMap((e) => e.refs),
		...c.asks.flatMap((a) => a.refs)
	];
}

describeEachDatabase('briefing pack assembly', ({ db }) => {
	let pack: BriefingContent;

	beforeAll(async () => {
		await loadDemo(db());
		// A rating change between the previous engagement (February 2021) and the visit.
		const a = await addAssessment(
			db(),
			'kz-pledge-womens-rights',
			{
				rating: 'in_the_works',
				assessed_on: '2021-03-01',
				rationale: 'Earlier rating, for the test.'
			},
			null
		);
		await db()
			.updateTable('pledge_assessments')
			.set({ status: 'published', published_at: '2021-03-01T00:00:00.000Z' })
			.where('id', '=', a.id)
			.execute();
		pack = await assembleBriefing(db(), VISIT_PACK);
	});

	it("gives the country page's At a glance figures, each with how it is computed", async () => {
		const page = await getPublicCountryPage(db(), 'kz', { today: TODAY });
		if (!page) throw new Error('the demo country is not published');
		const value = (key: string) => pack.summary.figures.find((f) => f.key === key)?.value;
		expect(value('pledges')).toBe(page.figures.pledges);
		expect(value('contradicted')).toBe(page.figures.contradicted);
		expect(value('cases')).toBe(page.figures.cases);
		expect(value('engagements')).toBe(page.figures.engagements);
		expect(value('prisonersHeld')).toBe(page.prisoners.current);
		expect(value('prisonersReleased')).toBe(page.prisoners.former);
		for (const r of page.figures.ratings.filter((x) => x.count > 0))
			expect(value(`rating:${r.rating}`)).toBe(r.count);
		for (const f of pack.summary.figures) expect(f.computed.length).toBeGreaterThan(20);
	});

	it("gives the occasion's whole span, 25–26 November 2021, in the summary and title block", () => {
		expect(pack.summary.text).toContain('(25–26 November 2021)');
		expect(titleBlock(pack, null).find((r) => r.label === 'Occasion')?.value).toMatch(
			/, 25–26 November 2021$/
		);
	});

	it('holds every section, the timeline as SVG, and open asks as asks and talking points', () => {
		expect(pack.pledges.map((p) => p.id)).toContain('kz-pledge-reform');
		expect(
			pack.pledges.find((p) => p.id === 'kz-pledge-reform')?.contradictedBy.length
		).toBeGreaterThan(0);
		expect(pack.people.map((p) => p.name)).toContain('Max Bokaev');
		expect(pack.laws.find((l) => l.id === 'kz-law-extremism')?.cases.length).toBeGreaterThan(0);
		expect(pack.eu.map((e) => e.id)).toContain('kz-eng-epca');
		expect(pack.figure?.svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
		expect(pack.asks.length).toBeGreaterThan(0);
		expect(pack.talkingPoints).toHaveLength(pack.asks.length);
		expect(pack.limits).toEqual([]);
	});

	it('numbers endnotes 1, 2, 3... in order of first citation, each cited, with locators', () => {
		expect(pack.endnotes.map((n) => n.number)).toEqual(pack.endnotes.map((_, i) => i + 1));
		const refs = allRefs(pack);
		const firstSeen = [...new Set(refs)];
		expect(firstSeen).toEqual(pack.endnotes.map((n) => n.number));
		expect(pack.endnotes[0]?.title).toMatch(/\w/);
	});

	it('says what changed since the previous engagement with the country', () => {
		const since = pack.sinceLast;
		expect(since?.previous?.id).toBe('kz-eng-ep-concern-2021');
		expect(since?.newCases.map((c) => c.id).sort()).toEqual([
			'kz-case-hola-news-blocking',
			'kz-case-instagram-investigation'
		]);
		expect(since?.ratingChanges).toEqual([
			{
				pledgeId: 'kz-pledge-womens-rights',
				pledgeTitle: "Protecting women's rights",
				from: null,
				to: 'in_the_works',
				on: '2021-03-01'
			}
			// The demo's own Stalled assessment (4 December 2021) comes after the visit.
		]);
	});

	describe('bad input', () => {
		const refusal = async (input: AssembleInput) => {
			const error = await assembleBriefing(db(), input).catch((e: unknown) => e);
			expect(error).toBeInstanceOf(PackInputError);
			return error as PackInputError;
		};
		it('refuses an empty window, saying how to fix it', async () => {
			const e = await refusal({ ...VISIT_PACK, window: { from: '2021-12-01', to: '2021-01-01' } });
			expect(e.field).toBe('to');
			expect(e.message).toMatch(/empty/);
		});
		it('refuses a country with no published record', async () => {
			const e = await refusal({ ...VISIT_PACK, country: 'zz' });
			expect(e.message).toMatch(/no published record/);
		});
		it('takes an occasion ahead (packs are written before meetings) and says so', async () => {
			const content = await assembleBriefing(db(), {
				...VISIT_PACK,
				occasion: { title: 'Next visit', date: '2026-06-01' }
			});
			expect(content.limits.join(' ')).toContain(
				'The occasion (1 June 2026) lies ahead: this pack reads the record as it stands on 1 January 2026.'
			);
		});
		it('refuses an occasion more than a year ahead, as a likely mistyped year', async () => {
			const e = await refusal({
				...VISIT_PACK,
				occasion: { title: 'Next visit', date: '2062-06-01' }
			});
			expect(e.field).toBe('occasionDate');
			expect(e.message).toMatch(/more than a year in the future; check the year/);
		});
		it('refuses a country with nothing published, then a window with nothing in it', async () => {
			// A fictional country (XE), published with no record yet.
			const at = '2024-01-01T00:00:00.000Z';
			const published = {
				status: 'published' as const,
				created_at: at,
				updated_at: at,
				published_at: at
			};
			await db()
				.insertInto('countries')
				.values({
					id: 'xe',
					code: 'XE',
					name: 'Emptyland (fictional)',
					is_fictional: 1,
					...published
				})
				.execute();
			const input = {
				...VISIT_PACK,
				country: 'XE',
				occasion: { title: 'Meeting', date: '2021-06-01' }
			};
			const none = await refusal(input);
			expect(none.field).toBe('country');
			expect(none.message).toBe(
				'Emptyland (fictional) has no published pledge or case yet, so a pack would be empty; publish its records first, or pick another country.'
			);
			await db()
				.insertInto('cases')
				.values({
					id: 'xe-case',
					country_id: 'xe',
					title: 'Fictional case',
					case_type: 'other',
					...toColumns('start', parseDateInput('2020')),
					...published
				})
				.execute();
			const empty = await refusal({ ...input, window: { from: '1990-01-01', to: '1990-12-31' } });
			expect(empty.field).toBe('from');
			expect(empty.message).toBe(
				'No published pledge or case of Emptyland (fictional) falls in this window; widen the window or choose fewer themes.'
			);
			const content = await assembleBriefing(db(), input);
			expect(content.summary.figures.find((f) => f.key === 'casesInWindow')?.value).toBe(1);
		});
	});
});
