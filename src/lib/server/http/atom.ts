/*
 * Atom 1.0 (RFC 4287) written out by hand: the format is small and fixed, and every piece of
 * text goes through one escape, so record text can never open a tag or break the document.
 */

export interface AtomLink {
	href: string;
	rel: 'self' | 'alternate' | 'related';
	type?: string;
}

export interface AtomEntry {
	id: string;
	title: string;
	/** ISO-8601 timestamps. */
	updated: string;
	published?: string;
	summary: string;
	links: AtomLink[];
	categories: { term: string; label: string }[];
	/** The language of the title and of the summary, when it differs from the feed's. */
	titleLang?: string;
	summaryLang?: string;
}

export interface AtomFeed {
	id: string;
	title: string;
	subtitle: string;
	updated: string;
	author: string;
	links: AtomLink[];
	entries: AtomEntry[];
	/** The feed's language (xml:lang); left out, the feed says none, as before. */
	lang?: string;
}

/* Characters XML 1.0 does not allow at all (escaping cannot save them), dropped. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
	return text
		.replace(NOT_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

function link(l: AtomLink): string {
	const type = l.type ? ` type="${escapeXml(l.type)}"` : '';
	return `<link rel="${l.rel}"${type} href="${escapeXml(l.href)}"/>`;
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

const xmlLang = (lang: string | undefined) => (lang ? ` xml:lang="${escapeXml(lang)}"` : '');

function entry(e: AtomEntry): string {
	return [
		'  <entry>',
		`    ${element('id', e.id)}`,
		`    <title type="text"${xmlLang(e.titleLang)}>${escapeXml(e.title)}</title>`,
		`    ${element('updated', e.updated)}`,
		...(e.published ? [`    ${element('published', e.published)}`] : []),
		...e.links.map((l) => `    ${link(l)}`),
		...e.categories.map(
			(c) => `    <category term="${escapeXml(c.term)}" label="${escapeXml(c.label)}"/>`
		),
		`    <summary type="text"${xmlLang(e.summaryLang)}>${escapeXml(e.summary)}</summary>`,
		'  </entry>'
	].join('\n');
}

export function renderAtom(feed: AtomFeed): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom"${xmlLang(feed.lang)}>`,
		`  ${element('id', feed.id)}`,
		`  <title type="text">${escapeXml(feed.title)}</title>`,
		`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`,
		`  ${element('updated', feed.updated)}`,
		`  <author>${element('name', feed.author)}</author>`,
		...feed.links.map((l) => `  ${link(l)}`),
		...feed.entries.map(entry),
		'</feed>',
		''
	].join('\n');
}
