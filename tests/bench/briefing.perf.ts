import { PDFParse } from 'pdf-parse';
import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import CountryPage from '../../src/routes/countries/[code]/+page.svelte';
import { assembleBriefing, type AssembleInput } from '../../src/lib/server/briefings/assemble.js';
import { renderPdf } from '../../src/lib/server/briefings/render.js';
import { generateFictional } from '../../src/lib/server/generate/fictional.js';
import { getPublicCountryPage } from '../../src/lib/server/public/country-page.js';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { DEFAULT_VIEW } from '../../src/lib/timeline/url.js';
import type { PackIssue } from '../../src/lib/domain/briefing.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import { VISIT_PACK } from '../briefings/fixture.js';
import { interleaved, median, ms, ratio, table } from './measure.js';

/*
 * Building a briefing pack's PDF (assembly from the record through the public read path, then
 * the PDF), against the country page's server render (its data and its HTML, caches off) for
 * the same country, in the same process and run, on SQLite and (with TEST_DATABASE_URL)
 * PostgreSQL. Each round measures every target in turn (the median of 3 calls each); the
 * median ratio over ROUNDS rounds is what is checked.
 *
 * Targets (issue 10, "Performance"):
 *   Kazakhstan pack PDF / Kazakhstan country page server render              <= 3
 *   one-year Testland pack PDF (10,000 cases in the year) / Kazakhstan pack  <= 10
 *   the Testland pack's page count stays bounded (the pack lists at most PACK_CASE_LIMIT
 *   cases per section and counts the rest)                                   <= 40 pages
 * Peak memory (resident set) while building the Testland pack is printed.
 * Run with
 *   TEST_DATABASE_URL=postgres://... npx vitest run --config tests/bench/vitest.bench.config.ts tests/bench/briefing.perf.ts
 */

const CASES = 10_000;
const MAX_PAGES = 40;
const TODAY = '2026-01-01';
const ISSUE: PackIssue = {
	issuedAt: '2026-01-01T00:00:00.000Z',
	issuedBy: 'Pledgewatch',
	classification: 'public'
};
const TESTLAND_YEAR: AssembleInput = {
	country: 'XT',
	occasion: { title: 'Meeting with Testland officials (fictional)', date: '2021-12-31' },
	window: { from: '2021-01-01', to: '2021-12-31' },
	themes: [],
	classification: 'public',
	realNames: false,
	today: TODAY
};

async function medianOf3(fn: () => Promise<unknown>): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < 3; i++) {
		const start = performance.now();
		await fn();
		times.push(performance.now() - start);
	}
	return median(times);
}

for (const dialect of testDialects()) {
	describe(`briefing pack PDF build [${dialect}]`, () => {
		let database: TestDatabase;

		beforeAll(async () => {
			database = await createTestDatabase(dialect);
			await loadDemo(database.db);
			// Every fictional case falls in 2021, so the one-year window holds all 10,000.
			await generateFictional(database.db, {
				cases: CASES,
				publishedShare: 1,
				years: [2021, 2021]
			});
		});
		afterAll(async () => {
			await database?.drop();
		});

		const countryPage = async () => {
			const page = await getPublicCountryPage(database.db, 'kz', {
				today: TODAY,
				view: DEFAULT_VIEW
			});
			const data = { page, view: DEFAULT_VIEW, notices: [], briefings: [] };
			// $app/state reads the request from the context SvelteKit sets while it renders.
			const request = {
				page: {
					data,
					url: new URL('http://localhost/countries/kz'),
					params: { code: 'kz' },
					route: { id: '/countries/[code]' },
					status: 200,
					error: null,
					form: null,
					state: {}
				},
				navigating: null,
				updated: { current: false }
			};
			const { body } = render(CountryPage, {
				props: { data, form: null, params: { code: 'kz' } } as never,
				context: new Map([['__request__', request]])
			});
			if (!body.includes('Kazakhstan')) throw new Error('the country page did not render');
		};
		const packPdf = async (input: AssembleInput) =>
			renderPdf(await assembleBriefing(database.db, input), ISSUE);

		it('builds the packs within their ratios, with a bounded page count', async () => {
			// Warm up every path once (module loading, font parsing, query plans).
			await countryPage();
			await packPdf(VISIT_PACK);
			const testlandBytes = await packPdf(TESTLAND_YEAR);

			const t = await interleaved(async () => ({
				country: await medianOf3(countryPage),
				kz: await medianOf3(() => packPdf(VISIT_PACK)),
				xt: await medianOf3(() => packPdf(TESTLAND_YEAR))
			}));

			// Peak resident memory while one Testland pack is built, sampled every 5 ms.
			const before = process.memoryUsage().rss;
			let peak = before;
			const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
			await packPdf(TESTLAND_YEAR);
			clearInterval(timer);
			peak = Math.max(peak, process.memoryUsage().rss);

			const parser = new PDFParse({ data: new Uint8Array(testlandBytes) });
			const { total: pages } = await parser.getInfo();
			await parser.destroy();
			const testland = await assembleBriefing(database.db, TESTLAND_YEAR);

			const kzRatio = t.kz / t.country;
			const xtRatio = t.xt / t.kz;
			console.log(
				`\nBriefing pack PDF build [${dialect}]\n` +
					table(
						['target', 'median', 'ratio', 'limit'],
						[
							['Kazakhstan country page, server render', ms(t.country), '', ''],
							['Kazakhstan pack PDF / country page', ms(t.kz), ratio(kzRatio), '3x'],
							['Testland one-year pack PDF / Kazakhstan pack', ms(t.xt), ratio(xtRatio), '10x']
						]
					) +
					`\nTestland pack: ${pages} pages (limit ${MAX_PAGES}), ${testlandBytes.byteLength.toLocaleString('en')} bytes; ${testland.limits.join(' ')}` +
					`\nPeak RSS while building it: ${(peak / 2 ** 20).toFixed(0)} MiB (${((peak - before) / 2 ** 20).toFixed(0)} MiB above the ${(before / 2 ** 20).toFixed(0)} MiB before)\n`
			);
			expect(testland.summary.figures.find((f) => f.key === 'casesInWindow')?.value).toBe(CASES);
			expect(pages).toBeLessThanOrEqual(MAX_PAGES);
			expect(kzRatio).toBeLessThanOrEqual(3);
			expect(xtRatio).toBeLessThanOrEqual(10);
		});
	});
}
