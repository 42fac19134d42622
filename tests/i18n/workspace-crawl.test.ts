import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { DEMO_PACK_ENGAGEMENT } from '../../src/lib/server/seed/demo-pack.js';
import { DEMO_COUNTRY } from '../../src/lib/server/seed/demo-kazakhstan.js';
import { testDialects } from '../helpers/databases.js';
import { servedApp } from '../helpers/served-app.js';
import { englishWords, interfaceText } from '../helpers/interface-words.js';
import { signedInStaff } from '../helpers/staff.js';

/*
 * Every workspace and account page a signed-in admin reaches from /workspace and /account in
 * the demo, crawled through a running app on each database in Russian and in Kazakh: one page
 * of each route (a record page of each kind, its history, each list, each new-record form,
 * the drafts, import, review, trash and briefing pages, the account pages) answers in the
 * language with no English interface word. Record text is marked with its language and is
 * left out; so are e-mail addresses, host names and ISO country codes given as examples
 * (web.archive.org, KZ), and the words a date field reads in every language.
 */

const INPUT_SYNTAX = ['UTC', 'Markdown', 'by', 'ongoing'];
const EMAIL = /[\w.+-]+@[\w.-]+/g;
const HOST = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/g;
const COUNTRY_CODE = /\b[A-Z]{2}\b/g;
/* Files and actions, not pages: downloads, the sign-out form's target, lookups. */
const NOT_A_PAGE = /\/(export|template|api)(\/|$)|\.(pdf|docx)$|^\/logout/;
const START = ['/workspace', '/account'];

const htmlLang = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];

/*
 * The page's interface text. A record page's <title> names the record ("Its title · Случаи ·
 * …"), a pack's page its pack, and a <title> cannot carry lang: the text the page marks as
 * English elsewhere (an element's and each of its elements') is taken out of it. Code (an
 * issued file's SHA-256, a column's name) is not words.
 */
function interfaceOnly(html: string): string {
	const doc = parseDocument(html);
	for (const code of DomUtils.findAll((e) => e.name === 'code', doc.children))
		DomUtils.removeElement(code);
	const english = DomUtils.findAll(
		(e) => e.name !== 'html' && e.attribs.lang === 'en',
		doc.children
	) as Element[];
	const marked = [...english, ...english.flatMap((e) => DomUtils.findAll(() => true, e.children))]
		.map((e) => DomUtils.textContent(e).replace(/\s+/g, ' ').trim())
		.filter((text) => text.length > 0)
		.sort((a, b) => b.length - a.length);
	return [...marked, EMAIL, HOST, COUNTRY_CODE].reduce<string>(
		(text, pattern) => text.replaceAll(pattern, ' '),
		interfaceText(DomUtils.getOuterHTML(doc))
	);
}

/* One page per route: /workspace/cases/<id>/history and another case's history are one route. */
function route(path: string): string {
	const parts = path.split('/');
	if (parts[1] === 'workspace' && parts.length > 3 && parts[3] !== 'new') parts[3] = ':id';
	return parts.join('/');
}

/* The workspace and account pages a page links to (its links are relative: "./workspace/cases"). */
function links(html: string, at: URL): string[] {
	return [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)]
		.map((m) => new URL(m[1]!.replaceAll('&amp;', '&'), at).pathname)
		.filter((path) => /^\/(workspace|account)(\/|$)/.test(path));
}

for (const dialect of testDialects()) {
	describe(`every workspace page in Russian and Kazakh [${dialect}]`, () => {
		const served = servedApp(dialect, { prepare: loadDemo });
		const cookies = new Map<string, string>();
		/* A draft pack the builder made (the demo's own pack is issued): its page is the editor. */
		let draft = '';

		beforeAll(async () => {
			for (const locale of ['ru', 'kk'] as const) {
				const { cookie } = await signedInStaff(served.app, {
					email: `crawl.${locale}.${dialect}@example.org`,
					role: 'admin',
					language: locale
				});
				cookies.set(locale, cookie);
			}
			const built = await build('ru', {
				country: DEMO_COUNTRY.code,
				engagement: DEMO_PACK_ENGAGEMENT,
				classification: 'public',
				language: 'en'
			});
			expect(built.status).toBe(303);
			draft = new URL(built.headers.get('location')!, served.app.url).pathname;
		}, 120_000);

		/* The builder's form sent as a browser without script sends it. */
		const build = (locale: string, fields: Record<string, string>) =>
			fetch(`${served.app.url}/workspace/briefings?/create`, {
				method: 'POST',
				headers: {
					cookie: cookies.get(locale)!,
					origin: served.app.url,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams(fields),
				redirect: 'manual'
			});

		const get = async (locale: string, path: string) => {
			const response = await fetch(`${served.app.url}${path}`, {
				headers: { cookie: cookies.get(locale)!, accept: 'text/html' },
				redirect: 'manual'
			});
			return { status: response.status, html: await response.text() };
		};

		it('finds no English interface word on any page reached from the workspace', async () => {
			for (const locale of ['ru', 'kk'] as const) {
				const seen = new Map<string, string>();
				// The draft first: the one page of its route the crawl checks is the draft's editor.
				const queue = [draft, ...START];
				const found: Record<string, string[]> = {};
				while (queue.length > 0) {
					const path = queue.shift()!;
					if (seen.has(route(path)) || NOT_A_PAGE.test(path)) continue;
					seen.set(route(path), path);
					const { status, html } = await get(locale, path);
					expect(status, `${locale} ${path}`).toBe(200);
					expect(htmlLang(html), `${locale} ${path}`).toBe(locale);
					const words = englishWords(interfaceOnly(html), INPUT_SYNTAX);
					if (words.length > 0) found[path] = words;
					queue.push(...links(html, new URL(path, served.app.url)));
				}
				// The crawl reached a page of each kind of route the demo has.
				const routes = [...seen.keys()];
				for (const expected of [
					'/workspace/cases/:id',
					'/workspace/cases/:id/history',
					'/workspace/sources/new',
					'/workspace/import',
					'/workspace/briefings',
					'/workspace/briefings/:id',
					'/workspace/trash',
					'/account/two-factor'
				]) {
					expect(routes, locale).toContain(expected);
				}
				expect(found, locale).toEqual({});
			}
		}, 240_000);

		it("answers the builder's refusals in the language, keeping what was typed", async () => {
			for (const locale of ['ru', 'kk'] as const) {
				const refused = await build(locale, {
					country: DEMO_COUNTRY.code,
					occasionTitle: 'Testland visit',
					occasionDate: '2021-11-25',
					from: '2021-12-01',
					to: '2021-01-01',
					classification: 'public',
					language: 'en'
				});
				expect(refused.status, locale).toBe(400);
				const html = await refused.text();
				expect(html, locale).toContain('role="alert"');
				expect(html, locale).toContain('value="Testland visit"');
				expect(englishWords(interfaceOnly(html), INPUT_SYNTAX), locale).toEqual([]);
			}
		});
	});
}
