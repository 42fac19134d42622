import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import PackDocument from '../../src/lib/components/briefing/PackDocument.svelte';
import type { BriefingContent } from '../../src/lib/domain/briefing';
import { renderPackDocx } from '../../src/lib/server/briefings/documents/docx';
import { renderPackPdf } from '../../src/lib/server/briefings/documents/pdf';
import { applyPackEdits, type EditFormEcho } from '../../src/lib/server/briefings/packs';
import { briefingContent, ISSUE } from '../fixtures/briefing-content';
import { docxLangOf, docxRuns } from '../helpers/docx-languages';
import { langOf, pdfTextLanguages } from '../helpers/pdf-languages';

/*
 * The pack's own text, which its director writes or the builder draws from the record (the
 * occasion's title, the summary, the asks, the talking points), carries the language it is in,
 * as record text does: in a Russian pack an occasion titled in English, an ask the director
 * wrote in English and a talking point drawn from an English ask are marked English on the
 * web page (`lang`), in the PDF's structure tree (/Lang) and in the .docx's runs (w:lang); what
 * is in Russian is not marked. And a person's line that joins several case titles marks each
 * title in its own language. Pure: no database.
 */

const OCCASION = 'XT president visits Brussels';
const RU_ASK = 'Освободить всех, кто заключён за мирный протест.';
const EN_ASK = 'Repeal Article 405 or narrow it to violence';
const EN_POINT = 'The assembly law is unchanged since the 2019 pledge.';
const RU_POINT = 'Мирные критики по-прежнему в тюрьме.';
const RU_SUMMARY = 'Тестландия обещала реформировать закон о собраниях.';
const RU_CASE = 'Активист заключён в тюрьму';
const EN_RESTRICTION = 'Travel ban after release';

/** A Russian pack whose own text is partly English, and a person with titles in two languages. */
function russianPack(): BriefingContent {
	const c = briefingContent();
	const [, second] = c.asks;
	return {
		...c,
		language: 'ru',
		title: `Записка по Тестландии: ${OCCASION}, 25–26 ноября 2021 г.`,
		occasion: { ...c.occasion, lang: 'en' },
		summary: { ...c.summary, text: RU_SUMMARY, lang: 'ru' },
		asks: [
			{ askId: 'xt-ask-1', text: RU_ASK, refs: [2], lang: 'ru' },
			{ ...second!, lang: 'en' }
		],
		talkingPoints: [EN_POINT, RU_POINT],
		talkingPointLangs: ['en', 'ru'],
		people: [
			{
				id: 'xt-case-prison:0',
				name: 'Активист',
				pseudonymised: false,
				situation: `${RU_CASE}; ${EN_RESTRICTION}`,
				since: null,
				ongoingAsOf: null,
				caseIds: ['xt-case-prison', 'xt-case-travel'],
				refs: [2]
			}
		],
		textLangs: {
			'xt-case-prison:0': { name: 'ru', situation: 'ru' },
			'xt-case-prison': { title: 'ru' },
			'xt-case-travel': { title: 'en' }
		}
	};
}

const page = (content: BriefingContent) =>
	render(PackDocument, { props: { content, issue: ISSUE } }).body.replace(/<!--[^>]*-->/g, '');

describe('the pack’s own text in a Russian pack', () => {
	it('marks the English occasion title, ask and talking point on the web page, not the Russian', () => {
		const html = page(russianPack());
		expect(html).toMatch(
			new RegExp(`<h1[^>]*>Записка по Тестландии: <span lang="en">${OCCASION}</span>, 25`)
		);
		expect(html).toMatch(
			new RegExp(`<dd[^>]*><span lang="en">${OCCASION}</span>, приблизительно 25`)
		);
		expect(html).toContain(`<p lang="en">${EN_ASK}`);
		expect(html).toMatch(new RegExp(`<p>\\s*${RU_ASK}`));
		expect(html).toMatch(new RegExp(`<li lang="en">\\s*${EN_POINT}`));
		expect(html).toMatch(new RegExp(`<li>\\s*${RU_POINT}`));
		expect(html).toMatch(new RegExp(`<p>\\s*${RU_SUMMARY}`));
	});

	/** Each text and the language it is marked with in the files (none: the pack's). */
	const MARKED = [
		['Записка по Тестландии', undefined],
		[EN_ASK, 'en'],
		[RU_ASK, undefined],
		[EN_POINT, 'en'],
		[RU_POINT, undefined],
		[RU_SUMMARY, undefined]
	] as const;

	it('tags them in the PDF’s structure tree', async () => {
		const pieces = await pdfTextLanguages(await renderPackPdf(russianPack(), ISSUE));
		// The title and the title block's occasion line: the occasion's title in English.
		expect(pieces.filter((p) => p.text === OCCASION).map((p) => p.lang)).toEqual(['en', 'en']);
		for (const [text, lang] of MARKED)
			expect({ text, lang: langOf(pieces, text) }).toEqual({ text, lang });
	});

	it('gives their runs their language in the .docx', async () => {
		const runs = docxRuns(await renderPackDocx(russianPack(), ISSUE));
		expect(runs.filter((r) => r.text === OCCASION).map((r) => r.lang)).toEqual(['en', 'en']);
		for (const [text, lang] of MARKED)
			expect({ text, lang: docxLangOf(runs, text) }).toEqual({ text, lang });
	});

	it('leaves an English pack without marks, and a pack built before languages too', async () => {
		const content = briefingContent();
		expect(page(content)).not.toMatch(/<(?:span|p|ul|ol|li|dd) lang="/);
		const old = { ...russianPack(), occasion: briefingContent().occasion };
		delete old.talkingPointLangs;
		old.asks = old.asks.map(({ askId, text, refs }) => ({ askId, text, refs }));
		const runs = docxRuns(await renderPackDocx(old, ISSUE));
		expect(docxLangOf(runs, EN_ASK)).toBeUndefined();
		expect(docxLangOf(runs, EN_POINT)).toBeUndefined();
	});
});

describe('a person’s line joining case titles in two languages', () => {
	it('marks each title with its own language on the web page', () => {
		const html = page(russianPack());
		expect(html).toContain(`${RU_CASE}; <span lang="en">${EN_RESTRICTION}</span>`);
		expect(html).not.toContain(`<span lang="en">${RU_CASE}`);
	});

	it('tags each in the PDF and the .docx', async () => {
		const pieces = await pdfTextLanguages(await renderPackPdf(russianPack(), ISSUE));
		expect(langOf(pieces, EN_RESTRICTION)).toBe('en');
		expect(langOf(pieces, RU_CASE)).toBeUndefined();
		const runs = docxRuns(await renderPackDocx(russianPack(), ISSUE));
		expect(docxLangOf(runs, EN_RESTRICTION)).toBe('en');
		expect(docxLangOf(runs, RU_CASE)).toBeUndefined();
	});

	it('marks the whole situation by its first case in a pack built before titles kept theirs', () => {
		const c = russianPack();
		const html = page({
			...c,
			textLangs: { 'xt-case-prison:0': { name: 'ru', situation: 'en' } }
		});
		expect(html).toContain(`<span lang="en">${RU_CASE}; ${EN_RESTRICTION}</span>`);
	});
});

/*
 * The director's edits: text they wrote takes the language they say they write in (the
 * editor's "written in", the pack's language unless they change it); text they left as it was
 * keeps its own, so an English ask drawn from the record stays marked English after a save.
 */
describe('saving the draft', () => {
	const echo = (c: BriefingContent, over: Partial<EditFormEcho>): EditFormEcho => ({
		summary: c.summary.text,
		asks: c.asks.map((a) => ({ askId: a.askId, text: a.text, refs: a.refs.join(',') })),
		newAsk: '',
		talkingPoints: c.talkingPoints.join('\n'),
		omit: [],
		drop: [],
		writtenIn: 'ru',
		...over
	});

	it('keeps the language of what was left as it was, and gives what was written the author’s', () => {
		const c = russianPack();
		const saved = applyPackEdits(
			c,
			echo(c, {
				writtenIn: 'kk',
				summary: 'Тестландия жиналыстар туралы заңды реформалауға уәде берді.',
				newAsk: 'Саяси тұтқындарды босату.',
				talkingPoints: `${EN_POINT}\nБейбіт сыншылар әлі түрмеде.`
			})
		);
		expect(saved.asks.map((a) => a.lang)).toEqual(['ru', 'en', 'kk']);
		expect(saved.summary.lang).toBe('kk');
		expect(saved.talkingPointLangs).toEqual(['en', 'kk']);
		expect(saved.authorLang).toBe('kk');
	});

	it('takes an edited ask as written in the author’s language', () => {
		const c = russianPack();
		const e = echo(c, {});
		e.asks[1] = { ...e.asks[1]!, text: 'Отменить статью 405.' };
		const saved = applyPackEdits(c, e);
		expect(saved.asks.map((a) => a.lang)).toEqual(['ru', 'ru']);
		// A moved ask keeps its language.
		const moved = applyPackEdits(c, echo(c, {}), '1:up');
		expect(moved.asks.map((a) => [a.text.slice(0, 6), a.lang])).toEqual([
			[EN_ASK.slice(0, 6), 'en'],
			[RU_ASK.slice(0, 6), 'ru']
		]);
	});
});
