import { sql } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { drawnSpanSql } from '../../src/lib/date-spans';
import type { DB } from '../../src/lib/server/db/connect';
import { exportArchiveFile, importArchiveFile } from '../../src/lib/server/archive/full';
import { generateFictional } from '../../src/lib/server/generate/fictional';
import { migrations } from '../../migrations/index';
import { createTestDatabase, describeEachDatabase, type TestDatabase } from '../helpers/databases';
import { scratchFolder } from '../helpers/scratch';
import { beforeDate, parseDateInput, pointDate, toColumns } from '../../src/lib/dates';
import { seed, workflow } from './seed';

/** A date's columns from "2021-02", "2021-09..2021-11" or "<2021-11" (before), or none. */
function dateCols(prefix: 'start' | 'end', text: string | null) {
	const date = !text
		? null
		: text.startsWith('<')
			? beforeDate(text.slice(1))
			: text.includes('..')
				? parseDateInput(text, 'weeks before')
				: pointDate(text);
	return toColumns(prefix, date) as unknown as Record<string, never>;
}

/*
 * timeline_spans holds, per published pledge, case and engagement not in the trash, where the
 * timeline draws it, and timeline_months the same counted per month; triggers keep both
 * (migrations/0015_timeline_spans.ts) whatever writes the record. They must always hold exactly
 * what the rule "drawn" ($lib/date-spans, drawnSpanSql) gives for the records as they are:
 * checked over odd dates, after every kind of write the app makes to a case (insert, edit,
 * status change, trash, restore, removal), after an archive is loaded, after the migration
 * fills them for records that existed before it, and for generated Testland.
 */

const SAMPLES: [id: string, start: string | null, end: string | null, ongoing: 0 | 1][] = [
	['day', '2021-11-25', null, 0],
	['month', '2021-02', null, 0],
	['year', '2018', null, 0],
	['range', '2021-09..2021-11', null, 0],
	['before', '<2021-11', null, 0],
	['undated', null, null, 0],
	['ongoing', '2018', null, 1],
	['ongoing-before', '<2016-03', null, 1],
	['ongoing-ended', '2015', '2016-05', 1],
	['month-to-year', '2019-05', '2021', 0],
	['before-to-day', '<2017', '2020-01-15', 0],
	['end-only', null, '2020-06', 0],
	['end-before', null, '<2019', 0]
];

const LANES = [
	{ lane: 'pledge', source: { table: 'pledges', start: 'made' } },
	{ lane: 'case', source: { table: 'cases', start: 'start', end: 'end', ongoing: 'ongoing' } },
	{ lane: 'engagement', source: { table: 'engagements', start: 'start', end: 'end' } }
] as const;

/** What the rule gives for the published records not in the trash, as timeline_spans holds it. */
async function expectedSpans(db: DB) {
	const lanes = await Promise.all(
		LANES.map(async ({ lane, source }) => {
			const t = source.table as 'engagements';
			const span = drawnSpanSql(source);
			const rows = await db
				.selectFrom(t)
				.where(`${t}.status`, '=', 'published')
				.where(`${t}.deleted_at`, 'is', null)
				.where(sql`${span.first}`, 'is not', null)
				.select([
					`${t}.id as record_id`,
					`${t}.country_id`,
					lane === 'case'
						? sql<string>`cases.case_type`.as('record_type')
						: sql<string>`${lane}`.as('record_type'),
					lane === 'case' ? sql<number>`cases.ongoing`.as('ongoing') : sql<number>`0`.as('ongoing'),
					span.first.as('first_day'),
					span.firstLast.as('first_last_day'),
					span.closedLast.as('closed_last_day'),
					span.anchor.as('anchor_day')
				])
				.execute();
			return rows.map((r) => ({
				lane,
				...r,
				ongoing: Number(r.ongoing),
				anchor_month: r.anchor_day?.slice(0, 7)
			}));
		})
	);
	return lanes.flat().sort(byKey);
}

type Span = Awaited<ReturnType<typeof expectedSpans>>[number];
const byKey = (a: { lane: string; record_id: string }, b: { lane: string; record_id: string }) =>
	`${a.lane} ${a.record_id}` < `${b.lane} ${b.record_id}` ? -1 : 1;

/** timeline_spans counted per month in JavaScript, as timeline_months holds it. */
function monthsOf(spans: readonly Span[]) {
	const groups = new Map<string, Span[]>();
	for (const s of spans) {
		const key = [s.country_id, s.lane, s.anchor_month, s.record_type].join(' ');
		groups.set(key, [...(groups.get(key) ?? []), s]);
	}
	const min = (days: (string | null)[]) => days.filter((d) => d !== null).sort()[0] ?? null;
	const max = (days: (string | null)[]) =>
		days
			.filter((d) => d !== null)
			.sort()
			.at(-1) ?? null;
	return [...groups.keys()].sort().map((key) => {
		const g = groups.get(key)!;
		const closed = g.filter((s) => s.ongoing !== 1);
		const ongoing = g.filter((s) => s.ongoing === 1);
		return {
			country_id: g[0]!.country_id,
			lane: g[0]!.lane,
			anchor_month: g[0]!.anchor_month,
			record_type: g[0]!.record_type,
			n: g.length,
			n_ongoing: ongoing.length,
			min_first: min(g.map((s) => s.first_day)),
			max_first: max(g.map((s) => s.first_day)),
			min_closed: min(closed.map((s) => s.closed_last_day)),
			max_closed: max(closed.map((s) => s.closed_last_day)),
			max_ongoing_last: max(ongoing.map((s) => s.first_last_day))
		};
	});
}

async function stored(db: DB) {
	const rows = await db.selectFrom('timeline_spans').selectAll().execute();
	return rows.map((r) => ({ ...r, ongoing: Number(r.ongoing) })).sort(byKey);
}

async function storedMonths(db: DB) {
	const rows = await db
		.selectFrom('timeline_months')
		.selectAll()
		.orderBy(['country_id', 'lane', 'anchor_month', 'record_type'])
		.execute();
	return rows
		.map((r) => ({ ...r, n: Number(r.n), n_ongoing: Number(r.n_ongoing) }))
		.sort((a, b) => {
			const key = (m: typeof a) => [m.country_id, m.lane, m.anchor_month, m.record_type].join(' ');
			return key(a) < key(b) ? -1 : 1;
		});
}

/** A derived table's figures: counts, and the earliest or latest of each day. */
interface Figures {
	n: number;
	n_ongoing: number;
	min_first: string | null;
	max_first: string | null;
	min_closed: string | null;
	max_closed: string | null;
	max_ongoing_last: string | null;
}

/*
 * Rows grouped by `keyOf` (in the keys' order), each group's figures summed as the derived
 * tables sum them: counts added, the earliest of each min_ day, the latest of each max_ day.
 */
function sumGroups<R extends Figures>(rows: readonly R[], keyOf: (r: R) => string) {
	const groups = new Map<string, R[]>();
	for (const r of rows) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
	return [...groups.keys()].sort().map((key) => {
		const g = groups.get(key)!;
		const day = (column: Exclude<keyof Figures, 'n' | 'n_ongoing'>) => {
			const set = g
				.map((m) => m[column])
				.filter((d) => d !== null)
				.sort();
			return (column.startsWith('max') ? set.at(-1) : set[0]) ?? null;
		};
		const figures: Figures = {
			n: g.reduce((n, m) => n + m.n, 0),
			n_ongoing: g.reduce((n, m) => n + m.n_ongoing, 0),
			min_first: day('min_first'),
			max_first: day('max_first'),
			min_closed: day('min_closed'),
			max_closed: day('max_closed'),
			max_ongoing_last: day('max_ongoing_last')
		};
		return { first: g[0]!, figures };
	});
}

/** timeline_months summed over the record types, as timeline_lane_months holds it. */
function laneMonthsOf(months: ReturnType<typeof monthsOf>) {
	return sumGroups(months, (m) => [m.country_id, m.lane, m.anchor_month].join(' ')).map(
		({ first, figures }) => ({
			country_id: first.country_id,
			lane: first.lane,
			anchor_month: first.anchor_month,
			...figures
		})
	);
}

/** A derived table's rows with their counts as numbers, in the order of `keyOf`. */
function inOrder<R extends { n: unknown; n_ongoing: unknown }>(rows: R[], keyOf: (r: R) => string) {
	return rows
		.map((r) => ({ ...r, n: Number(r.n), n_ongoing: Number(r.n_ongoing) }))
		.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : 1));
}

async function storedLaneMonths(db: DB) {
	const rows = await db.selectFrom('timeline_lane_months').selectAll().execute();
	return inOrder(rows, (m) => [m.country_id, m.lane, m.anchor_month].join(' '));
}

/** timeline_lane_months summed per year of the anchor month, as timeline_lane_years holds it. */
function laneYearsOf(laneMonths: ReturnType<typeof laneMonthsOf>) {
	const yearOf = (m: (typeof laneMonths)[number]) => (m.anchor_month ?? '').slice(0, 4);
	return sumGroups(laneMonths, (m) => [m.country_id, m.lane, yearOf(m)].join(' ')).map(
		({ first, figures }) => ({
			country_id: first.country_id,
			lane: first.lane,
			anchor_year: yearOf(first),
			...figures
		})
	);
}

async function storedLaneYears(db: DB) {
	const rows = await db.selectFrom('timeline_lane_years').selectAll().execute();
	return inOrder(rows, (m) => [m.country_id, m.lane, m.anchor_year].join(' '));
}

/**
 * Per ongoing case span, the day it is known to run to, worked out in JavaScript: of its
 * published citations of published, untrashed sources with a dated publication, the source
 * latest by its publication's earliest day (then its latest), that publication's latest day.
 */
async function expectedKnown(db: DB, spans: readonly Span[]) {
	const cited = await db
		.selectFrom('citations')
		.innerJoin('sources', 'sources.id', 'citations.source_id')
		.where('citations.record_type', '=', 'case')
		.select([
			'citations.record_id',
			'citations.published_at as cited_at',
			'sources.status',
			'sources.deleted_at',
			'sources.published_text',
			'sources.published_precision',
			'sources.published_earliest',
			'sources.published_latest'
		])
		.execute();
	const known = spans
		.filter((s) => s.lane === 'case' && s.ongoing === 1)
		.flatMap((s) => {
			const dated = cited
				.filter((c) => c.record_id === s.record_id && c.cited_at !== null)
				.filter((c) => c.status === 'published' && c.deleted_at === null)
				.filter((c) => c.published_text !== null && c.published_precision !== null)
				.map((c) => ({
					key: c.published_earliest ?? c.published_latest,
					latest: c.published_latest ?? '',
					day: c.published_latest ?? c.published_earliest
				}))
				.filter((c) => c.key !== null)
				.sort((a, b) =>
					a.key! < b.key! ? 1 : a.key! > b.key! ? -1 : a.latest < b.latest ? 1 : -1
				);
			const day = dated[0]?.day;
			return day ? [{ record_id: s.record_id, country_id: s.country_id, known_day: day }] : [];
		});
	return known.sort((a, b) => (a.record_id < b.record_id ? -1 : 1));
}

async function storedKnown(db: DB) {
	const rows = await db.selectFrom('timeline_known').selectAll().execute();
	return rows.sort((a, b) => (a.record_id < b.record_id ? -1 : 1));
}

async function expectKept(db: DB, atLeast = 0) {
	const want = await expectedSpans(db);
	expect(want.filter((s) => s.lane === 'case').length).toBeGreaterThanOrEqual(atLeast);
	const spans = await stored(db);
	expect(spans).toEqual(want.map((s) => ({ ...s })));
	expect(await storedMonths(db)).toEqual(monthsOf(want));
	expect(await storedLaneMonths(db)).toEqual(laneMonthsOf(monthsOf(want)));
	expect(await storedLaneYears(db)).toEqual(laneYearsOf(laneMonthsOf(monthsOf(want))));
	expect(await storedKnown(db)).toEqual(await expectedKnown(db, want));
}

/** The stored spans of the sample cases. */
async function caseSpans(db: DB) {
	return (await stored(db)).filter((s) => s.lane === 'case');
}

async function insertSamples(db: DB, country: string) {
	for (const [id, start, end, ongoing] of SAMPLES) {
		await db
			.insertInto('cases')
			.values({
				id: `span-${id}`,
				country_id: country,
				title: `Case ${id}`,
				case_type: 'detention',
				ongoing,
				...dateCols('start', start),
				...dateCols('end', end),
				...workflow('published')
			})
			.execute();
	}
}

describeEachDatabase('timeline spans kept by the database', ({ db }) => {
	let country = '';
	beforeAll(async () => {
		country = (await seed(db())).country;
		await insertSamples(db(), country);
	});

	it('holds the drawn days of every published, dated case as inserted', async () => {
		const spans = await caseSpans(db());
		expect(spans.map((s) => s.record_id)).not.toContain('span-undated');
		expect(spans.find((s) => s.record_id === 'span-before')).toMatchObject({
			first_day: '2021-11-30',
			anchor_day: '2021-11-30'
		});
		expect(spans.find((s) => s.record_id === 'span-end-only')).toMatchObject({
			first_day: '2020-06-01',
			closed_last_day: '2020-06-30'
		});
		await expectKept(db(), SAMPLES.length - 1);
	});

	it('follows edits of dates, type and ongoing', async () => {
		await db()
			.updateTable('cases')
			.set({ ...dateCols('start', '2010-03'), ...dateCols('end', '<2012'), ongoing: 0 })
			.where('id', '=', 'span-ongoing')
			.execute();
		await db()
			.updateTable('cases')
			.set({ ...dateCols('start', '2014'), case_type: 'party_ban' })
			.where('id', '=', 'span-undated')
			.execute();
		await db()
			.updateTable('cases')
			.set({ ...dateCols('start', null), ...dateCols('end', null) })
			.where('id', '=', 'span-day')
			.execute();
		await db().updateTable('cases').set({ ongoing: 1 }).where('id', '=', 'span-year').execute();
		await expectKept(db());
		expect((await caseSpans(db())).map((s) => s.record_id)).toContain('span-undated');
		expect((await caseSpans(db())).map((s) => s.record_id)).not.toContain('span-day');
	});

	it('follows publication, the trash and removal', async () => {
		const set = (id: string, values: Record<string, unknown>) =>
			db().updateTable('cases').set(values).where('id', '=', id).execute();
		await set('span-month', { status: 'draft', published_at: null });
		await set('span-range', { deleted_at: workflow().updated_at });
		await expectKept(db());
		expect((await caseSpans(db())).map((s) => s.record_id)).not.toContain('span-month');
		expect((await caseSpans(db())).map((s) => s.record_id)).not.toContain('span-range');
		await set('span-month', { status: 'published', published_at: workflow().updated_at });
		await set('span-range', { deleted_at: null });
		await db().deleteFrom('cases').where('id', '=', 'span-end-before').execute();
		await expectKept(db());
		expect((await caseSpans(db())).map((s) => s.record_id)).toContain('span-range');
	});
});

describeEachDatabase("the ongoing cases' known days kept by the database", ({ db }) => {
	let country = '';
	const sources = ['known-a', 'known-b'];
	beforeAll(async () => {
		country = (await seed(db())).country;
		await insertSamples(db(), country);
		for (const [id, published] of [
			[sources[0]!, '2022-03'],
			[sources[1]!, '2022']
		] as const) {
			await db()
				.insertInto('sources')
				.values({
					id,
					title: `Source ${id}`,
					kind: 'report',
					...(toColumns('published', pointDate(published)) as unknown as Record<string, never>),
					...workflow('published')
				})
				.execute();
		}
	});
	const cite = (id: string, caseId: string, source: string, published = true) =>
		db()
			.insertInto('citations')
			.values({
				id,
				source_id: source,
				record_type: 'case',
				record_id: caseId,
				created_at: workflow().updated_at,
				created_by: null,
				published_at: published ? workflow().updated_at : null,
				published_by: null
			})
			.execute();
	const setSource = (id: string, values: Record<string, unknown>) =>
		db().updateTable('sources').set(values).where('id', '=', id).execute();
	const knownOf = async (caseId: string) =>
		(await storedKnown(db())).find((k) => k.record_id === caseId)?.known_day ?? null;

	it('follows citations coming, changing and going', async () => {
		await cite('cite-a', 'span-ongoing', sources[0]!);
		await cite('cite-b', 'span-ongoing', sources[1]!);
		await cite('cite-draft', 'span-ongoing-before', sources[0]!, false);
		// The latest source by its earliest day: March 2022 over 2022 (which starts in January).
		expect(await knownOf('span-ongoing')).toBe('2022-03-31');
		expect(await knownOf('span-ongoing-before')).toBeNull();
		await expectKept(db());
		await db()
			.updateTable('citations')
			.set({ published_at: workflow().updated_at })
			.where('id', '=', 'cite-draft')
			.execute();
		expect(await knownOf('span-ongoing-before')).toBe('2022-03-31');
		await db().deleteFrom('citations').where('id', '=', 'cite-a').execute();
		expect(await knownOf('span-ongoing')).toBe('2022-12-31');
		await db()
			.updateTable('citations')
			.set({ record_id: 'span-ongoing-ended' })
			.where('id', '=', 'cite-b')
			.execute();
		expect(await knownOf('span-ongoing')).toBeNull();
		await expectKept(db());
	});

	it('follows the sources cited: redated, withdrawn, trashed and restored', async () => {
		await cite('cite-c', 'span-ongoing', sources[1]!);
		await setSource(
			sources[1]!,
			toColumns('published', pointDate('2023-05')) as unknown as Record<string, never>
		);
		expect(await knownOf('span-ongoing')).toBe('2023-05-31');
		await setSource(sources[1]!, { status: 'draft', published_at: null });
		expect(await knownOf('span-ongoing')).toBeNull();
		await expectKept(db());
		await setSource(sources[1]!, { status: 'published', published_at: workflow().updated_at });
		await setSource(sources[0]!, { deleted_at: workflow().updated_at });
		expect(await knownOf('span-ongoing-before')).toBeNull();
		await expectKept(db());
		await setSource(sources[0]!, { deleted_at: null });
		expect(await knownOf('span-ongoing-before')).toBe('2022-03-31');
		await expectKept(db());
	});

	it('follows the case: closed, trashed, moved and removed', async () => {
		const setCase = (id: string, values: Record<string, unknown>) =>
			db().updateTable('cases').set(values).where('id', '=', id).execute();
		await setCase('span-ongoing', { ongoing: 0 });
		expect(await knownOf('span-ongoing')).toBeNull();
		await setCase('span-ongoing', { ongoing: 1 });
		expect(await knownOf('span-ongoing')).toBe('2023-05-31');
		await setCase('span-ongoing-before', { deleted_at: workflow().updated_at });
		expect(await knownOf('span-ongoing-before')).toBeNull();
		await expectKept(db());
		await setCase('span-ongoing-before', { deleted_at: null });
		const other = 'span-otherland';
		await db()
			.insertInto('countries')
			.values({ id: other, code: 'XS', name: 'Otherland', is_fictional: 1, ...workflow() })
			.execute();
		await setCase('span-ongoing', { country_id: other });
		expect((await storedKnown(db())).find((k) => k.record_id === 'span-ongoing')?.country_id).toBe(
			other
		);
		await expectKept(db());
		await db().deleteFrom('citations').where('record_id', '=', 'span-ongoing-ended').execute();
		await db().deleteFrom('cases').where('id', '=', 'span-ongoing-ended').execute();
		await expectKept(db());
	});
});

describeEachDatabase('timeline spans of generated Testland', ({ db }) => {
	it('holds generated Testland as the rule draws it', async () => {
		await generateFictional(db(), { cases: 300, seed: 7 });
		await expectKept(db(), 200);
	});
});

describeEachDatabase('timeline spans after loading and migrating', ({ db, dialect }) => {
	const folder = scratchFolder('timeline-spans');
	const targets: TestDatabase[] = [];
	beforeAll(async () => {
		const country = (await seed(db())).country;
		await insertSamples(db(), country);
	});
	afterAll(async () => {
		for (const t of targets) await t.drop();
	});

	it('fills again from the cases an archive loads, and the archive leaves it out', async () => {
		const file = path.join(folder, `${dialect}.jsonl`);
		await exportArchiveFile(db(), file);
		expect(fs.readFileSync(file, 'utf8')).not.toContain('"table":"timeline_');
		const target = await createTestDatabase(dialect, { migrate: false });
		targets.push(target);
		await importArchiveFile(target.db, file);
		expect(await stored(target.db)).toEqual(await stored(db()));
		expect(await storedMonths(target.db)).toEqual(await storedMonths(db()));
		await expectKept(target.db, SAMPLES.length - 1);
	});

	it('is filled by the migration for the cases that exist before it', async () => {
		const [spans, laneMonths, laneYears] = [
			migrations['0015_timeline_spans']!,
			migrations['0017_timeline_lane_months']!,
			migrations['0022_timeline_lane_years']!
		];
		await laneYears.down!(db());
		await laneMonths.down!(db());
		await spans.down!(db());
		await spans.up(db());
		await laneMonths.up(db());
		await laneYears.up(db());
		await expectKept(db(), SAMPLES.length - 1);
	});
});
