import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import { generateFictional, FICTIONAL_COUNTRY } from '../../src/lib/server/generate/fictional.js';
import { searchRecords, type SearchOptions } from '../../src/lib/server/search/index.js';
import { BENCH_CASES, medianMs, ms, onceMs, ratio, table } from './measure.js';

/*
 * (a) A text search with two filters against the bare full-text match, on BENCH_CASES
 * generated cases of the fictional country Testland. Target: at most 10x.
 */

const QUERIES: { label: string; bare: SearchOptions; filtered: SearchOptions }[] = [
	{
		label: 'newspaper + case type + verification',
		bare: { q: 'newspaper' },
		filtered: { q: 'newspaper', caseType: 'website_blocking', verification: 'verified' }
	},
	{
		label: 'detained + country + date window',
		bare: { q: 'detained' },
		filtered: {
			q: 'detained',
			countryId: FICTIONAL_COUNTRY.id,
			from: '2010-01-01',
			to: '2014-12-31'
		}
	},
	{
		label: '"rally dispersed" + status + sort by date',
		bare: { q: '"rally dispersed"' },
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

		it('keeps a search with two filters within 10x of the bare full-text match', async () => {
			const rows: string[][] = [];
			for (const q of QUERIES) {
				const bare = await searchRecords(t.db, q.bare);
				const filtered = await searchRecords(t.db, q.filtered);
				const bareMs = await medianMs(() => searchRecords(t.db, q.bare));
				const filteredMs = await medianMs(() => searchRecords(t.db, q.filtered));
				rows.push([
					q.label,
					String(bare.total),
					ms(bareMs),
					String(filtered.total),
					ms(filteredMs),
					ratio(filteredMs / bareMs)
				]);
				expect(bare.total).toBeGreaterThan(0);
				expect(filtered.total).toBeGreaterThan(0);
			}
			console.log(
				`\nSearch on ${BENCH_CASES} cases [${dialect}] (median of 15)\n` +
					table(['query', 'bare matches', 'bare', 'filtered matches', 'filtered', 'ratio'], rows)
			);
		});
	});
}
