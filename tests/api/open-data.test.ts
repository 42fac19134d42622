import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	API_RESOURCES,
	describeParameters,
	type ApiResource
} from '../../src/lib/server/public/api-params.js';
import { testDialects } from '../helpers/databases.js';
import { servedApp } from '../helpers/served-app.js';
import { seedFictionalCountry } from '../public/fixture.js';

/*
 * Findable open data, from a running app on each database. The OpenAPI document at
 * /api/v1/openapi.json is valid OpenAPI 3.1 by an independent validator, names every parameter
 * the lists accept, and the real answers (every list, a 400 and a 404) match the schemas it
 * gives, so a field added to or dropped from a response without the document fails here. The
 * guide at /open-data is linked from every page's footer, and a country page links its feed
 * (also as <link rel="alternate">) and CSV files; every such link answers.
 */

type Doc = {
	openapi: string;
	servers: { url: string }[];
	paths: Record<string, { get: OperationDoc }>;
	components: { schemas: Record<string, unknown> };
};
type OperationDoc = {
	parameters?: { name: string; in: string }[];
	responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
};

/** Every link of a page (`a` and `link`), as absolute URLs resolved against the page. */
function linksOf(
	html: string,
	pageUrl: string
): { rel: string; type: string; url: string; text: string }[] {
	const doc = parseDocument(html);
	const found = DomUtils.findAll(
		(e) => (e.name === 'a' || e.name === 'link') && Boolean(e.attribs.href),
		doc.children
	) as Element[];
	return found.map((e) => ({
		rel: e.attribs.rel ?? '',
		type: e.attribs.type ?? '',
		url: new URL(e.attribs.href ?? '', pageUrl).toString(),
		text: DomUtils.textContent(e).trim()
	}));
}

/** Checks a value against the schema the document gives, its references resolved in place. */
function schemaChecker(doc: Doc) {
	// The document's references point into components; as $defs they resolve in one schema.
	const defs = JSON.parse(
		JSON.stringify(doc.components.schemas).replaceAll('#/components/schemas/', '#/$defs/')
	) as Record<string, unknown>;
	const ajv = new Ajv2020({ allErrors: true });
	ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
	ajv.addFormat('uri', (value: string) => URL.canParse(value));
	return (schema: unknown, value: unknown) => {
		const rewritten = JSON.parse(
			JSON.stringify(schema).replaceAll('#/components/schemas/', '#/$defs/')
		) as object;
		const validate = ajv.compile({ ...rewritten, $defs: defs });
		const ok = validate(value);
		return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
	};
}

for (const dialect of testDialects()) {
	describe(`OpenAPI document [${dialect}]`, () => {
		const served = servedApp(dialect, {
			prepare: seedFictionalCountry,
			env: { PLEDGEWATCH_SKIP_DEMO: '1' }
		});
		let doc: Doc;
		const get = (path: string) => fetch(`${served.app.url}${path}`, { redirect: 'manual' });
		const schemaOf = (path: string, status: string) =>
			doc.paths[path]?.get.responses[status]?.content?.['application/json']?.schema;

		beforeAll(async () => {
			const response = await get('/api/v1/openapi.json');
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toContain('application/json');
			expect(response.headers.get('etag')).toBeTruthy();
			doc = (await response.json()) as Doc;
		}, 180_000);

		it('is a valid OpenAPI 3.1 document for this site', async () => {
			const validator = new Validator();
			const result = await validator.validate(doc as unknown as Record<string, unknown>);
			expect(result.errors ?? []).toEqual([]);
			expect(result.valid).toBe(true);
			expect(validator.version).toBe('3.1');
			expect(doc.servers).toEqual([{ url: served.app.url }]);
		});

		it('describes every endpoint and every parameter the lists accept', async () => {
			expect(Object.keys(doc.paths).sort()).toEqual(
				[
					'/api/v1',
					'/api/v1/openapi.json',
					'/api/v1/countries/{code}/feed.atom',
					...API_RESOURCES.flatMap((r) => [`/api/v1/${r}`, `/api/v1/${r}.csv`])
				].sort()
			);
			for (const resource of API_RESOURCES) {
				for (const path of [`/api/v1/${resource}`, `/api/v1/${resource}.csv`]) {
					const names = (doc.paths[path]?.get.parameters ?? []).map((p) => p.name);
					expect(names, path).toEqual(Object.keys(describeParameters(resource)));
					// Read to the end, so no unread body holds a connection while the next request
					// goes out (this test has twice failed with ECONNRESET under load).
					const response = await get(path);
					await response.arrayBuffer();
					expect(response.status, path).toBe(200);
				}
			}
			const feed = await get('/api/v1/countries/xt/feed.atom');
			await feed.arrayBuffer();
			expect(feed.status).toBe(200);
		});

		it.each(API_RESOURCES)('answers /api/v1/%s as its schema says', async (resource) => {
			const check = schemaChecker(doc);
			const search = resource === 'countries' ? '' : '?country=XT';
			const response = await get(`/api/v1/${resource}${search}`);
			expect(response.status).toBe(200);
			const body = (await response.json()) as { data: unknown[] };
			// Something to check: the fixture publishes at least one record of each kind.
			expect(body.data.length, resource).toBeGreaterThan(0);
			const schema = schemaOf(`/api/v1/${resource satisfies ApiResource}`, '200');
			expect(schema).toBeDefined();
			expect(check(schema, body)).toEqual([]);
			// In a language, each record also says the language of its fields and lists their versions.
			const inRussian = await get(`/api/v1/${resource}${search ? `${search}&` : '?'}lang=ru`);
			expect(inRussian.status).toBe(200);
			const translated = (await inRussian.json()) as { data: Record<string, unknown>[] };
			expect(translated.data.length).toBe(body.data.length);
			for (const item of translated.data) {
				expect(item, resource).toHaveProperty('lang');
				expect(item, resource).toHaveProperty('translations');
			}
			expect(check(schema, translated)).toEqual([]);
		});

		it('answers a bad parameter and an unknown country as the document says', async () => {
			const check = schemaChecker(doc);
			const bad = await get('/api/v1/cases?type=ban');
			expect(bad.status).toBe(400);
			expect(check(schemaOf('/api/v1/cases', '400'), await bad.json())).toEqual([]);
			const missing = await get('/api/v1/countries/qq/feed.atom');
			expect(missing.status).toBe(404);
			expect(
				check(schemaOf('/api/v1/countries/{code}/feed.atom', '404'), await missing.json())
			).toEqual([]);
		});

		it('has a guide at /open-data, linked from the footer, that links every endpoint and country', async () => {
			const home = await get('/');
			const footerLinks = linksOf(await home.text(), `${served.app.url}/`);
			expect(footerLinks.map((l) => l.url)).toContain(`${served.app.url}/open-data`);

			const response = await get('/open-data');
			expect(response.status).toBe(200);
			// Cached like the other public pages.
			expect(response.headers.get('cache-control')).toContain('public');
			expect(response.headers.get('etag')).toBeTruthy();
			const html = await response.text();
			expect(html).toContain('No licence has been set for this data yet.');
			const urls = linksOf(html, `${served.app.url}/open-data`).map((l) => l.url);
			const expected = [
				'/api/v1',
				'/api/v1/openapi.json',
				'/api/v1/countries/xt/feed.atom',
				'/countries/xt',
				...API_RESOURCES.flatMap((r) => [`/api/v1/${r}`, `/api/v1/${r}.csv`]),
				...['pledges', 'cases', 'engagements'].map((r) => `/api/v1/${r}.csv?country=xt`)
			].map((path) => `${served.app.url}${path}`);
			for (const url of expected) {
				expect(urls, url).toContain(url);
				expect((await fetch(url)).status, url).toBe(200);
			}
			// Every parameter and every field of each list, in the code's own words.
			const text = DomUtils.textContent(parseDocument(html));
			for (const resource of API_RESOURCES) {
				for (const accepts of Object.values(describeParameters(resource))) {
					expect(text, resource).toContain(accepts);
				}
			}
			const caseFields = Object.keys(
				(doc.components.schemas.Case as { properties: object }).properties
			);
			for (const field of caseFields) expect(html).toContain(`<code>${field}</code>`);
		});

		it('links a country page to its feed and CSV files, the feed also in the head', async () => {
			const pageUrl = `${served.app.url}/countries/xt`;
			const response = await get('/countries/xt');
			expect(response.status).toBe(200);
			const links = linksOf(await response.text(), pageUrl);
			const feed = `${served.app.url}/api/v1/countries/xt/feed.atom`;
			expect(links).toContainEqual(
				expect.objectContaining({ rel: 'alternate', type: 'application/atom+xml', url: feed })
			);
			const urls = links.map((l) => l.url);
			for (const url of [
				feed,
				`${served.app.url}/open-data`,
				...['pledges', 'cases', 'engagements'].map(
					(r) => `${served.app.url}/api/v1/${r}.csv?country=xt`
				)
			]) {
				expect(urls, url).toContain(url);
				const answer = await fetch(url);
				expect(answer.status, url).toBe(200);
			}
			const csv = await fetch(`${served.app.url}/api/v1/cases.csv?country=xt`);
			expect(csv.headers.get('content-type')).toContain('text/csv');
			expect((await fetch(feed)).headers.get('content-type')).toContain('application/atom+xml');
		});
	});
}
