import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildPack, issuePack } from '../../src/lib/server/briefings/packs.js';
import type { DB } from '../../src/lib/server/db/connect.js';
import { getBriefingPack } from '../../src/lib/server/repositories/briefing-packs.js';
import {
	publishTranslation,
	saveTranslation
} from '../../src/lib/server/repositories/translations.js';
import type { ContentLang } from '../../src/lib/domain/translations.js';
import type { RecordType } from '../../src/lib/domain/vocabulary.js';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { testDialects } from '../helpers/databases.js';
import { docxLangOf, docxRuns } from '../helpers/docx-languages.js';
import { langOf, pdfTextLanguages } from '../helpers/pdf-languages.js';
import { servedApp } from '../helpers/served-app.js';
import { addUser } from '../workspace/fixture.js';
import { VISIT_PACK } from './fixture.js';

/*
 * A Russian briefing pack on the built app, on each database (issue 12: "a Russian briefing
 * pack downloads as PDF and .docx"). The pack prints each record's published Russian
 * translation; text with none prints as written, in English, marked "not yet translated" in
 * Russian, and every piece carries its language: `lang` on the web page, /Lang in the PDF's
 * structure tree, w:lang in the .docx. Endnotes keep each source's own words. An issued pack
 * is a snapshot: a translation published after it was issued changes neither its page nor its
 * files, only packs built later. The Kazakh feed is read here too (open data, per language).
 *
 * The Russian and Kazakh texts below translate the demo's English (itself from
 * source-facts.md) and nothing more; the demo ships Russian titles of four cases.
 */

const RU_PLEDGE = 'Реформированный закон о мирных собраниях';
const RU_RATIONALE =
	'Источник говорит о реформированном законе о собраниях как о принятом, но сообщает, что протесты по-прежнему регулярно разгоняют, а их участников штрафуют или задерживают.';
const EN_PLEDGE = 'A reformed law on peaceful assembly';
/** A pledge with no Russian version: printed as written, marked. */
const UNTRANSLATED = 'Human-rights and political reform';
/** Published after the pack was issued: only packs built later show it. */
const LATER = { en: "Protecting women's rights", ru: 'Защита прав женщин' };
/** A demo case's Russian title (demo-translations.ts), printed where the case is listed. */
const RU_CASE = 'Макс Бокаев заключён в тюрьму за мирный протест';
const MARK_RU = 'Ещё не переведено; показано на английском';
/** A source's title, in its own language (English) in every pack. */
const SOURCE = 'Is EU serious about human rights in Kazakhstan?';
const KK_CASE = { id: 'kz-case-hola-news-blocking', en: 'HOLA News website blocked' };
const KK_TITLE = 'HOLA News сайты бұғатталды';

async function publish(
	db: DB,
	record_type: RecordType,
	record_id: string,
	field: string,
	lang: ContentLang,
	text: string
) {
	const saved = await saveTranslation(db, { record_type, record_id, field, lang }, text, 0, null);
	await publishTranslation(db, saved.id, saved.version, null);
}

async function prepare(db: DB) {
	await loadDemo(db);
	await publish(db, 'pledge', 'kz-pledge-assembly-law', 'title', 'ru', RU_PLEDGE);
	await publish(db, 'assessment', 'kz-assessment-assembly-law', 'rationale', 'ru', RU_RATIONALE);
	await publish(db, 'case', KK_CASE.id, 'title', 'kk', KK_TITLE);
	const researcher = { actor: await addUser(db, 'researcher', 'Pack Researcher') };
	const editor = { actor: await addUser(db, 'editor', 'Pack Editor') };
	const issue = async (language: 'ru' | 'kk') => {
		const id = await buildPack(db, researcher, { ...VISIT_PACK, language });
		await issuePack(db, editor, id, (await getBriefingPack(db, id)).version);
		return id;
	};
	const ru = await issue('ru');
	const kk = await issue('kk');
	// After issue: the issued packs keep what they were built with.
	await publish(db, 'pledge', 'kz-pledge-womens-rights', 'title', 'ru', LATER.ru);
	const later = await buildPack(db, researcher, { ...VISIT_PACK, language: 'ru' });
	return { ru, kk, later };
}

const elements = (html: string, test: (e: Element) => boolean) =>
	DomUtils.findAll(test, parseDocument(html).children) as Element[];
const text = (e: Element) => DomUtils.textContent(e).replace(/\s+/g, ' ').trim();
/** The language an element's text is in: its own `lang` or its nearest ancestor's. */
function langAt(e: Element | null): string | undefined {
	for (let at: Element | null = e; at; at = at.parent as Element | null)
		if (at.attribs?.lang) return at.attribs.lang;
	return undefined;
}
describe.each(testDialects())('a Russian briefing pack (%s)', (dialect) => {
	const served = servedApp(dialect, { prepare });
	const get = (path: string) => fetch(`${served.app.url}${path}`);

	it('shows published Russian text on the Russian pack page, marks the rest, each in its language', async () => {
		const { ru } = served.fixture;
		const response = await get(`/ru/countries/kz/briefings/${ru}`);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toMatch(/<html[^>]* lang="ru"/);
		const headings = elements(html, (e) => e.name === 'h3');
		const translated = headings.find((h) => text(h).startsWith(RU_PLEDGE))!;
		expect(translated, 'the translated pledge').toBeDefined();
		expect(langAt(DomUtils.findOne((e) => text(e) === RU_PLEDGE, translated.children))).toBe('ru');
		expect(html).not.toContain(EN_PLEDGE);
		expect(html).toContain(RU_RATIONALE);
		const english = headings.find((h) => text(h).startsWith(UNTRANSLATED))!;
		expect(langAt(DomUtils.findOne((e) => text(e) === UNTRANSLATED, english.children))).toBe('en');
		// The mark sits under the untranslated pledge, in Russian, and not under the translated one.
		// (A case's line under the translated pledge has a mark of its own: its note is English.)
		const marks = (h: Element) =>
			(h.parent as Element).children
				.filter((c): c is Element => c.type === 'tag' && c.name === 'p')
				.map(text)
				.filter((t) => t === MARK_RU);
		expect(marks(english)).toEqual([MARK_RU]);
		expect(marks(translated)).toEqual([]);
		// A demo case's Russian title, in its line.
		expect(html).toContain(RU_CASE);
		// The endnotes keep each source's own words, unmarked (sources have no versions per language).
		const source = elements(html, (e) => e.name === 'li' && text(e).includes(SOURCE))[0]!;
		expect(langAt(source)).toBe('ru');
		expect(source.attribs.lang).toBeUndefined();
	});

	it('prints the same in the Russian PDF and .docx: Russian text untagged, English tagged and marked', async () => {
		const { ru } = served.fixture;
		const pdfResponse = await get(`/countries/kz/briefings/${ru}/pack.pdf`);
		expect(pdfResponse.status).toBe(200);
		const pdf = Buffer.from(await pdfResponse.arrayBuffer());
		const pieces = await pdfTextLanguages(pdf);
		expect(langOf(pieces, RU_PLEDGE)).toBeUndefined();
		expect(langOf(pieces, RU_RATIONALE.slice(0, 40))).toBeUndefined();
		expect(langOf(pieces, UNTRANSLATED)).toBe('en');
		expect(langOf(pieces, MARK_RU)).toBeUndefined();
		const all = pieces.map((p) => p.text).join(' ');
		expect(all).not.toContain(EN_PLEDGE);
		expect(all).toContain(RU_CASE);
		// The mark follows the untranslated pledge's heading (after its line of facts).
		const at = pieces.findIndex((p) => p.text.includes(UNTRANSLATED));
		expect(pieces.slice(at + 1, at + 3).map((p) => p.text)).toContain(MARK_RU);
		const afterTranslated = pieces.findIndex((p) => p.text.includes(RU_PLEDGE));
		expect(pieces.slice(afterTranslated + 1, afterTranslated + 3).map((p) => p.text)).not.toContain(
			MARK_RU
		);
		expect(langOf(pieces, SOURCE)).toBeUndefined();

		const docxResponse = await get(`/countries/kz/briefings/${ru}/pack.docx`);
		expect(docxResponse.status).toBe(200);
		const docx = Buffer.from(await docxResponse.arrayBuffer());
		const runs = docxRuns(docx);
		expect(docxLangOf(runs, RU_PLEDGE)).toBeUndefined();
		expect(docxLangOf(runs, UNTRANSLATED)).toBe('en');
		expect(docxLangOf(runs, SOURCE)).toBeUndefined();
		const words = (await mammoth.extractRawText({ buffer: docx })).value;
		expect(words).toContain(RU_PLEDGE);
		expect(words).toContain(MARK_RU);
		expect(words).toContain(RU_CASE);
		expect(words).not.toContain(EN_PLEDGE);
	});

	it('keeps an issued pack as it was built: a later translation shows only in a later pack', async () => {
		const { ru, later } = served.fixture;
		const issued = await (await get(`/ru/countries/kz/briefings/${ru}`)).text();
		expect(issued).toContain(LATER.en);
		expect(issued).not.toContain(LATER.ru);
		const words = (
			await mammoth.extractRawText({
				buffer: Buffer.from(
					await (await get(`/countries/kz/briefings/${ru}/pack.docx`)).arrayBuffer()
				)
			})
		).value;
		expect(words).toContain(LATER.en);
		expect(words).not.toContain(LATER.ru);
		const built = await getBriefingPack(served.database.db, later);
		expect(built.body).toContain(LATER.ru);
	});

	it('prints a Kazakh pack with the published Kazakh title and nothing of the Russian', async () => {
		const { kk } = served.fixture;
		const html = await (await get(`/kk/countries/kz/briefings/${kk}`)).text();
		expect(html).toContain(KK_TITLE);
		expect(html).not.toContain(RU_PLEDGE);
		expect(html).toContain('Әлі аударылмаған; ағылшын тілінде көрсетілген');
		const pieces = await pdfTextLanguages(
			Buffer.from(await (await get(`/countries/kz/briefings/${kk}/pack.pdf`)).arrayBuffer())
		);
		expect(langOf(pieces, EN_PLEDGE)).toBe('en');
	});

	it('gives the Kazakh feed in Kazakh: Kazakh titles where published, the rest marked English', async () => {
		const feed = await (await get('/api/v1/countries/kz/feed.atom?lang=kk')).text();
		expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="kk">');
		expect(feed).not.toContain('Kazakhstan</title>');
		const entries = feed.split('<entry>').slice(1);
		const hola = entries.find((e) => e.includes(`/kk/countries/kz/cases/${KK_CASE.id}`))!;
		expect(hola).toContain(`<title type="text">${KK_TITLE}</title>`);
		expect(hola).toContain('label="Іс"');
		// Its summary is the English description, marked as such.
		expect(hola).toMatch(/<summary type="text" xml:lang="en">/);
		// A case with a Russian title only is in English in the Kazakh feed, marked.
		const bokaev = entries.find((e) => e.includes('kz-case-bokaev-imprisonment'))!;
		expect(bokaev).toContain(
			'<title type="text" xml:lang="en">Max Bokaev imprisoned for peaceful protest</title>'
		);
		expect(feed).not.toContain(RU_CASE);
		for (const english of ['label="Case"', 'Rating change', 'Assessed on'])
			expect(feed).not.toContain(english);
		// English as before: no Kazakh.
		expect(await (await get('/api/v1/countries/kz/feed.atom')).text()).not.toContain(KK_TITLE);
	});
});
