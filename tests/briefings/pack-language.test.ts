import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import * as fontkit from 'fontkit';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import PackDocument from '../../src/lib/components/briefing/PackDocument.svelte';
import type { BriefingContent, PackIssue } from '../../src/lib/domain/briefing.js';
import { assembleBriefing } from '../../src/lib/server/briefings/assemble.js';
import { renderPackDocx } from '../../src/lib/server/briefings/documents/docx.js';
import { renderPackPdf } from '../../src/lib/server/briefings/documents/pdf.js';
import {
	fontBytes,
	FONT_FILES,
	type FontName
} from '../../src/lib/server/briefings/documents/fonts.js';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { englishWords } from '../helpers/interface-words.js';
import { VISIT_PACK } from './fixture.js';

/*
 * A pack in Russian or Kazakh: every word the pack itself writes (headings, labels, figures,
 * dates, the timeline's lanes, page numbers) is in that language in the PDF and the .docx;
 * record text (titles, notes, names, sources as staff wrote them, in English in the demo)
 * stays as written. An English pack is what it always was.
 */

const ISSUE: PackIssue = {
	issuedAt: '2021-11-22T09:00:00.000Z',
	issuedBy: 'Pledgewatch',
	classification: 'public'
};

/* Latin-script words a Russian pack may print besides record text: names of formats and programs. */
const FORMAT_WORDS = ['PDF', 'Word', 'Microsoft', 'SVG'];

/** Every text in the pack that staff wrote (record text), which no language changes. */
function recordText(c: BriefingContent): string {
	return [
		c.occasion.title,
		c.summary.text,
		...c.themes.map((t) => t.name),
		...c.pledges.flatMap((p) => [
			p.title,
			p.rationale,
			...p.contradictedBy.flatMap((k) => [k.title, k.note])
		]),
		...c.people.flatMap((p) => [p.name, p.situation]),
		...c.laws.flatMap((l) => [l.title, l.article ?? '', ...l.cases.map((k) => k.title)]),
		...c.eu.flatMap((e) => [e.title, e.note]),
		c.sinceLast?.previous?.title ?? '',
		...(c.sinceLast?.newCases.map((k) => k.title) ?? []),
		...(c.sinceLast?.asks.map((a) => a.text) ?? []),
		...(c.sinceLast?.ratingChanges.map((r) => r.pledgeTitle) ?? []),
		...c.asks.map((a) => a.text),
		...c.talkingPoints,
		...c.endnotes.flatMap((n) => [n.title, n.authors, n.publisher, n.url ?? '', ...n.locators])
	].join(' ');
}

async function pdfText(bytes: Buffer): Promise<string> {
	const parser = new PDFParse({ data: new Uint8Array(bytes) });
	try {
		return (await parser.getText()).text;
	} finally {
		await parser.destroy();
	}
}

async function docxText(bytes: Buffer): Promise<string> {
	return (await mammoth.extractRawText({ buffer: bytes })).value;
}

/** The English words left in a pack's text that are not record text nor a format's name. */
function interfaceEnglish(text: string, content: BriefingContent): string[] {
	return englishWords(text, [...englishWords(recordText(content)), ...FORMAT_WORDS]);
}

describeEachDatabase('briefing packs in Russian and Kazakh', ({ db }) => {
	let english: BriefingContent;
	let russian: BriefingContent;
	let kazakh: BriefingContent;

	beforeAll(async () => {
		await loadDemo(db());
		english = await assembleBriefing(db(), VISIT_PACK);
		russian = await assembleBriefing(db(), { ...VISIT_PACK, language: 'ru' });
		kazakh = await assembleBriefing(db(), { ...VISIT_PACK, language: 'kk' });
	}, 60_000);

	it('keeps the English pack as it was: no language field, English words', async () => {
		expect('language' in english).toBe(false);
		expect(english.title).toBe(
			'Briefing on Kazakhstan: President Tokayev visits Brussels, 25–26 November 2021'
		);
		// Lines wrap in the PDF; its words read in order.
		const text = (await pdfText(await renderPackPdf(english, ISSUE))).replace(/\s+/g, ' ');
		expect(text).toContain('Summary');
		expect(text).toContain('Public · Issued 22 November 2021');
		expect(text).toContain('Page 1 of');
		expect(text).toContain('How computed: Published cases whose period overlaps the window');
		expect(text).toContain('(from 1 January 2016 to 26 November 2021)');
	});

	it('writes a Russian pack’s own words in Russian, record text as written', async () => {
		expect(russian.language).toBe('ru');
		expect(russian.title).toBe(
			'Брифинг: Казахстан. President Tokayev visits Brussels, 25–26 ноября 2021 г.'
		);
		// The same record: the same figures and endnotes as the English pack.
		expect(russian.summary.figures.map((f) => f.value)).toEqual(
			english.summary.figures.map((f) => f.value)
		);
		expect(russian.endnotes).toEqual(english.endnotes);

		const pdf = (await pdfText(await renderPackPdf(russian, ISSUE))).replace(/\s+/g, ' ');
		expect(pdf).toContain('Сводка');
		expect(pdf).toContain('Публичный · Выпущен 22 ноября 2021 г.');
		expect(pdf).toContain('Страница 1 из');
		expect(pdf).toContain('Human-rights and political reform');
		expect(interfaceEnglish(pdf, russian)).toEqual([]);

		const docx = await docxText(await renderPackDocx(russian, ISSUE));
		expect(docx).toContain('Рекомендуемые требования');
		expect(docx).toContain('Press for an end to charges');
		expect(interfaceEnglish(docx, russian)).toEqual([]);
	});

	it('marks record text as English on the print page of a Russian pack, and only there', () => {
		const page = render(PackDocument, { props: { content: russian, issue: ISSUE } }).body;
		expect(page).toContain('lang="ru"');
		expect(page.replace(/<!--[^>]*-->/g, '')).toContain(
			'<span lang="en">A reformed law on peaceful assembly</span>'
		);
		// Svelte's hydration comments sit between the paragraph's tag and its text.
		const text = page.replace(/<!--[^>]*-->/g, '');
		expect(text).toContain('<p lang="en">The source speaks of the reformed assembly law');
		const englishPage = render(PackDocument, { props: { content: english, issue: ISSUE } }).body;
		// An English pack is English throughout: only the pack itself names its language.
		expect(englishPage).not.toMatch(/<(?:span|p|ul|ol) lang="en"/);
	});

	it('records the language of the pack’s own text: drawn from the record, its record’s', () => {
		// The occasion is an engagement titled in English; the asks and the talking points are
		// drawn from the demo's asks, written in English; the summary the pack writes itself.
		expect(russian.occasion.lang).toBe('en');
		expect(russian.asks.map((a) => a.lang)).toEqual(russian.asks.map(() => 'en'));
		expect(russian.talkingPointLangs).toEqual(russian.talkingPoints.map(() => 'en'));
		expect(russian.summary.lang).toBe('ru');
		const page = render(PackDocument, { props: { content: russian, issue: ISSUE } }).body.replace(
			/<!--[^>]*-->/g,
			''
		);
		expect(page).toContain('Брифинг: Казахстан. <span lang="en">President Tokayev visits Brussels');
		// In the summary the pack writes in Russian, the occasion's title is marked too.
		expect(page).toMatch(/<p>[^<]*<span lang="en">President Tokayev visits Brussels<\/span> \(25/);
		// An English pack records English and marks nothing.
		expect(english.occasion.lang).toBe('en');
		expect(english.asks.every((a) => a.lang === 'en')).toBe(true);
	});

	it('takes a typed occasion’s title as written in the pack’s language, or in the one given', async () => {
		const typed = { title: 'Диалог по правам человека', date: '2021-11-20' };
		const ru = await assembleBriefing(db(), { ...VISIT_PACK, occasion: typed, language: 'ru' });
		expect(ru.occasion.lang).toBe('ru');
		const en = await assembleBriefing(db(), {
			...VISIT_PACK,
			occasion: { ...typed, title: 'Human-rights dialogue', lang: 'en' },
			language: 'ru'
		});
		expect(en.occasion.lang).toBe('en');
	});

	it('states a pack’s limits in its language', async () => {
		const ahead = await assembleBriefing(db(), {
			...VISIT_PACK,
			occasion: { title: 'Human-rights dialogue', date: '2026-06-01' },
			language: 'ru'
		});
		expect(ahead.limits).toHaveLength(1);
		expect(ahead.limits[0]).toContain('ещё впереди');
		expect(englishWords(ahead.limits.join(' '))).toEqual([]);
	});

	it('writes a Kazakh pack’s own words in Kazakh, in both files', async () => {
		const pdf = await pdfText(await renderPackPdf(kazakh, ISSUE));
		expect(pdf).toContain('Қысқаша мазмұны');
		expect(interfaceEnglish(pdf, kazakh)).toEqual([]);
		const docx = await docxText(await renderPackDocx(kazakh, ISSUE));
		expect(docx).toContain('Ұсынылатын талаптар');
		expect(interfaceEnglish(docx, kazakh)).toEqual([]);
	});
});

describe('the PDF fonts', () => {
	it('have glyphs for Cyrillic and every Kazakh letter, capital and small', () => {
		const letters = [...'ӘҒҚҢӨҰҮҺІәғқңөұүһіАБВЖЩЫЭЮЯабвжщыэюяё'];
		for (const name of Object.keys(FONT_FILES) as FontName[]) {
			const font = fontkit.create(fontBytes(name));
			const missing = letters.filter((l) => !font.hasGlyphForCodePoint(l.codePointAt(0) ?? 0));
			expect({ name, missing }).toEqual({ name, missing: [] });
		}
	});
});
