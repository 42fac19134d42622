import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DB } from '../../src/lib/server/db/connect.js';
import { exportArchiveFile, importArchiveFile } from '../../src/lib/server/archive/full.js';
import { migrations } from '../../migrations/index.js';
import { FICTIONAL_COUNTRY, generateFictional } from '../../src/lib/server/generate/fictional.js';
import { getPublicCountryPage } from '../../src/lib/server/public/country-page.js';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { RATING_ORDER } from '../../src/lib/labels.js';
import type { CaseType, LinkKind } from '../../src/lib/domain/vocabulary.js';
import {
	createTestDatabase,
	describeEachDatabase,
	type TestDatabase
} from '../helpers/databases.js';
import { scratchFolder } from '../helpers/scratch.js';

/*
 * The country page's figures against a plain count of the tables, before and after the changes
 * that move them: unpublishing, trashing and restoring a pledge, a case, a link or an
 * assessment, and a case moved to another country. However the page counts (one query, an
 * index, a kept total), it must say what the published record says. The tables migration 0019
 * keeps for them (country_case_counts, public_pledges) are checked whole after every change,
 * for every country, against the same rule applied by hand.
 */

const TODAY = '2026-01-01';
const XT = FICTIONAL_COUNTRY.id;

interface Figures {
	pledges: number;
	ratings: Record<string, number>;
	contradicted: number;
	cases: number;
	engagements: number;
	raised: { yes: number; no: number; unknown: number };
	prisoners: { total: number; current: number; former: number };
}

const published = (r: { status: string; deleted_at: string | null }) =>
	r.status === 'published' && r.deleted_at === null;

const byKey =
	<T>(key: (row: T) => string) =>
	(a: T, b: T) =>
		key(a) < key(b) ? -1 : 1;

/** Published assessments, the latest first (the first of a pledge's is its current rating). */
async function newestAssessmentsFirst(db: DB) {
	return (await db.selectFrom('pledge_assessments').selectAll().execute())
		.filter(published)
		.sort(
			(a, b) =>
				b.assessed_on.localeCompare(a.assessed_on) ||
				String(b.created_at).localeCompare(String(a.created_at)) ||
				b.id.localeCompare(a.id)
		);
}

/** What migration 0019's tables should hold, worked out by hand from every row. */
async function derivedByHand(db: DB) {
	const cases = (await db.selectFrom('cases').selectAll().execute()).filter(published);
	const counts = new Map<string, { country_id: string; case_type: string; n: number }>();
	for (const c of cases) {
		const key = `${c.country_id} ${c.case_type}`;
		const row = counts.get(key) ?? { country_id: c.country_id, case_type: c.case_type, n: 0 };
		row.n += 1;
		counts.set(key, row);
	}
	const caseCountry = new Map(cases.map((c) => [c.id, c.country_id]));
	const links = (await db.selectFrom('links').selectAll().execute()).filter(
		(l) =>
			l.kind === 'contradicted_by' &&
			l.from_type === 'pledge' &&
			l.to_type === 'case' &&
			l.published_at !== null
	);
	const assessments = await newestAssessmentsFirst(db);
	const pledges = (await db.selectFrom('pledges').selectAll().execute())
		.filter(published)
		.map((p) => ({
			pledge_id: p.id,
			country_id: p.country_id,
			rating: assessments.find((a) => a.pledge_id === p.id)?.rating ?? 'not_yet_rated',
			contradicted: links.some(
				(l) => l.from_id === p.id && caseCountry.get(l.to_id) === p.country_id
			)
				? 1
				: 0
		}));
	return {
		counts: [...counts.values()].sort(byKey((r) => `${r.country_id} ${r.case_type}`)),
		pledges: pledges.sort(byKey((r) => r.pledge_id))
	};
}

async function derivedStored(db: DB) {
	const counts = await db
		.selectFrom('country_case_counts')
		.select(['country_id', 'case_type', 'n'])
		.execute();
	const pledges = await db
		.selectFrom('public_pledges')
		.select(['pledge_id', 'country_id', 'rating', 'contradicted'])
		.execute();
	return {
		counts: counts
			.map((r) => ({ ...r, n: Number(r.n) }))
			.sort(byKey((r) => `${r.country_id} ${r.case_type}`)),
		pledges: pledges
			.map((r) => ({ ...r, contradicted: Number(r.contradicted) }))
			.sort(byKey((r) => r.pledge_id))
	};
}

/** Migration 0019's tables hold what the records say, and something for Testland. */
async function expectKept(db: DB) {
	const stored = await derivedStored(db);
	expect(stored).toEqual(await derivedByHand(db));
	expect(stored.counts.filter((r) => r.country_id === XT).length).toBeGreaterThan(1);
	expect(stored.pledges.filter((r) => r.contradicted === 1).length).toBeGreaterThan(0);
}

/** The figures counted the slow, obvious way: every row read, filtered in JavaScript. */
async function countByHand(db: DB): Promise<Figures> {
	const pledges = (await db.selectFrom('pledges').selectAll().execute()).filter(
		(p) => p.country_id === XT && published(p)
	);
	const cases = (await db.selectFrom('cases').selectAll().execute()).filter(
		(c) => c.country_id === XT && published(c)
	);
	const caseIds = new Set(cases.map((c) => c.id));
	const links = await db.selectFrom('links').selectAll().execute();
	const assessments = await newestAssessmentsFirst(db);
	const engagements = (await db.selectFrom('engagements').selectAll().execute()).filter(
		(e) => e.country_id === XT && published(e)
	);
	const ratings = Object.fromEntries(RATING_ORDER.map((r) => [r, 0]));
	for (const p of pledges) {
		const rating = assessments.find((a) => a.pledge_id === p.id)?.rating ?? 'not_yet_rated';
		ratings[rating] = (ratings[rating] ?? 0) + 1;
	}
	const contradicted = pledges.filter((p) =>
		links.some(
			(l) =>
				l.kind === 'contradicted_by' &&
				l.from_type === 'pledge' &&
				l.from_id === p.id &&
				l.to_type === 'case' &&
				caseIds.has(l.to_id) &&
				l.published_at !== null
		)
	).length;
	const raised = { yes: 0, no: 0, unknown: 0 };
	for (const e of engagements) raised[e.human_rights_raised] += 1;
	const custody = cases.filter(
		(c) => c.case_type === 'imprisonment' || c.case_type === 'detention'
	);
	const current = custody.filter(
		(c) => Number(c.ongoing) === 1 || (c.end_latest ?? '') >= TODAY
	).length;
	return {
		pledges: pledges.length,
		ratings,
		contradicted,
		cases: cases.length,
		engagements: engagements.length,
		raised,
		prisoners: { total: custody.length, current, former: custody.length - current }
	};
}

async function pageFigures(db: DB): Promise<Figures> {
	const page = await getPublicCountryPage(db, 'xt', { today: TODAY });
	if (!page) throw new Error('Testland is not published');
	const { figures, prisoners } = page;
	return {
		pledges: figures.pledges,
		ratings: Object.fromEntries(figures.ratings.map((r) => [r.rating, r.count])),
		contradicted: figures.contradicted,
		cases: figures.cases,
		engagements: figures.engagements,
		raised: figures.raised,
		prisoners: { total: prisoners.total, current: prisoners.current, former: prisoners.former }
	};
}

describeEachDatabase('country page figures follow the published record', ({ db }) => {
	let before: Figures;

	beforeAll(async () => {
		await loadDemo(db());
		await generateFictional(db(), { cases: 300, seed: 11 });
		before = await countByHand(db());
	});

	/** Applies `change`, checks the page against the hand count, and returns both counts. */
	async function after(change: () => Promise<unknown>): Promise<Figures> {
		await change();
		const expected = await countByHand(db());
		expect(await pageFigures(db())).toEqual(expected);
		await expectKept(db());
		return expected;
	}

	/** A published pledge of Testland with exactly one published contradicting case. */
	async function contradictedOnce() {
		const rows = await db()
			.selectFrom('links')
			.innerJoin('cases', 'cases.id', 'links.to_id')
			.innerJoin('pledges', 'pledges.id', 'links.from_id')
			.where('links.kind', '=', 'contradicted_by')
			.where('links.published_at', 'is not', null)
			.where('cases.status', '=', 'published')
			.where('cases.deleted_at', 'is', null)
			.where('pledges.status', '=', 'published')
			.where('pledges.deleted_at', 'is', null)
			.where('pledges.country_id', '=', XT)
			.select(['links.id as link_id', 'links.from_id as pledge_id', 'links.to_id as case_id'])
			.execute();
		const perPledge = new Map<string, number>();
		for (const r of rows) perPledge.set(r.pledge_id, (perPledge.get(r.pledge_id) ?? 0) + 1);
		const once = rows.find((r) => perPledge.get(r.pledge_id) === 1);
		if (!once) throw new Error('no pledge of Testland is contradicted by exactly one case');
		expect(rows.length).toBeGreaterThan(perPledge.size); // and some by more than one
		return once;
	}

	it('match the hand count on generated data, with something in every figure', async () => {
		expect(await pageFigures(db())).toEqual(before);
		expect(before.contradicted).toBeGreaterThan(0);
		expect(before.contradicted).toBeLessThan(before.pledges);
		expect(before.ratings.not_yet_rated).toBeLessThan(before.pledges);
		expect(before.prisoners.current).toBeGreaterThan(0);
		expect(before.prisoners.former).toBeGreaterThan(0);
		expect(before.raised.yes).toBeGreaterThan(0);
		await expectKept(db());
	});

	it('follow a contradicting case unpublished, trashed, moved to another country and restored', async () => {
		const { case_id } = await contradictedOnce();
		const setCase = (values: Record<string, unknown>) => () =>
			db().updateTable('cases').set(values).where('id', '=', case_id).execute();
		const draft = await after(setCase({ status: 'draft' }));
		expect(draft.contradicted).toBe(before.contradicted - 1);
		expect(draft.cases).toBe(before.cases - 1);
		expect(await after(setCase({ status: 'published' }))).toEqual(before);
		const trashed = await after(setCase({ deleted_at: '2025-06-01T00:00:00.000Z' }));
		expect(trashed.contradicted).toBe(before.contradicted - 1);
		expect(await after(setCase({ deleted_at: null }))).toEqual(before);
		const moved = await after(setCase({ country_id: 'kz-country' }));
		expect(moved.contradicted).toBe(before.contradicted - 1);
		expect(await after(setCase({ country_id: XT }))).toEqual(before);
	});

	it('follow a contradicting link unpublished and a contradicted pledge trashed', async () => {
		const { link_id, pledge_id } = await contradictedOnce();
		const unlinked = await after(() =>
			db().updateTable('links').set({ published_at: null }).where('id', '=', link_id).execute()
		);
		expect(unlinked.contradicted).toBe(before.contradicted - 1);
		await after(() =>
			db()
				.updateTable('links')
				.set({ published_at: '2025-01-01T00:00:00.000Z' })
				.where('id', '=', link_id)
				.execute()
		);
		const trashed = await after(() =>
			db()
				.updateTable('pledges')
				.set({ deleted_at: '2025-06-01T00:00:00.000Z' })
				.where('id', '=', pledge_id)
				.execute()
		);
		expect(trashed.contradicted).toBe(before.contradicted - 1);
		expect(trashed.pledges).toBe(before.pledges - 1);
		await after(() =>
			db().updateTable('pledges').set({ deleted_at: null }).where('id', '=', pledge_id).execute()
		);
	});

	it('rate a pledge by its latest published assessment, through drafts, ties and the trash', async () => {
		const pledge = await db()
			.selectFrom('pledges')
			.where('country_id', '=', XT)
			.where('status', '=', 'published')
			.where('deleted_at', 'is', null)
			.select('id')
			.orderBy('id')
			.executeTakeFirstOrThrow();
		const assess = (id: string, rating: string, status: string, created_at: string) =>
			db()
				.insertInto('pledge_assessments')
				.values({
					id,
					pledge_id: pledge.id,
					rating,
					assessed_on: '2030-01-01',
					rationale: '',
					status,
					created_at
				} as never)
				.execute();
		const added = ['t-assessment-draft', 't-assessment-a', 't-assessment-b'];
		try {
			const draftNewer = await after(() =>
				assess('t-assessment-draft', 'kept', 'draft', '2030-01-03T00:00:00.000Z')
			);
			expect(draftNewer.ratings).toEqual(before.ratings);
			// Two on the same day: the one written later is the latest.
			await after(() =>
				assess('t-assessment-a', 'broken', 'published', '2030-01-01T00:00:00.000Z')
			);
			const latest = await after(() =>
				assess('t-assessment-b', 'compromise', 'published', '2030-01-02T00:00:00.000Z')
			);
			expect(latest.ratings).not.toEqual(before.ratings);
			const trashed = await after(() =>
				db()
					.updateTable('pledge_assessments')
					.set({ deleted_at: '2030-02-01T00:00:00.000Z' })
					.where('id', '=', 't-assessment-b')
					.execute()
			);
			expect(trashed.ratings).not.toEqual(latest.ratings);
		} finally {
			await db().deleteFrom('pledge_assessments').where('id', 'in', added).execute();
		}
		expect(await after(async () => {})).toEqual(before);
	});

	it('follow cases and engagements unpublished and restored', async () => {
		const custody = await db()
			.selectFrom('cases')
			.where('country_id', '=', XT)
			.where('case_type', '=', 'imprisonment')
			.where('status', '=', 'published')
			.select('id')
			.orderBy('id')
			.limit(3)
			.execute();
		const ids = custody.map((c) => c.id);
		const fewer = await after(() =>
			db().updateTable('cases').set({ status: 'draft' }).where('id', 'in', ids).execute()
		);
		expect(fewer.prisoners.total).toBe(before.prisoners.total - ids.length);
		await after(() =>
			db().updateTable('cases').set({ status: 'published' }).where('id', 'in', ids).execute()
		);
		const engagement = await db()
			.selectFrom('engagements')
			.where('country_id', '=', XT)
			.where('status', '=', 'published')
			.select('id')
			.orderBy('id')
			.executeTakeFirstOrThrow();
		const hidden = await after(() =>
			db()
				.updateTable('engagements')
				.set({ deleted_at: '2025-06-01T00:00:00.000Z' })
				.where('id', '=', engagement.id)
				.execute()
		);
		expect(hidden.engagements).toBe(before.engagements - 1);
		expect(
			await after(() =>
				db()
					.updateTable('engagements')
					.set({ deleted_at: null })
					.where('id', '=', engagement.id)
					.execute()
			)
		).toEqual(before);
	});

	it('count prisoners held and former through a trashed, a released and a drafted custody case', async () => {
		const custody = (held: boolean) =>
			db()
				.selectFrom('cases')
				.where('country_id', '=', XT)
				.where('case_type', 'in', ['imprisonment', 'detention'])
				.where('status', '=', 'published')
				.where('deleted_at', 'is', null)
				.where('ongoing', '=', held ? 1 : 0)
				.select(['id', 'end_text', 'end_precision', 'end_earliest', 'end_latest'])
				.orderBy('id')
				.executeTakeFirstOrThrow();
		const held = await custody(true);
		const setCase = (id: string, values: Record<string, unknown>) => () =>
			db().updateTable('cases').set(values).where('id', '=', id).execute();
		const trashed = await after(setCase(held.id, { deleted_at: '2025-06-01T00:00:00.000Z' }));
		expect(trashed.prisoners).toEqual({
			total: before.prisoners.total - 1,
			current: before.prisoners.current - 1,
			former: before.prisoners.former
		});
		await after(setCase(held.id, { deleted_at: null }));
		// Released before today: no longer held, now a former prisoner.
		const released = await after(
			setCase(held.id, {
				ongoing: 0,
				end_text: '2025-05-01',
				end_precision: 'day',
				end_earliest: '2025-05-01',
				end_latest: '2025-05-01'
			})
		);
		expect(released.prisoners).toEqual({
			total: before.prisoners.total,
			current: before.prisoners.current - 1,
			former: before.prisoners.former + 1
		});
		const { id, ...heldEnd } = held;
		await after(setCase(id, { ongoing: 1, ...heldEnd }));
		const former = await custody(false);
		// Released only after today: still held today (counted apart from the ongoing).
		const { id: formerId, ...formerEnd } = former;
		const releasedLater = await after(
			setCase(formerId, {
				end_text: '2026-03-01',
				end_precision: 'day',
				end_earliest: '2026-03-01',
				end_latest: '2026-03-01'
			})
		);
		expect(releasedLater.prisoners).toEqual({
			total: before.prisoners.total,
			current: before.prisoners.current + 1,
			former: before.prisoners.former - 1
		});
		expect(await after(setCase(formerId, formerEnd))).toEqual(before);
		const drafted = await after(setCase(former.id, { status: 'draft' }));
		expect(drafted.prisoners.former).toBe(before.prisoners.former - 1);
		expect(await after(setCase(former.id, { status: 'published' }))).toEqual(before);
	});

	it('follow records removed and put back: a contradicting case, its link, a rated pledge', async () => {
		const { link_id, pledge_id, case_id } = await contradictedOnce();
		/** Removes a row, checks the page without it, and returns how to put it back. */
		const remove = async (table: 'cases' | 'links' | 'pledges', id: string) => {
			const row = await db()
				.selectFrom(table)
				.selectAll()
				.where('id', '=', id)
				.executeTakeFirstOrThrow();
			const without = await after(() => db().deleteFrom(table).where('id', '=', id).execute());
			expect(without.contradicted).toBe(before.contradicted - 1);
			return { without, putBack: () => db().insertInto(table).values(row).execute() };
		};
		// The link stays when its case goes (links name their ends by type and id).
		const noCase = await remove('cases', case_id);
		expect(noCase.without.cases).toBe(before.cases - 1);
		expect(await after(noCase.putBack)).toEqual(before);
		expect(await after((await remove('links', link_id)).putBack)).toEqual(before);

		// A pledge removed takes its assessments with it; put back, it is rated as before.
		const assessmentRows = await db()
			.selectFrom('pledge_assessments')
			.selectAll()
			.where('pledge_id', '=', pledge_id)
			.execute();
		const noPledge = await remove('pledges', pledge_id);
		expect(noPledge.without.pledges).toBe(before.pledges - 1);
		await after(noPledge.putBack);
		expect(
			await after(async () => {
				for (const row of assessmentRows)
					await db().insertInto('pledge_assessments').values(row).execute();
			})
		).toEqual(before);
	});

	it('follow a custody case changing type, and a contradicting link turned round', async () => {
		const held = await db()
			.selectFrom('cases')
			.where((eb) =>
				eb.and([
					eb('country_id', '=', XT),
					eb('case_type', '=', 'detention'),
					eb('status', '=', 'published'),
					eb('deleted_at', 'is', null)
				])
			)
			.select('id')
			.orderBy('id')
			.executeTakeFirstOrThrow();
		const setType = (type: CaseType) => () =>
			db().updateTable('cases').set({ case_type: type }).where('id', '=', held.id).execute();
		const retyped = await after(setType('prosecution'));
		expect(retyped.prisoners.total).toBe(before.prisoners.total - 1);
		expect(retyped.cases).toBe(before.cases);
		expect(await after(setType('detention'))).toEqual(before);

		// A link that no longer reads "pledge contradicted by case" counts no more.
		const { link_id } = await contradictedOnce();
		const setKind = (kind: LinkKind) => () =>
			db().updateTable('links').set({ kind }).where('id', '=', link_id).execute();
		const related = await after(setKind('supported_by'));
		expect(related.contradicted).toBe(before.contradicted - 1);
		expect(await after(setKind('contradicted_by'))).toEqual(before);
	});
});

describeEachDatabase('country figures after loading and migrating', ({ db, dialect }) => {
	const folder = scratchFolder('country-figures');
	const targets: TestDatabase[] = [];
	beforeAll(async () => {
		await loadDemo(db());
		await generateFictional(db(), { cases: 200, seed: 5 });
	});
	afterAll(async () => {
		for (const t of targets) await t.drop();
	});

	it('fill again from the records an archive loads, and the archive leaves them out', async () => {
		const file = path.join(folder, `${dialect}.jsonl`);
		await exportArchiveFile(db(), file);
		const archive = fs.readFileSync(file, 'utf8');
		expect(archive).not.toContain('"table":"country_case_counts"');
		expect(archive).not.toContain('"table":"public_pledges"');
		const target = await createTestDatabase(dialect, { migrate: false });
		targets.push(target);
		await importArchiveFile(target.db, file);
		expect(await derivedStored(target.db)).toEqual(await derivedStored(db()));
		await expectKept(target.db);
		expect(await pageFigures(target.db)).toEqual(await pageFigures(db()));
	});

	it('are filled by the migration for the records that exist before it', async () => {
		const figures = migrations['0019_country_figures']!;
		const kept = await derivedStored(db());
		await figures.down!(db());
		await figures.up(db());
		expect(await derivedStored(db())).toEqual(kept);
		await expectKept(db());
	});
});
