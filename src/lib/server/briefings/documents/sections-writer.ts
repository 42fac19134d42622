import type {
	BriefingContent,
	PackCaseRef,
	PackSectionKey,
	PackTimelineFigure
} from '$lib/domain/briefing';
import { markdownBlocks, type Block, type Run } from '$lib/briefing/markdown-blocks';
import {
	askOutcomeLine,
	packLocale,
	caseRefNote,
	linkNoteLang,
	packLangMark,
	packTextMark,
	personLineRuns,
	summaryBlocks,
	talkingPointLines,
	untranslatedNote,
	sectionTitle,
	caseLine,
	endnoteText,
	euLine,
	packSections,
	pledgeMeta,
	ratingChangeLine,
	refMarker,
	lawCaseLine,
	unpublishedLine,
	unpublishedMark
} from '$lib/briefing/sections';
import { formatDate } from '$lib/dates';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/*
 * What each section of a pack holds, written once for both files: the PDF and the .docx each
 * supply a PackWriter that knows how its format draws a heading, a line of facts, a paragraph
 * of Markdown, a list and the figure.
 */

export interface ListItem {
	runs: readonly Run[];
	refs: string;
	/** Blocks printed under the item (a case's link note, an ask's sub-list). */
	under?: readonly Block[];
	/** The language of the blocks under the item when it is not the pack's (record text). */
	underLang?: string;
	/** A line in the pack's language under the item: that its record text is not translated. */
	note?: string;
}

export interface PackWriter {
	section(key: PackSectionKey, title: string): void;
	/** A heading; `lang` marks a record's title in a pack of another language. */
	heading(text: string, refs?: string, lang?: string): void;
	meta(text: string): void;
	paragraph(runs: readonly Run[], refs?: string): void;
	/** A headline figure and, under it, how it is computed: the two read as one item. */
	fact(runs: readonly Run[], note: string): void;
	/** Markdown; `lang` marks record text in a pack of another language. */
	blocks(blocks: readonly Block[], refs?: string, lang?: string): void;
	list(items: readonly ListItem[], ordered: boolean): void;
	figure(figure: PackTimelineFigure): void;
}

/**
 * Markdown blocks through a writer's own paragraph and list, `refs` after the last one (where
 * the sources it cites apply), or on an empty paragraph when there are no blocks.
 */
export function writeBlocks(
	blocks: readonly Block[],
	refs: string,
	write: {
		paragraph(runs: readonly Run[], refs: string): void;
		list(items: ListItem[], ordered: boolean, refs: string): void;
	}
): void {
	if (blocks.length === 0 && refs) write.paragraph([], refs);
	blocks.forEach((block, i) => {
		const blockRefs = i === blocks.length - 1 ? refs : '';
		if (block.kind === 'paragraph') write.paragraph(block.runs, blockRefs);
		else
			write.list(
				block.items.map((runs) => ({ runs, refs: '' })),
				block.ordered,
				blockRefs
			);
	});
}

const plain = (text: string): Run[] => [{ text }];

/** Runs of a line in `lang`, where it is not the pack's (the pack's own text, as written). */
const inLang = (runs: readonly Run[], lang: string | undefined): Run[] =>
	lang ? runs.map((r) => ({ ...r, lang })) : [...runs];

/** Under an item's heading: that its record text is shown in another language, if it is. */
function untranslated(w: PackWriter, c: BriefingContent, id: string, fields: readonly string[]) {
	const note = untranslatedNote(c, id, fields);
	if (note) w.meta(note);
}

/** A case on a line of its own, with the mark when its title is not in the pack's language. */
function caseItem(c: BriefingContent, k: PackCaseRef, locale: Locale): ListItem {
	return {
		runs: plain(caseLine(k, locale)),
		refs: refMarker(k.refs),
		note: caseRefNote(c, k)
	};
}

const SECTIONS: Record<
	PackSectionKey,
	(w: PackWriter, c: BriefingContent, locale: Locale) => void
> = {
	summary(w, c, locale) {
		const summary = summaryBlocks(c);
		w.blocks(summary.blocks, '', summary.lang);
		for (const figure of c.summary.figures) {
			w.fact(
				[{ text: `${figure.value} `, strong: true }, { text: figure.label }],
				m.pack_doc_how_computed({ how: figure.computed }, { locale })
			);
		}
	},
	pledges(w, c, locale) {
		for (const pledge of c.pledges) {
			w.heading(pledge.title, refMarker(pledge.refs), packTextMark(c, pledge.id, 'title'));
			w.meta(pledgeMeta(pledge, locale));
			untranslated(w, c, pledge.id, ['title', 'rationale']);
			w.blocks(markdownBlocks(pledge.rationale), '', packTextMark(c, pledge.id, 'rationale'));
			if (pledge.contradictedBy.length > 0) {
				w.paragraph([{ text: m.pack_doc_contradicted_by({}, { locale }), em: true }]);
				w.list(
					pledge.contradictedBy.map((k) => ({
						...caseItem(c, k, locale),
						under: markdownBlocks(k.note),
						// Notes on links have no versions per language: as written, in English.
						underLang: linkNoteLang(c)
					})),
					false
				);
			}
		}
	},
	figure(w, c) {
		if (c.figure) w.figure(c.figure);
	},
	people(w, c) {
		w.list(
			c.people.map((p) => ({
				runs: personLineRuns(c, p),
				refs: refMarker(p.refs),
				note: untranslatedNote(c, p.id, ['name', 'situation'])
			})),
			false
		);
	},
	laws(w, c, locale) {
		for (const law of c.laws) {
			w.heading(
				law.article ? `${law.title} (${law.article})` : law.title,
				refMarker(law.refs),
				packTextMark(c, law.id, 'title')
			);
			if (law.unpublished) w.meta(unpublishedMark(law.unpublished, locale));
			untranslated(w, c, law.id, ['title']);
			if (law.cases.length === 0) w.meta(m.pack_doc_law_no_cases({}, { locale }));
			else
				w.list(
					law.cases.map((k) => ({
						runs: plain(lawCaseLine(k, locale)),
						refs: '',
						note: untranslatedNote(c, k.id, ['title'])
					})),
					false
				);
		}
	},
	unpublished(w, c, locale) {
		w.meta(m.pack_doc_unpublished_warning({}, { locale }));
		w.list(
			(c.unpublished ?? []).map((k) => ({
				runs: plain(unpublishedLine(k, locale)),
				refs: '',
				under: markdownBlocks(k.description),
				underLang: packTextMark(c, k.id, 'description'),
				note: untranslatedNote(c, k.id, ['title', 'description'])
			})),
			false
		);
	},
	eu(w, c, locale) {
		for (const item of c.eu) {
			w.heading(item.title, refMarker(item.refs), packTextMark(c, item.id, 'title'));
			w.meta(euLine(item, locale));
			untranslated(w, c, item.id, ['title', 'note']);
			w.blocks(markdownBlocks(item.note), '', packTextMark(c, item.id, 'note'));
		}
	},
	sinceLast(w, c, locale) {
		const since = c.sinceLast;
		if (!since) return;
		w.paragraph(
			plain(
				since.previous
					? m.pack_doc_since_previous(
							{ title: since.previous.title, date: formatDate(since.previous.date, locale) },
							{ locale }
						)
					: m.pack_doc_since_none({}, { locale })
			)
		);
		const lists: [string, ListItem[]][] = [
			[m.pack_doc_new_cases({}, { locale }), since.newCases.map((k) => caseItem(c, k, locale))],
			[
				m.pack_doc_rating_changes({}, { locale }),
				since.ratingChanges.map((r) => ({ runs: plain(ratingChangeLine(r, locale)), refs: '' }))
			],
			[
				m.pack_doc_asks_raised({}, { locale }),
				since.asks.map((a) => ({
					runs: plain(`${a.text} — ${askOutcomeLine(a.status, locale)}`),
					refs: ''
				}))
			]
		];
		for (const [title, items] of lists) {
			w.heading(title);
			if (items.length === 0) w.meta(m.pack_doc_none({}, { locale }));
			else w.list(items, false);
		}
	},
	asks(w, c) {
		w.list(
			c.asks.map((ask) => {
				// The ask's first paragraph is the item; anything after it is printed under it.
				const [first, ...rest] = markdownBlocks(ask.text);
				const lang = packLangMark(c, ask.lang);
				const runs = first?.kind === 'paragraph' ? first.runs : [];
				return {
					runs: inLang(runs, lang),
					refs: refMarker(ask.refs),
					under: first?.kind === 'list' ? [first, ...rest] : rest,
					...(lang ? { underLang: lang } : {})
				};
			}),
			true
		);
	},
	talkingPoints(w, c) {
		w.list(
			talkingPointLines(c).map((t) => ({ runs: inLang(plain(t.text), t.lang), refs: '' })),
			false
		);
	},
	endnotes(w, c, locale) {
		w.list(
			c.endnotes.map((n) => ({ runs: plain(endnoteText(n, locale)), refs: '' })),
			true
		);
	}
};

/**
 * Writes every section the pack prints, in order, each under its heading; record text is
 * marked with its language where the pack's is another, as on the pack's web page.
 */
export function writeSections(w: PackWriter, content: BriefingContent): void {
	const locale = packLocale(content);
	for (const key of packSections(content)) {
		w.section(key, sectionTitle(key, locale));
		SECTIONS[key](w, content, locale);
	}
}
