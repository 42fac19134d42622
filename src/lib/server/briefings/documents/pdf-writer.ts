import type { Block, Run } from '$lib/briefing/markdown-blocks';
import { packTitleRuns } from '$lib/briefing/sections';
import type { BriefingContent, PackSectionKey, PackTimelineFigure } from '$lib/domain/briefing';
import { fontSource, openFontsWithSharedLayout, type FontName } from './fonts';
import { writeBlocks, type ListItem, type PackWriter } from './sections-writer';
import { drawSvgFigure } from './svg-figure';

/*
 * The PDF's running text: headings, paragraphs of marked runs and lists, each tagged in the
 * PDF's structure tree (H1, H2, P, L/LI) so a screen reader and a text extractor read them in
 * order. pdf.ts says what goes where; this module only knows how text flows on A4.
 */

export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { top: 70, bottom: 64, left: 64, right: 64 };
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export const INK = '#111111';
export const MUTED = '#4d4d4d';

const BODY_SIZE = 10.5;
const LINE_GAP = 2;
const SMALL_SIZE = 8.5;

type Struct = PDFKit.PDFStructureElement;
type StructOptions = { alt?: string; lang?: string };

/** A structure element's language, only where it differs from the document's. */
const langOption = (lang: string | undefined): StructOptions => (lang ? { lang } : {});

export class PdfWriter implements PackWriter {
	readonly doc: PDFKit.PDFDocument;
	private part: Struct | null = null;

	/** @param keepWithFigure the pack's figure, whose heading must not end a page */
	constructor(
		doc: PDFKit.PDFDocument,
		private keepWithFigure: PackTimelineFigure | null = null
	) {
		this.doc = doc;
		for (const name of [
			'serif',
			'serifBold',
			'serifItalic',
			'serifBoldItalic',
			'sans',
			'sansBold',
			'mono'
		] as FontName[]) {
			doc.registerFont(name, fontSource(name) as Buffer);
		}
		openFontsWithSharedLayout(doc);
	}

	/** Starts a new page when less than `needed` points are left, so nothing is orphaned. */
	ensureSpace(needed: number): void {
		if (this.doc.y + needed > PAGE.height - MARGIN.bottom) this.doc.addPage();
	}

	/** A tagged part of the document (a section), holding what follows until the next one. */
	startSection(): void {
		this.part?.end();
		this.part = this.doc.struct('Sect');
		this.doc.addStructure(this.part);
	}

	end(): void {
		this.part?.end();
		this.part = null;
	}

	private add(type: string, draw: () => void, options: StructOptions = {}): void {
		this.attach(this.doc.struct(type, options, draw));
	}

	/** An element put in the current part, open for its content to be drawn into; end it after. */
	private open(type: string, options: StructOptions = {}): Struct {
		const element = this.doc.struct(type, options);
		this.attach(element);
		return element;
	}

	/** Puts an element in the current part; its drawing runs now, in the order of the page. */
	private attach(element: Struct): void {
		if (this.part) this.part.add(element);
		else this.doc.addStructure(element);
	}

	/** A section: a tagged part under its heading; the timeline's heading stays with the figure. */
	section(key: PackSectionKey, title: string): void {
		this.startSection();
		const figure = this.keepWithFigure;
		this.title(title, 1, '', key === 'figure' && figure ? figureHeight(figure) + 70 : undefined);
	}

	heading(text: string, refs = '', lang?: string): void {
		this.title(text, 2, refs, undefined, lang);
	}

	/** A heading, kept on a page with at least `keep` points of what follows it. */
	title(text: string, level: 1 | 2, refs = '', keep = level === 1 ? 90 : 60, lang?: string): void {
		const doc = this.doc;
		const size = level === 1 ? 14 : 11.5;
		this.ensureSpace(keep);
		doc.moveDown(level === 1 ? 0.9 : 0.5);
		doc.x = MARGIN.left;
		this.add(
			level === 1 ? 'H1' : 'H2',
			() => {
				const marker = refs ? ` ${refs}` : '';
				const markerWidth = marker
					? doc.font('sans').fontSize(SMALL_SIZE).widthOfString(marker)
					: 0;
				doc.font('sansBold').fontSize(size).fillColor(INK);
				const laid = keepLastWordWith(doc, text, TEXT_WIDTH, markerWidth);
				// The heading's own height: a marker ends the text in a smaller font, after which
				// pdfkit would move down by the smaller line only and what follows would touch it.
				const bottom = doc.y + doc.heightOfString(laid, { width: TEXT_WIDTH });
				doc.text(laid, { width: TEXT_WIDTH, continued: marker !== '' });
				if (marker) doc.font('sans').fontSize(SMALL_SIZE).fillColor(MUTED).text(marker);
				doc.y = Math.max(doc.y, bottom);
			},
			langOption(lang)
		);
		doc.moveDown(level === 1 ? 0.35 : 0.2);
	}

	/**
	 * The pack's title, the occasion's title in it perhaps in another language: as `title`,
	 * with such a run a Span of its own.
	 */
	packTitle(content: BriefingContent): void {
		const runs = packTitleRuns(content);
		if (runs.every((r) => !r.lang)) return this.title(runs.map((r) => r.text).join(''), 1);
		const doc = this.doc;
		const size = 14;
		this.ensureSpace(90);
		doc.moveDown(0.9);
		doc.x = MARGIN.left;
		const h1 = this.open('H1');
		const text = runs.map((r) => r.text).join('');
		const bottom =
			doc.y + doc.font('sansBold').fontSize(size).heightOfString(text, { width: TEXT_WIDTH });
		addSteps(
			doc,
			h1,
			runs.map((run, i) => ({
				lang: run.lang,
				draw: () => {
					doc.font('sansBold').fontSize(size).fillColor(INK);
					doc.text(run.text, { width: TEXT_WIDTH, continued: i < runs.length - 1 });
				}
			}))
		);
		h1.end();
		doc.y = Math.max(doc.y, bottom);
		doc.moveDown(0.35);
	}

	/** A line of the title block: its label in small sans, its value beside it. */
	row(label: string, value: readonly Run[]): void {
		const doc = this.doc;
		const y = doc.y;
		const p = this.open('P');
		this.runs(p, value, '', TEXT_WIDTH - 104, MARGIN.left + 104, BODY_SIZE, () => {
			doc.font('sans').fontSize(8.5).fillColor(MUTED).text(label, MARGIN.left, y, { width: 100 });
			doc.y = y;
		});
		p.end();
		doc.x = MARGIN.left;
		doc.moveDown(0.2);
	}

	/** A small line of facts in sans (a rating, a date): meta-information under a heading. */
	meta(text: string, indent = 0): void {
		const doc = this.doc;
		this.add('P', () => {
			doc
				.font('sans')
				.fontSize(SMALL_SIZE + 0.5)
				.fillColor(MUTED);
			doc.text(text, MARGIN.left + indent, doc.y, { width: TEXT_WIDTH - indent });
		});
		doc.moveDown(0.25);
	}

	/**
	 * Draws `runs` (and the endnote marker after them) as content of `into`: each stretch of
	 * runs in one language is one piece of it, a stretch marked with another language than the
	 * element's a Span that says so (a record's title inside a line of the pack's words).
	 * `before` draws first, in the first piece (a list item's bullet).
	 */
	private runs(
		into: Struct,
		runs: readonly Run[],
		refs: string,
		width: number,
		x: number,
		size: number,
		before?: () => void
	): void {
		const doc = this.doc;
		const pieces = runs.filter((r) => r.text !== '');
		const steps: { lang?: string; draw: () => void }[] = [];
		if (before) steps.push({ draw: before });
		const marker = refs ? `${pieces.length > 0 ? ' ' : ''}${refs.replaceAll(' ', NBSP)}` : '';
		pieces.forEach((run, i) => {
			steps.push({
				lang: run.lang,
				draw: () => {
					if (i === 0) doc.x = x;
					this.run(run, i === pieces.length - 1, marker, width, x, size);
				}
			});
		});
		// The endnote marker: smaller, in sans, after the sentence it sources.
		if (marker)
			steps.push({
				draw: () => {
					if (pieces.length === 0) doc.x = x;
					doc
						.font('sans')
						.fontSize(SMALL_SIZE - 0.5)
						.fillColor(MUTED);
					doc.text(marker, { width, continued: false, link: null, underline: false });
				}
			});
		addSteps(doc, into, steps);
	}

	/** One run of a line; the last before a marker takes its last word down with it if need be. */
	private run(
		run: Run,
		last: boolean,
		marker: string,
		width: number,
		x: number,
		size: number
	): void {
		const doc = this.doc;
		const font = runFont(run);
		const options: PDFKit.Mixins.TextOptions = { width, lineGap: LINE_GAP };
		if (run.href) Object.assign(options, { link: run.href, underline: true });
		else Object.assign(options, { link: null, underline: false });
		doc.font(font).fontSize(size).fillColor(INK);
		if (!last || !marker) {
			doc.text(run.text, { ...options, continued: !last || marker !== '' });
			return;
		}
		// The last word goes down with the marker when the marker would not fit after it.
		const cut = run.text.trimEnd().lastIndexOf(' ');
		const head = cut > 0 ? run.text.slice(0, cut) : '';
		const tail = cut > 0 ? run.text.slice(cut) : run.text;
		if (head) doc.text(head, { ...options, continued: true });
		const tailWidth = doc.widthOfString(tail);
		const markerWidth = doc
			.font('sans')
			.fontSize(SMALL_SIZE - 0.5)
			.widthOfString(marker);
		doc.font(font).fontSize(size);
		const at = continuedX(doc);
		const wraps = at > 0 && at + tailWidth <= width && at + tailWidth + markerWidth > width;
		if (wraps) {
			// End the line here (a "\n" inside continued text would leave the word at the
			// old line's end position), then start the next line with the word.
			doc.text('', { ...options, continued: false });
			doc.x = x;
			doc.y += doc.currentLineHeight(true) + LINE_GAP;
		}
		doc.text(wraps ? tail.trimStart() : tail, { ...options, continued: true });
	}

	paragraph(runs: readonly Run[], refs = '', indent = 0, size = BODY_SIZE, lang?: string): void {
		const doc = this.doc;
		this.ensureSpace(size * 2.6);
		const p = this.open('P', langOption(lang));
		this.runs(p, runs, refs, TEXT_WIDTH - indent, MARGIN.left + indent, size);
		p.end();
		doc.moveDown(0.35);
	}

	/** A figure with its note close under it, and the space after the pair, not between them. */
	fact(runs: readonly Run[], note: string): void {
		const doc = this.doc;
		this.ensureSpace(BODY_SIZE * 4);
		const p = this.open('P');
		this.runs(p, runs, '', TEXT_WIDTH, MARGIN.left, BODY_SIZE);
		p.end();
		doc.moveDown(0.1);
		this.meta(note);
		doc.moveDown(0.35);
	}

	/** Markdown blocks; `refs` goes after the last one, where the sources it cites apply. */
	blocks(blocks: readonly Block[], refs = '', lang?: string): void {
		writeBlocks(blocks, refs, {
			paragraph: (runs, blockRefs) => this.paragraph(runs, blockRefs, 0, BODY_SIZE, lang),
			list: (items, ordered, blockRefs) => this.list(items, ordered, 0, blockRefs, lang)
		});
	}

	/**
	 * A list; each item is runs, optional refs and optional blocks printed under it. Tagged L,
	 * an LI per item, the blocks under an item a P of their own (with the item's `underLang`).
	 */
	list(
		items: readonly ListItem[],
		ordered: boolean,
		indent = 0,
		trailingRefs = '',
		lang?: string
	): void {
		const doc = this.doc;
		const labelWidth = ordered ? 20 : 12;
		const x = MARGIN.left + indent;
		const width = TEXT_WIDTH - indent - labelWidth;
		const list = doc.struct('L', langOption(lang));
		this.attach(list);
		items.forEach((item, i) => {
			const entry = doc.struct('LI');
			list.add(entry);
			const refs =
				i === items.length - 1 && trailingRefs ? `${item.refs} ${trailingRefs}`.trim() : item.refs;
			this.runs(entry, item.runs, refs, width, x + labelWidth, BODY_SIZE, () => {
				this.ensureSpace(BODY_SIZE * 2.6);
				const y = doc.y;
				doc.font('serif').fontSize(BODY_SIZE).fillColor(INK);
				doc.text(ordered ? `${i + 1}.` : '•', x, y, { width: labelWidth, lineBreak: false });
				doc.y = y;
			});
			doc.moveDown(0.25);
			for (const block of item.under ?? []) {
				const under = doc.struct('P', langOption(item.underLang));
				entry.add(under);
				const lines =
					block.kind === 'paragraph'
						? [block.runs]
						: block.items.map((sub) => [{ text: '– ' }, ...sub]);
				for (const runs of lines) this.runs(under, runs, '', width, x + labelWidth, BODY_SIZE - 1);
				doc.moveDown(0.25);
				under.end();
			}
			if (item.note) {
				const note = item.note;
				entry.add(
					doc.struct('P', {}, () => {
						doc
							.font('sans')
							.fontSize(SMALL_SIZE + 0.5)
							.fillColor(MUTED);
						doc.text(note, x + labelWidth, doc.y, { width });
						doc.moveDown(0.25);
					})
				);
			}
			entry.end();
		});
		list.end();
		doc.x = MARGIN.left;
		doc.moveDown(0.2);
	}

	/** The timeline, drawn as vectors, tagged as a figure with its caption as alternative text. */
	figure(figure: PackTimelineFigure): void {
		const doc = this.doc;
		const height = figureHeight(figure);
		this.ensureSpace(height + 30);
		const y = doc.y;
		this.add(
			'Figure',
			() => {
				drawSvgFigure(doc, figure.svg, { x: MARGIN.left, y, width: TEXT_WIDTH }, FIGURE_FONTS);
			},
			{ alt: figure.caption }
		);
		doc.x = MARGIN.left;
		doc.y = y + height + 6;
		this.meta(figure.caption);
	}
}

/*
 * A marker that does not fit after a heading's last line would wrap alone to the next and sit
 * against nothing; breaking the line before the last word takes that word down with it. The
 * heading's lines are laid out greedily here as pdfkit lays them out, in the current font.
 */
function keepLastWordWith(
	doc: PDFKit.PDFDocument,
	text: string,
	width: number,
	markerWidth: number
): string {
	if (markerWidth === 0) return text;
	const words = text.split(' ');
	if (words.length < 2) return text;
	let line = '';
	let lineStart = 0;
	words.forEach((word, i) => {
		const next = line ? `${line} ${word}` : word;
		if (line && doc.widthOfString(next) > width) {
			line = word;
			lineStart = i;
		} else line = next;
	});
	if (doc.widthOfString(line) + markerWidth <= width || lineStart === words.length - 1) return text;
	return `${words.slice(0, -1).join(' ')}\n${words[words.length - 1]}`;
}

const NBSP = '\u00a0';

/** Drawing steps as an element's content, consecutive steps in one language one piece of it. */
function addSteps(
	doc: PDFKit.PDFDocument,
	into: Struct,
	steps: readonly { lang?: string; draw: () => void }[]
): void {
	for (let i = 0; i < steps.length; ) {
		const lang = steps[i]!.lang;
		let j = i;
		while (j < steps.length && steps[j]!.lang === lang) j++;
		const stretch = steps.slice(i, j);
		const draw = () => stretch.forEach((step) => step.draw());
		into.add(lang ? doc.struct('Span', { lang }, draw) : draw);
		i = j;
	}
}

function runFont(run: Run): FontName {
	if (run.code) return 'mono';
	if (run.strong && run.em) return 'serifBoldItalic';
	if (run.strong) return 'serifBold';
	return run.em ? 'serifItalic' : 'serif';
}

/*
 * Where on its line the next piece of continued text starts, from pdfkit's line wrapper (a
 * private field its types do not declare): 0 when nothing is pending on the line.
 */
function continuedX(doc: PDFKit.PDFDocument): number {
	const wrapper = Reflect.get(doc, '_wrapper') as { continuedX?: number } | null | undefined;
	return wrapper?.continuedX ?? 0;
}

const FIGURE_FONTS = { regular: 'sans', bold: 'sansBold' };

function figureHeight(figure: PackTimelineFigure): number {
	return (TEXT_WIDTH * figure.height) / (figure.width || 1);
}
