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
import { scratchFolder } from '../archive/fixture';
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
 * case_spans holds, per published case not in the trash, where the timeline draws it; triggers
 * on cases keep it (migrations/0015_case_spans.ts) whatever writes the case. It must always
 * hold exactly what the rule "drawn" ($lib/date-spans, drawnSpanSql) gives for the cases as
 * they are: checked over odd dates, after every kind of write the app makes to a case (insert,
 * edit, status change, trash, restore, removal), after an archive is loaded, after the
 * migration fills it for cases that existed before it, and for generated Testland.
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

/** What the rule gives for the published cases not in the trash, as case_spans should hold it. */
async function expected(db: DB) {
	const span = drawnSpanSql({ table: 'cases', start: 'start', end: 'end', ongoing: 'ongoing' });
	const rows = await db
		.selectFrom('cases')
		.where('cases.status', '=', 'published')
		.where('cases.deleted_at', 'is', null)
		.where(sql`${span.first}`, 'is not', null)
		.select([
			'cases.id as case_id',
			'cases.country_id',
			'cases.case_type',
			'cases.ongoing',
			span.first.as('first_day'),
			span.firstLast.as('first_last_day'),
			span.closedLast.as('closed_last_day'),
			span.anchor.as('anchor_day')
		])
		.orderBy('cases.id')
		.execute();
	return rows.map((r) => ({ ...r, ongoing: Number(r.ongoing) }));
}

async function stored(db: DB) {
	const rows = await db.selectFrom('case_spans').selectAll().orderBy('case_id').execute();
	return rows.map((r) => ({ ...r, ongoing: Number(r.ongoing) }));
}

async function expectKept(db: DB, atLeast = 0) {
	const want = await expected(db);
	expect(want.length).toBeGreaterThanOrEqual(atLeast);
	expect(await stored(db)).toEqual(want);
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

describeEachDatabase('case spans kept by the database', ({ db }) => {
	let country = '';
	beforeAll(async () => {
		country = (await seed(db())).country;
		await insertSamples(db(), country);
	});

	it('holds the drawn days of every published, dated case as inserted', async () => {
		const spans = await stored(db());
		expect(spans.map((s) => s.case_id)).not.toContain('span-undated');
		expect(spans.find((s) => s.case_id === 'span-before')).toMatchObject({
			first_day: '2021-11-30',
			anchor_day: '2021-11-30'
		});
		expect(spans.find((s) => s.case_id === 'span-end-only')).toMatchObject({
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
		expect((await stored(db())).map((s) => s.case_id)).toContain('span-undated');
		expect((await stored(db())).map((s) => s.case_id)).not.toContain('span-day');
	});

	it('follows publication, the trash and removal', async () => {
		const set = (id: string, values: Record<string, unknown>) =>
			db().updateTable('cases').set(values).where('id', '=', id).execute();
		await set('span-month', { status: 'draft', published_at: null });
		await set('span-range', { deleted_at: workflow().updated_at });
		await expectKept(db());
		expect((await stored(db())).map((s) => s.case_id)).not.toContain('span-month');
		expect((await stored(db())).map((s) => s.case_id)).not.toContain('span-range');
		await set('span-month', { status: 'published', published_at: workflow().updated_at });
		await set('span-range', { deleted_at: null });
		await db().deleteFrom('cases').where('id', '=', 'span-end-before').execute();
		await expectKept(db());
		expect((await stored(db())).map((s) => s.case_id)).toContain('span-range');
	});
});

describeEachDatabase('case spans of generated Testland', ({ db }) => {
	it('holds generated Testland as the rule draws it', async () => {
		await generateFictional(db(), { cases: 300, seed: 7 });
		await expectKept(db(), 200);
	});
});

describeEachDatabase('case spans after loading and migrating', ({ db, dialect }) => {
	const folder = scratchFolder('case-spans');
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
		expect(fs.readFileSync(file, 'utf8')).not.toContain('"table":"case_spans"');
		const target = await createTestDatabase(dialect, { migrate: false });
		targets.push(target);
		await importArchiveFile(target.db, file);
		expect(await stored(target.db)).toEqual(await stored(db()));
		await expectKept(target.db, SAMPLES.length - 1);
	});

	it('is filled by the migration for the cases that exist before it', async () => {
		const migration = migrations['0015_case_spans']!;
		await migration.down!(db());
		await migration.up(db());
		await expectKept(db(), SAMPLES.length - 1);
	});
});
