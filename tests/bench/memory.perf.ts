import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/built-app.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import { interleaved, ratio, ROUNDS, table } from './measure.js';
import { hammer, publishedTestland, rssBytes, serveProduction } from './operations-fixture.js';

/*
 * Server memory under a long run of public requests (issue 11): the production server's
 * resident memory (RSS) after 50,000 public requests is at most 1.2x what it was after 5,000.
 * Growth past that would be a leak: the kept pages, the data memo and the throttles are all
 * bounded. The requests mix the home page, the country page with a new tracking parameter
 * each time, 150 case pages, list pages, the open data API and timeline views. Each round starts a new server
 * on the same database; the ratio is the median over ROUNDS rounds.
 * Run with
 *   TEST_DATABASE_URL=postgres://... npx vitest run --config tests/bench/vitest.bench.config.ts tests/bench/memory.perf.ts
 */

const EARLY = Number(process.env.BENCH_MEMORY_EARLY ?? 5_000);
const LATE = Number(process.env.BENCH_MEMORY_LATE ?? 50_000);
const TARGET = 1.2;
const MB = 1024 * 1024;
/* Case pages in the mix: most of the kept pages' room (200), so they are kept, not re-rendered. */
const KEPT_CASES = 150;

/** The n-th request of the mix. */
function publicPath(ids: readonly string[], n: number): string {
	switch (n % 6) {
		case 0:
			return '/';
		case 1:
			return `/countries/xt?utm_source=bench-${n}`;
		case 2:
			return `/countries/xt/cases/${ids[n % KEPT_CASES]}`;
		case 3:
			return `/countries/xt/cases?page=${1 + (n % 5)}`;
		case 4:
			return n % 12 === 4 ? '/api/v1/countries' : `/api/v1/cases?country=xt&limit=20`;
		default:
			return `/countries/xt/timeline.json?from=${2000 + (n % 20)}&to=${2004 + (n % 20)}`;
	}
}

const settle = () => new Promise((r) => setTimeout(r, 1000));

beforeAll(async () => {
	await ensureBuilt();
}, 900_000);

for (const dialect of testDialects()) {
	describe(`server memory over ${LATE.toLocaleString('en')} public requests [${dialect}]`, () => {
		let database: TestDatabase;
		let ids: string[] = [];

		beforeAll(async () => {
			database = await createTestDatabase(dialect);
			ids = await publishedTestland(database);
		}, 600_000);

		afterAll(async () => {
			await database?.drop();
		});

		it(`RSS after ${LATE} requests is at most ${TARGET}x that after ${EARLY}`, async () => {
			let errors = 0;
			const failed: string[] = [];
			const r = await interleaved(async () => {
				const server = await serveProduction(database);
				try {
					const early = await hammer(server.url, (n) => publicPath(ids, n), EARLY);
					await settle();
					const rssEarly = rssBytes(server);
					const late = await hammer(server.url, (n) => publicPath(ids, EARLY + n), LATE - EARLY);
					await settle();
					const rssLate = rssBytes(server);
					errors += early.errors + late.errors;
					failed.push(...early.failed, ...late.failed);
					return { rssEarly, rssLate, growth: rssLate / rssEarly, rps: late.rps };
				} finally {
					await server.stop();
				}
			});
			console.log(
				`\nServer memory [${dialect}], median of ${ROUNDS} rounds, each on a new server\n` +
					table(
						['measure', 'value', 'target', 'met'],
						[
							[`RSS after ${EARLY} requests`, `${(r.rssEarly / MB).toFixed(1)} MB`, '', ''],
							[`RSS after ${LATE} requests`, `${(r.rssLate / MB).toFixed(1)} MB`, '', ''],
							[
								`RSS ${LATE} / ${EARLY}`,
								ratio(r.growth),
								`<= ${TARGET}`,
								r.growth <= TARGET ? 'yes' : 'NO'
							],
							['throughput of the mix', `${r.rps.toFixed(0)} req/s`, '', '']
						]
					) +
					'\n'
			);
			expect.soft(errors, `answers that were not 200, e.g. ${failed.join(', ')}`).toBe(0);
			expect(r.growth).toBeLessThanOrEqual(TARGET);
		});
	});
}
