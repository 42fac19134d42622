import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Instance } from '../helpers/instances.js';
import { ensureBuilt } from '../helpers/built-app.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import { interleaved, ratio, ROUNDS, table } from './measure.js';
import { hammer, publishedTestland, serveProduction } from './operations-fixture.js';

/*
 * Public page throughput against the app's own static file route (issue 11): a signed-out
 * reader's public page, kept rendered (the default, as deployed), answered about as fast as
 * a file the server sends from disk, here the site icon and the site's stylesheet, all asked
 * for as a browser asks (brotli accepted). Bytes on the wire dominate on this path, so the
 * target holds for a kept page of about a static file's size (the case list); the country
 * and home pages (a map and a timeline inside) are shown beside it with their sizes. The
 * same server answers both, in ROUNDS interleaved rounds; each ratio is the median over them.
 * A reader with no cookie gets a kept page before SvelteKit sees the request (answerKeptPage);
 * the case list asked with a cookie (not a session's) is shown beside it: that reader gets the
 * same copy through SvelteKit's hooks.
 * Run with
 *   TEST_DATABASE_URL=postgres://... npx vitest run --config tests/bench/vitest.bench.config.ts tests/bench/static-files.perf.ts
 */

const REQUESTS = Number(process.env.BENCH_STATIC_REQUESTS ?? 3_000);
/* A kept page is a lookup and a write of bytes already compressed; sirv's is a file read. */
const TARGET = 0.5;
/* As a browser asks: kept pages are kept compressed, and sirv sends precompressed files. */
const BROWSER = { 'accept-encoding': 'br, gzip' };

beforeAll(async () => {
	await ensureBuilt();
}, 900_000);

for (const dialect of testDialects()) {
	describe(`public pages against static files [${dialect}]`, () => {
		let database: TestDatabase;
		let server: Instance;
		let stylesheet = '';

		beforeAll(async () => {
			database = await createTestDatabase(dialect);
			await publishedTestland(database);
			server = await serveProduction(database);
			const home = await (await fetch(`${server.url}/`)).text();
			// The page names it relative to itself (./_app/...).
			const sheet = /_app\/immutable\/assets\/[\w.-]+\.css/.exec(home)?.[0];
			stylesheet = sheet ? `/${sheet}` : '';
			expect(stylesheet).not.toBe('');
		}, 600_000);

		afterAll(async () => {
			await server?.stop();
			await database?.drop();
		});

		it(`a small kept public page answers at least ${TARGET}x as many requests as a static file`, async () => {
			const targets = {
				icon: '/favicon.svg',
				stylesheet,
				caseList: '/countries/xt/cases',
				caseListWithCookie: '/countries/xt/cases',
				country: '/countries/xt',
				home: '/'
			};
			const names = Object.keys(targets) as (keyof typeof targets)[];
			const headersOf = (name: keyof typeof targets) =>
				name === 'caseListWithCookie' ? { ...BROWSER, cookie: 'consent=1' } : BROWSER;
			for (const name of names)
				await hammer(server.url, () => targets[name], 200, { headers: headersOf(name) }); // warm up
			let errors = 0;
			const bytes = {} as Record<keyof typeof targets, number>;
			const r = await interleaved(async () => {
				const rps = {} as Record<keyof typeof targets, number>;
				for (const name of names) {
					const run = await hammer(server.url, () => targets[name], REQUESTS, {
						headers: headersOf(name)
					});
					rps[name] = run.rps;
					bytes[name] = run.bytes;
					errors += run.errors;
				}
				return rps;
			});
			const kb = (name: keyof typeof targets) => `${(bytes[name] / 1024).toFixed(1)} KB`;
			// Only the case list is held to the target: it is about a static file's size, so the
			// ratio is the cost of answering. The others show what their larger bodies cost.
			const label = (page: keyof typeof targets) =>
				page === 'caseListWithCookie' ? `${targets[page]} with a cookie` : targets[page];
			const rows = (['caseList', 'caseListWithCookie', 'country', 'home'] as const).flatMap(
				(page) =>
					(['icon', 'stylesheet'] as const).map((file) => {
						const value = r[page] / r[file];
						const asserted = page === 'caseList';
						return [
							`${label(page)} (${kb(page)}) / ${targets[file]} (${kb(file)})`,
							`${r[page].toFixed(0)} / ${r[file].toFixed(0)} req/s`,
							ratio(value),
							asserted ? `>= ${TARGET}` : '(shown)',
							asserted ? (value >= TARGET ? 'yes' : 'NO') : ''
						];
					})
			);
			console.log(
				`\nKept public pages against static files [${dialect}], median of ${ROUNDS} interleaved rounds, ${REQUESTS} requests each, 10 connections, Accept-Encoding: br, gzip\n` +
					table(['measure', 'values', 'ratio', 'target', 'met'], rows) +
					'\n'
			);
			expect.soft(errors, 'answers that were not 200').toBe(0);
			for (const row of rows)
				if (row[4] !== '') expect.soft(row[4], `${row[0]}: ${row[2]}`).toBe('yes');
		});
	});
}
