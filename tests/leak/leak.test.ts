import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../src/lib/server/seed/demo.js';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import { getBriefingPack } from '../../src/lib/server/repositories/briefing-packs.js';
import { plantMarkers, type Planted } from './plant.js';
import { dataUrl, discoverPublicRoutes, expandRoute, queryVariants } from './routes.js';

/*
 * The leak rule, tested end to end: markers planted in everything internal (see plant.ts),
 * the demo loaded beside them, the app started on that database, then every public route
 * (HTML, SvelteKit page data, JSON, CSV, feeds; with and without filters) fetched as a
 * signed-out visitor. No marker may appear in any answer, headers included.
 */

interface Fetched {
	url: string;
	status: number;
	text: string;
}

async function crawl(base: string, planted: Planted): Promise<Fetched[]> {
	const urls = new Set<string>();
	for (const route of discoverPublicRoutes()) {
		const api = route.id.startsWith('/api/');
		// Detail pages (a record under a country) are asked plainly: their ids multiply fast.
		const params = route.id.match(/\[/g)?.length ?? 0;
		const queries = params > 1 ? [''] : queryVariants(planted, api);
		for (const path of expandRoute(route.id, planted)) {
			for (const query of queries) {
				const suffix = query ? `?${query}` : '';
				urls.add(`${path}${suffix}`);
				if (route.page) urls.add(`${dataUrl(path)}${suffix}`);
			}
		}
	}
	const fetched: Fetched[] = [];
	const queue = [...urls];
	// A few at a time: enough to be quick, few enough not to starve the server on a small machine.
	await Promise.all(
		Array.from({ length: 6 }, async () => {
			for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
				const response = await fetch(`${base}${url}`, { redirect: 'manual' });
				const headers = [...response.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
				fetched.push({
					url,
					status: response.status,
					text: `${headers}\n${await response.text()}`
				});
			}
		})
	);
	return fetched;
}

for (const dialect of testDialects()) {
	describe(`no internal data in any public response [${dialect}]`, () => {
		let database: TestDatabase;
		let app: AppServer;
		let planted: Planted;
		let fetched: Fetched[];

		beforeAll(async () => {
			database = await createTestDatabase(dialect);
			// The demo first (the server loads it only into an empty database), then the markers.
			await seedDemoIfEmpty(database.db);
			planted = await plantMarkers(database.db);
			app = await startAppServer({ databaseUrl: database.url });
			fetched = await crawl(app.url, planted);
		}, 600_000);

		afterAll(async () => {
			await app?.stop();
			await database?.drop();
		});

		it('crawls every public route, including the open-data API and the feeds', () => {
			const ids = discoverPublicRoutes().map((r) => r.id);
			expect(ids).toEqual(
				expect.arrayContaining([
					'/',
					'/countries/[code]',
					'/countries/[code]/timeline.json',
					'/api/v1',
					'/api/v1/cases',
					'/api/v1/cases.csv',
					'/api/v1/countries/[code]/feed.atom'
				])
			);
			expect(ids).not.toContain('/workspace');
			expect(fetched.length).toBeGreaterThan(200);
			const failed = fetched.filter((f) => f.status >= 500).map((f) => `${f.status} ${f.url}`);
			// The server's own output says why (a stack trace for each 500), should one ever fail.
			expect(failed, app.output().slice(-8000)).toEqual([]);
		});

		it('shows the planted published records, so the crawl saw real data', () => {
			const body = (url: string) => {
				const found = fetched.find((f) => f.url === url);
				expect(found?.status, url).toBe(200);
				return found?.text ?? '';
			};
			for (const url of [
				'/countries/XL',
				'/countries/XL/__data.json',
				'/api/v1/cases?country=XL'
			]) {
				expect(body(url)).toContain(planted.published.caseTitle);
				expect(body(url)).toContain(planted.published.pseudonym);
			}
			expect(body('/countries/XL/timeline.json')).toContain(planted.published.caseTitle);
			expect(body('/')).toContain(planted.published.countryName);
			expect(body('/api/v1/countries/XL/feed.atom')).toContain(planted.published.caseTitle);
			expect(body('/api/v1/cases.csv')).toContain(planted.published.caseTitle);
			// The public briefing pack is crawled and shows the pseudonym; the internal one does not answer.
			const [publicPack, internalPack] = planted.ids.briefing;
			expect(body(`/countries/XL/briefings/${publicPack}`)).toContain('Meeting with Leakland');
			expect(body(`/countries/XL/briefings/${publicPack}/pack.pdf`).length).toBeGreaterThan(0);
			expect(body('/countries/XL')).toContain(`/countries/xl/briefings/${publicPack}`);
			expect(fetched.find((f) => f.url === `/countries/XL/briefings/${internalPack}`)?.status).toBe(
				404
			);
			for (const hidden of ['/countries/XU', '/countries/XV', '/countries/XW']) {
				expect(fetched.find((f) => f.url === hidden)?.status).toBe(404);
			}
		});

		it('holds the ticked unpublished records in the internal pack, which the crawl must not show', async () => {
			const [, internalPack] = planted.ids.briefing;
			const snapshot = (await getBriefingPack(database.db, internalPack ?? '')).snapshot ?? '';
			const where = new Map([...planted.markers].map(([marker, place]) => [place, marker]));
			for (const kind of ['pledge', 'case', 'law', 'engagement'])
				for (const status of ['draft', 'in-review'])
					expect(snapshot, `${status} ${kind}`).toContain(where.get(`${status} ${kind} title`));
		});

		it('never sends a planted marker', () => {
			const leaks: string[] = [];
			for (const f of fetched) {
				const text = f.text.toLowerCase();
				for (const [marker, where] of planted.markers) {
					if (text.includes(marker)) leaks.push(`${f.url} shows ${where}`);
				}
			}
			expect(leaks).toEqual([]);
		});
	});
}
