import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import { generateFictional, FICTIONAL_COUNTRY } from '../../src/lib/server/generate/fictional.js';
import type { DB } from '../../src/lib/server/db/connect.js';
import { searchRecords, type SearchOptions } from '../../src/lib/server/search/index.js';
import { textSearchFor } from '../../src/lib/server/search/dialect.js';
import { parseQuery } from '../../src/lib/server/search/query.js';
import { BENCH_CASES, interleaved, medianMs, ms, onceMs, ratio, ROUNDS, table } from './measure.js';

/*
 * (a) A text search with filters (searchRecords: match, filter, rank, count, highlight a
 * page) against the bare full-text match alone, on BENCH_CASES generated cases of the
 * fictional country Testland. The baseline does no more work than the search it is compared
 * with: the same match through the same index, the first page of ids, nothing ranked,
 * counted or marked. Median of ROUNDS interleaved rounds. Target: at most 10x.
 */

const PAGE = 20;

/** The bare match: the first page of matching document ids, as the index yields them. */
async function bareMatch(db: DB, q: string): Promise<number> {
	const text = textSearchFor(db).match(parseQuery(q));
	const { rows } = await sql<{ id: number }>`
		select d.id from ${text.from} where ${text.match} limit ${PAGE}`.execute(db);
	return rows.length;
}

const QUERIES: { label: string; bare: string; filtered: SearchOptions }[] = [
	{
		label: 'newspaper + case type + verification',
		bare: 'newspaper',
		filtered: { q: 'newspaper', caseType: 'website_blocking', verification: 'verified' }
	},
	{
		label: 'detained + country + date window',
		bare: 'detained',
		filtered: {
			q: 'detained',
			countryId: FICTIONAL_COUNTRY.id,
			from: '2010-01-01',
			to: '2014-12-31'
		}
	},
	{
		label: '"rally dispersed" + status + sort by date',
		bare: '"rally dispersed"',
		filtered: { q: '"rally dispersed"', status: 'published', types: ['case'], sort: 'date_desc' }
	}
];

for (const dialect of testDialects()) {
	describe(`search benchmark [${dialect}]`, () => {
		let t: TestDatabase;
		beforeAll(async () => {
			t = await createTestDatabase(dialect);
			const took = await onceMs(() => generateFictional(t.db, { cases: BENCH_CASES }));
			console.log(`[${dialect}] generated ${BENCH_CASES} fictional cases in ${ms(took)}`);
		});
		afterAll(async () => {
			await t?.drop();
		});

		it('keeps a filtered search within 10x of the bare full-text match', async () => {
			const rows: string[][] = [];
			const ratios: number[] = [];
			for (const q of QUERIES) {
				expect(await bareMatch(t.db, q.bare)).toBeGreaterThan(0);
				const filtered = await searchRecords(t.db, { ...q.filtered, limit: PAGE });
				expect(filtered.total).toBeGreaterThan(0);
				const times = await interleaved(async () => ({
					bare: await medianMs(() => bareMatch(t.db, q.bare), 5),
					filtered: await medianMs(() => searchRecords(t.db, { ...q.filtered, limit: PAGE }), 5)
				}));
				// The ratio of the medians of the rounds, each round timing both once in turn.
				const r = times.filtered / times.bare;
				ratios.push(r);
				rows.push([
					q.label,
					ms(times.bare),
					String(filtered.total),
					ms(times.filtered),
					ratio(r),
					r <= 10 ? 'yes' : 'NO'
				]);
			}
			console.log(
				`\nSearch on ${BENCH_CASES} cases [${dialect}] (first ${PAGE}; median of ${ROUNDS} rounds of median-of-5)\n` +
					table(
						['query', 'bare match', 'filtered matches', 'filtered search', 'ratio', '<= 10x'],
						rows
					)
			);
			for (const [i, r] of ratios.entries()) {
				expect.soft(r, QUERIES[i]?.label).toBeLessThanOrEqual(10);
			}
		});
	});
}
