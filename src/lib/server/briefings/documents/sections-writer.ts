import type { BriefingContent, PackSectionKey, PackTimelineFigure } from '$lib/domain/briefing';
import { markdownBlocks, type Block, type Run } from '$lib/briefing/markdown-blocks';
import {
	SECTION_TITLES,
	askOutcomeLine,
	caseLine,
	endnoteText,
	euLine,
	packSections,
	personLine,
	pledgeMeta,
	ratingChangeLine,
	refMarker,
	unpublishedLine
} from '$lib/briefing/sections';
import { formatDate } from '$lib/dates';

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
}

export interface PackWriter {
	section(key: PackSectionKey, title: string): void;
	heading(text: string, refs?: string): void;
	meta(text: string): void;
	paragraph(runs: readonly Run[], refs?: string): void;
	blocks(blocks: readonly Block[], refs?: string): void;
	list(items: readonly ListItem[], ordered: boolean): void;
	figure(figure: PackTimelineFigure): void;
}

const plain = (text: string): Run[] => [{ text }];

const SECTIONS: Record<PackSectionKey, (w: PackWriter, c: BriefingContent) => void> = {
	summary(w, c) {
		w.blocks(markdownBlocks(c.summary.text));
		for (const figure of c.summary.figures) {
			w.paragraph([{ text: `${figure.value} `, strong: true }, { text: figure.label }]);
			w.meta(`How computed: ${figure.computed}`);
		}
	},
	pledges(w, c) {
		for (const pledge of c.pledges) {
			w.heading(pledge.title, refMarker(pledge.refs));
			w.meta(pledgeMeta(pledge));
			w.blocks(markdownBlocks(pledge.rationale));
			if (pledge.contradictedBy.length > 0) {
				w.paragraph([{ text: 'Contradicted by', em: true }]);
				w.list(
					pledge.contradictedBy.map((k) => ({
						runs: plain(caseLine(k)),
						refs: refMarker(k.refs),
						under: markdownBlocks(k.note)
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
			c.people.map((p) => ({ runs: plain(personLine(p)), refs: refMarker(p.refs) })),
			false
		);
	},
	laws(w, c) {
		for (const law of c.laws) {
			w.heading(law.article ? `${law.title} (${law.article})` : law.title, refMarker(law.refs));
			if (law.cases.length === 0) w.meta('No case in this pack cites it.');
			else
				w.list(
					law.cases.map((k) => ({ runs: plain(`${k.title}, ${formatDate(k.start)}`), refs: '' })),
					false
				);
		}
	},
	unpublished(w, c) {
		w.meta('Internal: these records are not published and must not be shared outside staff.');
		w.list(
			(c.unpublished ?? []).map((k) => ({
				runs: plain(unpublishedLine(k)),
				refs: '',
				under: markdownBlocks(k.description)
			})),
			false
		);
	},
	eu(w, c) {
		for (const item of c.eu) {
			w.heading(item.title, refMarker(item.refs));
			w.meta(euLine(item));
			w.blocks(markdownBlocks(item.note));
		}
	},
	sinceLast(w, c) {
		const since = c.sinceLast;
		if (!since) return;
		w.paragraph(
			plain(
				since.previous
					? `Since ${since.previous.title} (${formatDate(since.previous.date)}):`
					: 'No earlier engagement with this country is on the record; everything below is new.'
			)
		);
		const lists: [string, ListItem[]][] = [
			[
				'New cases',
				since.newCases.map((k) => ({ runs: plain(caseLine(k)), refs: refMarker(k.refs) }))
			],
			[
				'Rating changes',
				since.ratingChanges.map((r) => ({ runs: plain(ratingChangeLine(r)), refs: '' }))
			],
			[
				'Asks raised and their outcome',
				since.asks.map((a) => ({
					runs: plain(`${a.text} — ${askOutcomeLine(a.status)}`),
					refs: ''
				}))
			]
		];
		for (const [title, items] of lists) {
			w.heading(title);
			if (items.length === 0) w.meta('None.');
			else w.list(items, false);
		}
	},
	asks(w, c) {
		w.list(
			c.asks.map((ask) => {
				// The ask's first paragraph is the item; anything after it is printed under it.
				const [first, ...rest] = markdownBlocks(ask.text);
				const runs = first?.kind === 'paragraph' ? first.runs : [];
				return {
					runs,
					refs: refMarker(ask.refs),
					under: first?.kind === 'list' ? [first, ...rest] : rest
				};
			}),
			true
		);
	},
	talkingPoints(w, c) {
		w.list(
			c.talkingPoints.filter((t) => t.trim() !== '').map((t) => ({ runs: plain(t), refs: '' })),
			false
		);
	},
	endnotes(w, c) {
		w.list(
			c.endnotes.map((n) => ({ runs: plain(endnoteText(n)), refs: '' })),
			true
		);
	}
};

/** Writes every section the pack prints, in order, each under its heading. */
export function writeSections(w: PackWriter, content: BriefingContent): void {
	for (const key of packSections(content)) {
		w.section(key, SECTION_TITLES[key]);
		SECTIONS[key](w, content);
	}
}
