import { describe, expect, it } from 'vitest';
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
