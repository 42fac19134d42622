import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import PackDocument from '../../src/lib/components/briefing/PackDocument.svelte';
import type { BriefingContent } from '../../src/lib/domain/briefing';
import { renderPackDocx } from '../../src/lib/server/briefings/documents/docx';
import { renderPackPdf } from '../../src/lib/server/briefings/documents/pdf';
import { briefingContent, ISSUE } from '../fixtures/briefing-content';
import { docxLangOf, docxRuns } from '../helpers/docx-languages';
import { langOf, pdfTextLanguages } from '../helpers/pdf-languages';

/*
 * A Russian or Kazakh pack prints record text (titles, rationales, notes, descriptions, as
 * staff wrote them) in the record's language, English here; the PDF's structure tree and the
 * .docx's runs say so, as the pack's web page does, so a screen reader does not read English
 * words with Russian sounds. The pack's own words carry only the document's language, and the
 * endnotes keep each source's own (unmarked). Pure: no database.
 */

const RECORD_TEXT = [
	'Reform the XT assembly law', // a pledge's title
	'The law was not changed', // its rationale
	'Dispersal under the', // the note of a case contradicting it
	'Criminal Code of Testland', // a law's title
	'Article 1 makes respect for human rights' // an EU item's note
];

function inLanguage(language: 'ru' | 'kk'): BriefingContent {
	return { ...briefingContent(), language };
}

describe('record text in a Russian or Kazakh pack', () => {
	it.each(['ru', 'kk'] as const)(
		'is marked English in the PDF’s structure tree (%s)',
		async (l) => {
			const pieces = await pdfTextLanguages(await renderPackPdf(inLanguage(l), ISSUE));
			for (const text of RECORD_TEXT)
				expect({ text, lang: langOf(pieces, text) }).toEqual({ text, lang: 'en' });
			// The pack's own words and the sources are not marked as English.
			expect(langOf(pieces, l === 'ru' ? 'Сводка' : 'Қысқаша мазмұны')).toBeUndefined();
			expect(langOf(pieces, 'Testland government programme')).toBeUndefined();
		}
	);

	it.each(['ru', 'kk'] as const)('is marked English in the .docx’s runs (%s)', async (l) => {
		const runs = docxRuns(await renderPackDocx(inLanguage(l), ISSUE));
		for (const text of RECORD_TEXT)
			expect({ text, lang: docxLangOf(runs, text) }).toEqual({ text, lang: 'en' });
		expect(docxLangOf(runs, 'Testland government programme')).toBeUndefined();
	});

	it('is not marked in an English pack, which is English throughout', async () => {
		const pieces = await pdfTextLanguages(await renderPackPdf(briefingContent(), ISSUE));
		expect(pieces.filter((p) => p.lang !== undefined)).toEqual([]);
		const runs = docxRuns(await renderPackDocx(briefingContent(), ISSUE));
		expect(runs.filter((r) => r.lang !== undefined)).toEqual([]);
	});
});

/*
 * Each piece of record text carries its own language (content.textLangs, from the builder):
 * a Russian title printed in a Russian pack is not marked, one written in Russian in an English
 * pack is marked Russian, and an item shown in another language says so in the pack's words.
 */
describe('record text in its own language', () => {
	const RU_TITLE = 'Реформа закона о собраниях';
	/** The fixture with its first pledge's title in Russian, written so or translated. */
	function withRussianTitle(language: 'en' | 'ru'): BriefingContent {
		const c = briefingContent();
		const [first, ...rest] = c.pledges;
		return {
			...c,
			...(language === 'en' ? {} : { language }),
			pledges: [{ ...first!, title: RU_TITLE }, ...rest],
			textLangs: { 'xt-pledge-assembly': { title: 'ru', rationale: 'en' } }
		};
	}

	it('leaves a translated title unmarked in a Russian pack, and marks what is English', async () => {
		const content = withRussianTitle('ru');
		const pieces = await pdfTextLanguages(await renderPackPdf(content, ISSUE));
		expect(langOf(pieces, RU_TITLE)).toBeUndefined();
		expect(langOf(pieces, 'The law was not changed')).toBe('en');
		expect(langOf(pieces, 'Independent courts for XT')).toBe('en');
		const at = pieces.findIndex((p) => p.text.includes(RU_TITLE));
		// Its rationale is English: the mark in Russian follows the line of facts.
		expect(pieces[at + 2]?.text).toBe('Ещё не переведено; показано на английском');
		const runs = docxRuns(await renderPackDocx(content, ISSUE));
		expect(docxLangOf(runs, RU_TITLE)).toBeUndefined();
		expect(docxLangOf(runs, 'Independent courts for XT')).toBe('en');
		expect(docxLangOf(runs, 'Ещё не переведено; показано на английском')).toBeUndefined();
	});

	it('marks a title written in Russian in an English pack, and says it is not translated', async () => {
		const content = withRussianTitle('en');
		const pieces = await pdfTextLanguages(await renderPackPdf(content, ISSUE));
		expect(langOf(pieces, RU_TITLE)).toBe('ru');
		expect(langOf(pieces, 'The law was not changed')).toBeUndefined();
		expect(pieces.map((p) => p.text)).toContain('Not yet translated; shown in Russian');
		const runs = docxRuns(await renderPackDocx(content, ISSUE));
		expect(docxLangOf(runs, RU_TITLE)).toBe('ru');
		expect(docxLangOf(runs, 'Not yet translated; shown in Russian')).toBeUndefined();
		const page = render(PackDocument, { props: { content, issue: ISSUE } }).body.replace(
			/<!--[^>]*-->/g,
			''
		);
		expect(page).toContain(`<span lang="ru">${RU_TITLE}</span>`);
		expect(page).toContain('Not yet translated; shown in Russian');
		expect(page).not.toMatch(/<(?:span|p|ul|ol|li) lang="en"/);
	});
});
