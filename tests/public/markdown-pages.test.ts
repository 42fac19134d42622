import { randomUUID } from 'node:crypto';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { testDialects } from '../helpers/databases.js';
import { servedApp } from '../helpers/served-app.js';
import { seedFictionalCountry } from './fixture.js';

/*
 * Markdown on public pages, through a running app on each database: descriptions and the
 * country summary read as formatted text, an injection attempt stays inert, social previews
 * and the feed stay plain text, and the open data keeps the Markdown source. The home page map
 * matches countries by ISO code. Testland (XT) is fictional; the two real-country rows carry
 * no records at all, only a name and a code for the map.
 */

const MARKDOWN = [
	'Held **without charge**, see [the report](https://example.org/xt-report).',
	'',
	'Injection attempts: <script>alert("xt-script")</script>',
	'[bad link](javascript:alert("xt-link")) <javascript:alert("xt-auto")>',
	'<img src="x" onerror="alert(\'xt-img\')"> <a href="javascript:alert(\'xt-a\')">raw link</a>'
].join('\n');
const SUMMARY = 'Testland is *fictional*: see the [test notes](https://example.org/xt-notes).';

/** Elements of a document matching a test, anywhere in it. */
const all = (doc: Document, test: (e: Element) => boolean) =>
	DomUtils.findAll(test, doc.children) as Element[];
const text = (e: Element) => DomUtils.textContent(e).trim();

/** The page reads the Markdown as formatted text, and nothing typed into it can run. */
function expectRenderedSafely(html: string, where: string) {
	const doc = parseDocument(html);
	const strong = all(doc, (e) => e.name === 'strong' && text(e) === 'without charge');
	expect(strong.length, `${where}: bold`).toBeGreaterThan(0);
	const links = all(
		doc,
		(e) => e.name === 'a' && e.attribs.href === 'https://example.org/xt-report'
	);
	expect(links.map(text), `${where}: link`).toContain('the report');
	expect(links[0]?.attribs.rel, `${where}: link rel`).toContain('nofollow');
	// The source text itself is not on the page, neither shown nor in the page data.
	expect(html, where).not.toContain('**without charge**');

	// Nothing typed became a script, an event handler or a script address.
	const scripts = all(doc, (e) => e.name === 'script');
	expect(
		scripts.filter((s) => /alert\("xt-/.test(text(s).slice(0, 40))),
		where
	).toEqual([]);
	const handlers = all(doc, (e) => Object.keys(e.attribs).some((a) => a.startsWith('on')));
	expect(
		handlers.map((e) => e.name),
		`${where}: event handlers`
	).toEqual([]);
	const scriptLinks = all(doc, (e) =>
		Object.values(e.attribs).some((v) => /^\s*javascript:/i.test(v))
	);
	expect(
		scriptLinks.map((e) => e.name),
		`${where}: javascript: addresses`
	).toEqual([]);
	expect(
		all(doc, (e) => e.name === 'img'),
		`${where}: images`
	).toEqual([]);
	// What was typed as HTML shows as text.
	expect(DomUtils.textContent(doc)).toContain('<script>alert("xt-script")</script>');
}

/** Whether a link points at a path; SvelteKit writes links relative to the page ("./countries/kz"). */
const linksTo = (e: Element, path: string) =>
	e.name === 'a' && (e.attribs.href ?? '').replace(/^\.?\//, '') === path;

/** A page's social preview: its description as plain text. */
function metaDescription(html: string): string {
	const doc = parseDocument(html);
	const meta = all(doc, (e) => e.name === 'meta' && e.attribs.name === 'description');
	expect(meta).toHaveLength(1);
	return meta[0]?.attribs.content ?? '';
}

for (const dialect of testDialects()) {
	describe(`Markdown and the map on public pages [${dialect}]`, () => {
		const get = (path: string) => fetch(`${served.app.url}${path}`, { redirect: 'manual' });
		const page = async (path: string) => {
			const response = await get(path);
			expect(response.status, path).toBe(200);
			return response.text();
		};

		/* The fictional country with Markdown everywhere, and two countries only for the map. */
		const served = servedApp(dialect, {
			prepare: async (db) => {
				const fixture = await seedFictionalCountry(db);
				await db
					.updateTable('countries')
					.set({ summary: SUMMARY })
					.where('id', '=', fixture.countryId)
					.execute();
				for (const table of ['pledges', 'cases', 'laws', 'engagements'] as const) {
					await db
						.updateTable(table)
						.set({ description: MARKDOWN })
						.where('country_id', '=', fixture.countryId)
						.execute();
				}
				const published = (table: 'laws' | 'engagements') =>
					db
						.selectFrom(table)
						.select('id')
						.where('country_id', '=', fixture.countryId)
						.where('status', '=', 'published')
						.where('deleted_at', 'is', null)
						.executeTakeFirstOrThrow();
				const lawId = (await published('laws')).id;
				const engagementId = (await published('engagements')).id;

				// Rows for the map only: a name that differs from Natural Earth's, and one that matches.
				const now = new Date().toISOString();
				for (const [code, name] of [
					['TR', 'Türkiye'],
					['KZ', 'Kazakhstan']
				] as const) {
					await db
						.insertInto('countries')
						.values({
							id: randomUUID(),
							code,
							name,
							status: 'published',
							created_at: now,
							updated_at: now,
							published_at: now
						})
						.execute();
				}
				return { ...fixture, lawId, engagementId };
			},
			env: { PLEDGEWATCH_SKIP_DEMO: '1' }
		});

		it('renders descriptions and the summary on the country page, inert', async () => {
			const html = await page('/countries/xt');
			expectRenderedSafely(html, 'country page');
			const doc = parseDocument(html);
			// The pledge, cases, law and engagement cards each show the description rendered.
			const cards = all(
				doc,
				(e) => e.name === 'article' && /^(pledge|case|law|engagement)-/.test(e.attribs.id ?? '')
			);
			const kinds = new Set(
				cards
					.filter((card) => DomUtils.findOne((e) => e.name === 'strong', card.children, true))
					.map((card) => card.attribs.id?.split('-')[0])
			);
			expect([...kinds].sort()).toEqual(['case', 'engagement', 'law', 'pledge']);
			// The summary, emphasis and link included.
			expect(all(doc, (e) => e.name === 'em' && text(e) === 'fictional')).toHaveLength(1);
			expect(
				all(doc, (e) => e.name === 'a' && e.attribs.href === 'https://example.org/xt-notes')
			).toHaveLength(1);
			expect(html).not.toContain('*fictional*');
		});

		it('renders the description on each detail page, with a plain-text preview', async () => {
			const paths = [
				`/countries/xt/cases/${served.fixture.caseIds.dispersal}`,
				`/countries/xt/pledges/${served.fixture.pledgeId}`,
				`/countries/xt/engagements/${served.fixture.engagementId}`,
				`/countries/xt/laws/${served.fixture.lawId}`
			];
			for (const path of paths) {
				const html = await page(path);
				expectRenderedSafely(html, path);
				const meta = metaDescription(html);
				if (!path.includes('/pledges/')) expect(meta, path).toContain('Held without charge');
				// Markdown read as text; what was typed as HTML stays text, escaped in the attribute.
				expect(meta, path).not.toMatch(/\*\*|<strong|\]\(https:/);
			}
		});

		it('keeps the Markdown source in the JSON and CSV, and plain text in the feed', async () => {
			const json = (await (await get('/api/v1/cases?country=XT')).json()) as {
				data: { id: string; description: string; descriptionHtml?: string }[];
			};
			const record = json.data.find((c) => c.id === served.fixture.caseIds.dispersal);
			expect(record?.description).toBe(MARKDOWN);
			expect(record).not.toHaveProperty('descriptionHtml');
			const countries = (await (await get('/api/v1/countries')).json()) as {
				data: { code: string; summary: string }[];
			};
			expect(countries.data.find((c) => c.code === 'XT')?.summary).toBe(SUMMARY);
			const csv = await page('/api/v1/pledges.csv?country=XT');
			expect(csv).toContain('Held **without charge**');

			const feed = await page('/api/v1/countries/xt/feed.atom');
			const summaries = all(parseDocument(feed, { xmlMode: true }), (e) => e.name === 'summary');
			const summary = summaries.map(text).find((s) => s.includes('Held without charge'));
			expect(summary).toBeDefined();
			expect(summary).not.toContain('**');
		});

		it('shades a country whose name differs from the atlas, and Kazakhstan, by ISO code', async () => {
			const doc = parseDocument(await page('/'));
			const svg = all(doc, (e) => e.name === 'svg')[0];
			expect(svg).toBeDefined();
			const shaded = (code: string) =>
				DomUtils.findAll((e) => linksTo(e, `countries/${code}`), svg?.children ?? []).map((a) => ({
					title: text(DomUtils.findOne((e) => e.name === 'title', a.children) as Element),
					shade: (DomUtils.findOne((e) => e.name === 'path', a.children) as Element).attribs.class
				}));
			expect(shaded('tr')).toEqual([
				{
					title: expect.stringMatching(/^Türkiye: /),
					shade: expect.stringContaining('shade-unrated')
				}
			]);
			expect(shaded('kz')).toEqual([
				{
					title: expect.stringMatching(/^Kazakhstan: /),
					shade: expect.stringContaining('shade-unrated')
				}
			]);
			// The fictional country has no outline; the list beside the map names it.
			expect(shaded('xt')).toEqual([]);
			const list = all(doc, (e) => linksTo(e, 'countries/xt'));
			expect(list.length).toBeGreaterThan(0);
		});
	});
}
