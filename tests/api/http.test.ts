import { parse } from 'csv-parse/sync';
import { Parser, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { testDialects } from '../helpers/databases.js';
import { servedApp } from '../helpers/served-app.js';
import { MARKER, seedFictionalCountry } from '../public/fixture.js';

/*
 * /api/v1 over HTTP on a running app: what clients actually get (status, headers, bodies)
 * for errors, pages, CSV, the Atom feed and revalidation.
 */

/** Every tag closed explicitly and in order: the feed is well-formed XML, not just parseable. */
function assertWellFormed(xml: string): void {
	const implied: string[] = [];
	const parser = new Parser(
		{
			onclosetag(name, isImplied) {
				// A self-closing tag (<link/>) closes itself; any other implied close is a missing one.
				const raw = xml.slice(parser.startIndex, parser.endIndex + 1);
				if (isImplied && !raw.endsWith('/>')) implied.push(name);
			}
		},
		{ xmlMode: true }
	);
	parser.write(xml);
	parser.end();
	expect(implied).toEqual([]);
	expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
	// Every ampersand starts one of XML's own entities.
	expect(xml.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toContain('&');
}

// The server on each database, as it runs in production.
for (const dialect of testDialects()) {
	describe(`open data over HTTP [${dialect}]`, () => {
		const served = servedApp(dialect, { prepare: seedFictionalCountry });
		const get = (path: string, headers: Record<string, string> = {}) =>
			fetch(`${served.app.url}${path}`, { headers, redirect: 'manual' });

		it('lists every endpoint at /api/v1', async () => {
			const response = await get('/api/v1');
			expect(response.status).toBe(200);
			const body = (await response.json()) as { endpoints: { path: string; csv?: string }[] };
			// The feed's path is a URI template: its {code} is for the client to fill, never escaped.
			const paths = body.endpoints.map((e) => e.path.slice(served.app.url.length));
			expect(paths).toEqual([
				'/api/v1/countries',
				'/api/v1/pledges',
				'/api/v1/cases',
				'/api/v1/engagements',
				'/api/v1/countries/{code}/feed.atom'
			]);
			for (const e of body.endpoints.filter((e) => e.csv)) {
				expect((await get(new URL(e.csv ?? '').pathname)).status).toBe(200);
			}
		});

		it('answers a bad parameter with 400 and a JSON body that names it', async () => {
			const response = await get('/api/v1/pledges?rating=excellent');
			expect(response.status).toBe(400);
			expect(response.headers.get('content-type')).toContain('application/json');
			expect(response.headers.get('cache-control')).toBe('no-store');
			const body = (await response.json()) as Record<string, string>;
			expect(body).toMatchObject({ error: 'invalid_parameter', parameter: 'rating' });
			expect(body.accepts).toContain('broken');

			const unknown = await get('/api/v1/cases.csv?colour=red');
			expect(unknown.status).toBe(400);
			expect(await unknown.json()).toMatchObject({ parameter: 'colour' });
		});

		it('answers an unknown path under /api/v1 with a JSON 404 that points at the index', async () => {
			for (const path of [
				'/api/v1/nothing',
				'/api/v1/cases/extra/parts',
				'/api/v1/countries/xt/nope'
			]) {
				const response = await get(path);
				expect(response.status, path).toBe(404);
				expect(response.headers.get('content-type'), path).toContain('application/json');
				const body = (await response.json()) as Record<string, string>;
				expect(body.error).toBe('not_found');
				expect(body.index).toBe(`${served.app.url}/api/v1`);
			}
		});

		it('pages with next and prev links that carry the filters', async () => {
			const first = await get('/api/v1/cases?country=xt&sort=title&limit=1');
			expect(first.status).toBe(200);
			const one = (await first.json()) as {
				data: { id: string }[];
				meta: { total: number };
				links: { next: string | null; prev: string | null; csv: string };
			};
			expect(one.meta.total).toBe(2);
			expect(one.links.prev).toBeNull();
			expect(one.links.next).not.toBeNull();
			const next = new URL(one.links.next ?? '');
			expect(next.searchParams.get('country')).toBe('xt');
			expect(next.searchParams.get('offset')).toBe('1');
			const two = (await (await get(next.pathname + next.search)).json()) as typeof one;
			expect(two.links.next).toBeNull();
			expect(two.links.prev).not.toBeNull();
			expect([...one.data, ...two.data].map((c) => c.id)).toEqual([
				served.fixture.caseIds.imprisonment,
				served.fixture.caseIds.dispersal
			]);
			expect(new URL(one.links.csv).pathname).toBe('/api/v1/cases.csv');
		});

		it('downloads CSV with its content type and the same records as the JSON', async () => {
			const response = await get('/api/v1/cases.csv?country=XT&sort=date');
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
			expect(response.headers.get('content-disposition')).toContain('pledgewatch-cases.csv');
			const text = await response.text();
			const rows: Record<string, string>[] = parse(text, { columns: true });
			expect(rows.map((r) => r.id)).toEqual([
				served.fixture.caseIds.imprisonment,
				served.fixture.caseIds.dispersal
			]);
			expect(text).not.toContain(MARKER);
			const pledges: Record<string, string>[] = parse(
				await (await get('/api/v1/pledges.csv')).text(),
				{
					columns: true
				}
			);
			expect(pledges.map((p) => [p.id, p.rating])).toEqual([[served.fixture.pledgeId, 'broken']]);
		});

		it('serves a well-formed Atom feed with ids, dates, links and escaped text', async () => {
			const response = await get('/api/v1/countries/xt/feed.atom');
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
			const xml = await response.text();
			assertWellFormed(xml);
			expect(xml).not.toContain(MARKER);

			const doc = parseDocument(xml, { xmlMode: true });
			const feed = doc.children.find((n): n is Element => n.type === 'tag') as Element;
			expect(feed.name).toBe('feed');
			expect(feed.attribs.xmlns).toBe('http://www.w3.org/2005/Atom');
			const children = (el: Element, name: string) =>
				el.children.filter((n): n is Element => n.type === 'tag' && n.name === name);
			const text = (el: Element, name: string) => {
				const found = children(el, name)[0];
				return found ? found.children.map((c) => ('data' in c ? c.data : '')).join('') : null;
			};
			const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
			expect(text(feed, 'id')).toMatch(/^tag:/);
			expect(text(feed, 'title')).toBe('Pledgewatch: Testland (fictional)');
			expect(text(feed, 'updated')).toMatch(iso);
			expect(children(feed, 'link').map((l) => l.attribs.rel)).toEqual(['self', 'alternate']);

			const entries = children(feed, 'entry');
			expect(entries).toHaveLength(4);
			const ids = entries.map((e) => text(e, 'id'));
			expect(new Set(ids).size).toBe(4);
			for (const entry of entries) {
				expect(text(entry, 'id')).toMatch(/^tag:/);
				expect(text(entry, 'title')).not.toBe('');
				expect(text(entry, 'updated')).toMatch(iso);
				// Each entry links to the page of what it announces, and that page exists.
				const href = children(entry, 'link')[0]?.attribs.href ?? '';
				const kind = children(entry, 'category')[0]?.attribs.term;
				expect(href).toMatch(
					kind === 'case' ? /\/countries\/xt\/cases\/[\w-]+$/ : /\/countries\/xt\/pledges\/[\w-]+$/
				);
				expect((await get(new URL(href).pathname)).status).toBe(200);
			}
			const caseEntry = entries.find((e) => text(e, 'title') === 'Activist imprisoned (fictional)');
			expect(children(caseEntry!, 'link')[0]?.attribs.href).toBe(
				`${served.app.url}/countries/xt/cases/${served.fixture.caseIds.imprisonment}`
			);
			const ratingEntry = entries.find((e) => text(e, 'title')?.includes('→ Broken'));
			expect(children(ratingEntry!, 'link')[0]?.attribs.href).toBe(
				`${served.app.url}/countries/xt/pledges/${served.fixture.pledgeId}`
			);
			expect(entries.map((e) => text(e, 'title'))).toContain(
				'Reform the assembly law (fictional): In the works → Broken'
			);

			const missing = await get('/api/v1/countries/xu/feed.atom');
			expect(missing.status).toBe(404);
			expect(await missing.text()).not.toContain(MARKER);
		});

		it('sends Cache-Control and a strong ETag, and 304 when the client holds the same bytes', async () => {
			for (const path of [
				'/api/v1',
				'/api/v1/cases',
				'/api/v1/cases.csv',
				'/api/v1/countries/XT/feed.atom'
			]) {
				const first = await get(path);
				const etag = first.headers.get('etag') ?? '';
				expect(etag, path).toMatch(/^"[^"]+"$/);
				expect(first.headers.get('cache-control')).toMatch(
					/^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/
				);
				await first.arrayBuffer();
				const again = await get(path, { 'if-none-match': etag });
				expect(again.status, path).toBe(304);
				expect(await again.text()).toBe('');
				expect(again.headers.get('etag')).toBe(etag);
				expect((await get(path, { 'if-none-match': `W/${etag}` })).status).toBe(304);
				const changed = await get(path, { 'if-none-match': '"something-else"' });
				expect(changed.status).toBe(200);
				await changed.arrayBuffer();
			}
			const a = (await get('/api/v1/cases?sort=title')).headers.get('etag');
			const b = (await get('/api/v1/cases?sort=-date')).headers.get('etag');
			expect(a).not.toBe(b);
		});
	});
}
