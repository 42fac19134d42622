import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { testDialects } from '../helpers/databases.js';
import { servedApp } from '../helpers/served-app.js';
import { MARKER, seedFictionalCountry } from './fixture.js';

/*
 * The public pages as HTML a checker accepts and a reader can read, through a running app on
 * each database: headings hold only phrasing content (a list inside a heading was the W3C
 * checker's one error), ids are unique, counted nouns agree with their numbers ("1 political
 * prisoner", never "1 political prisoners"), and the laws index exists beside the others and
 * lists published laws only, with how often each was applied.
 */

/* Elements that may not sit inside a heading or a paragraph (HTML's flow-only content). */
const FLOW_ONLY = new Set([
	'ul',
	'ol',
	'li',
	'dl',
	'div',
	'p',
	'table',
	'section',
	'article',
	'aside',
	'nav',
	'header',
	'footer',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'form',
	'blockquote'
]);
const PHRASING_ONLY = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);

function structureProblems(html: string): string[] {
	const doc = parseDocument(html);
	const problems: string[] = [];
	const elements = DomUtils.findAll(() => true, doc.children) as Element[];
	for (const el of elements.filter((e) => PHRASING_ONLY.has(e.name))) {
		const inside = DomUtils.findAll((e) => FLOW_ONLY.has(e.name), el.children) as Element[];
		for (const bad of inside) problems.push(`<${bad.name}> inside <${el.name}>`);
	}
	const ids = elements.map((e) => e.attribs.id).filter((id): id is string => Boolean(id));
	for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) {
		problems.push(`id "${id}" used more than once`);
	}
	return problems;
}

/* "1 cases", "1 pledges", ...: a count of one with a plural noun after it. */
const ONE_WITH_PLURAL =
	/(?<![\d,.])1 (?:of \d+ )?(?:published |documented |political |EU )?(?:cases|pledges|prisoners|engagements|laws|sources|asks)\b/;

for (const dialect of testDialects()) {
	describe(`public page structure [${dialect}]`, () => {
		const served = servedApp(dialect, { prepare: seedFictionalCountry });
		const page = async (path: string) => {
			const response = await fetch(`${served.app.url}${path}`, { redirect: 'manual' });
			expect(response.status, path).toBe(200);
			return response.text();
		};

		it('headings hold no lists or blocks, ids are unique, and counts agree with their nouns', async () => {
			const paths = [
				'/',
				'/open-data',
				'/countries/xt',
				'/countries/xt/cases',
				'/countries/xt/pledges',
				'/countries/xt/engagements',
				'/countries/xt/laws',
				`/countries/xt/cases/${served.fixture.caseIds.imprisonment}`,
				`/countries/xt/pledges/${served.fixture.pledgeId}`,
				`/countries/xt/engagements/${served.fixture.engagementId}`
			];
			for (const path of paths) {
				const html = await page(path);
				expect(structureProblems(html), path).toEqual([]);
				const text = DomUtils.textContent(parseDocument(html)).replace(/\s+/g, ' ');
				expect(text.match(ONE_WITH_PLURAL)?.[0] ?? null, path).toBeNull();
			}
		});

		it('an ongoing case reads "ongoing as of" its latest published source, on the card and its page', async () => {
			for (const path of [
				'/countries/xt',
				`/countries/xt/cases/${served.fixture.caseIds.dispersal}`
			]) {
				const text = DomUtils.textContent(parseDocument(await page(path))).replace(/\s+/g, ' ');
				expect(text, path).toContain(
					'by November 2021 – ongoing as of November 2021 (latest source)'
				);
			}
		});

		it('an engagement page tells asks made for it from asks raised at it', async () => {
			const html = await page(`/countries/xt/engagements/${served.fixture.engagementId}`);
			const terms = (
				DomUtils.findAll((e) => e.name === 'dt', parseDocument(html).children) as Element[]
			).map((dt) => DomUtils.textContent(dt).replace(/\s+/g, ' ').trim());
			expect(terms).toEqual(
				expect.arrayContaining(['Asks made for this visit', 'Asks raised here'])
			);
			const country = DomUtils.findAll(
				(e) => e.name === 'dt',
				parseDocument(await page('/countries/xt')).children
			) as Element[];
			const askTerms = country.map((dt) => DomUtils.textContent(dt).trim());
			expect(askTerms).toEqual(expect.arrayContaining(['Made for', 'Raised at']));
		});

		it('the laws index lists published laws with how often each was applied', async () => {
			const html = await page('/countries/xt/laws');
			expect(html).not.toContain(MARKER);
			const doc = parseDocument(html);
			const lines = DomUtils.findAll(
				(e) => e.name === 'li' && (e.parent as Element | null)?.attribs?.class === 'lines',
				doc.children
			) as Element[];
			const texts = lines.map((l) => DomUtils.textContent(l).replace(/\s+/g, ' ').trim());
			expect(texts).toHaveLength(1);
			expect(texts[0]).toMatch(
				/^Assembly act \(fictional\) In force · applied in 1 published case/
			);
			// The country page links to it.
			const country = parseDocument(await page('/countries/xt'));
			const links = DomUtils.findAll(
				(e) => e.name === 'a' && /countries\/xt\/laws$/.test(e.attribs.href ?? ''),
				country.children
			);
			expect(links.length).toBe(1);
		});
	});
}
