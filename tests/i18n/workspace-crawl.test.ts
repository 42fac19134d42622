import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
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
/*
 * The briefing packs list and builder: another branch (packs) is changing that page now; its
 * words are translated after it lands. Crawled (its links are followed) but not checked.
 */
const NOT_YET_CHECKED = new Set(['/workspace/briefings']);

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

		beforeAll(async () => {
			for (const locale of ['ru', 'kk'] as const) {
				const { cookie } = await signedInStaff(served.app, {
					email: `crawl.${locale}.${dialect}@example.org`,
					role: 'admin',
					language: locale
				});
				cookies.set(locale, cookie);
			}
		}, 120_000);

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
				const queue = [...START];
				const found: Record<string, string[]> = {};
				while (queue.length > 0) {
					const path = queue.shift()!;
					if (seen.has(route(path)) || NOT_A_PAGE.test(path)) continue;
					seen.set(route(path), path);
					const { status, html } = await get(locale, path);
					expect(status, `${locale} ${path}`).toBe(200);
					expect(htmlLang(html), `${locale} ${path}`).toBe(locale);
					const words = englishWords(interfaceOnly(html), INPUT_SYNTAX);
					if (words.length > 0 && !NOT_YET_CHECKED.has(path)) found[path] = words;
					queue.push(...links(html, new URL(path, served.app.url)));
				}
				// The crawl reached a page of each kind of route the demo has.
				const routes = [...seen.keys()];
				for (const expected of [
					'/workspace/cases/:id',
					'/workspace/cases/:id/history',
					'/workspace/sources/new',
					'/workspace/import',
					'/workspace/trash',
					'/account/two-factor'
				]) {
					expect(routes, locale).toContain(expected);
				}
				expect(found, locale).toEqual({});
			}
		}, 240_000);
	});
}
