import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

/*
 * The words of a page's interface, for the tests that check a Russian or Kazakh page has no
 * English interface word left. Record text (titles, descriptions, names as staff wrote them)
 * is marked lang="en" and is not interface; it is left out.
 */

/* Latin-script words that may stand on a Russian or Kazakh page: names, formats, codes. */
const ALLOWED = new Set([
	'Pledgewatch',
	'API',
	'CSV',
	'Atom',
	'JSON',
	'ISO',
	'SHA',
	'UTC',
	'QR',
	'PDF',
	'Word',
	'docx'
]);

/** The text of a page a reader sees in the page's language: without record text (lang="en"). */
export function interfaceText(html: string): string {
	const doc = parseDocument(html);
	const drop = DomUtils.findAll(
		(e) =>
			e.name === 'script' ||
			e.name === 'style' ||
			(e.name !== 'html' && (e.attribs.lang ?? '') === 'en'),
		doc.children
	) as Element[];
	for (const el of drop) DomUtils.removeElement(el);
	// A timeline mark's label names its record ("Обещание: A reformed law…, …"): left out.
	const labelled = DomUtils.findAll((e) => !('data-item' in e.attribs), doc.children) as Element[];
	const attributes = labelled.flatMap((e) =>
		['aria-label', 'title', 'placeholder', 'alt']
			.map((name) => e.attribs[name])
			.filter((v): v is string => Boolean(v))
	);
	const head = (DomUtils.findAll((e) => e.name === 'meta', doc.children) as Element[])
		.filter((e) => e.attribs.name === 'description')
		.map((e) => e.attribs.content ?? '');
	return [DomUtils.textContent(doc), ...attributes, ...head].join(' ').replace(/\s+/g, ' ');
}

/** The Latin-script words left in a text, but for names and formats (and `also` allowed). */
export function englishWords(text: string, also: readonly string[] = []): string[] {
	return [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])].filter(
		(w) => !ALLOWED.has(w) && !also.includes(w)
	);
}
