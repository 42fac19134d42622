import PDFDocument from 'pdfkit';
import type { BriefingContent, PackIssue, PackSectionKey } from '$lib/domain/briefing';
import { markdownBlocks } from '$lib/briefing/markdown-blocks';
import {
	SECTION_TITLES,
	askOutcomeLine,
	caseLine,
	endnoteText,
	euLine,
	packSections,
	pageLabel,
	personLine,
	pledgeMeta,
	ratingChangeLine,
	refMarker,
	runningHeader,
	titleBlock
} from '$lib/briefing/sections';
import { formatDate } from '$lib/dates';
import { documentDate } from './document-date';
import { MARGIN, MUTED, PAGE, PdfWriter, TEXT_WIDTH } from './pdf-writer';
import { drawSvgFigure } from './svg-figure';

/*
 * A briefing pack as a PDF (pdfkit): A4, the title block, the sections in order, the timeline
 * as vectors, numbered endnotes, a running header (classification and issue date, or "Draft —
 * not issued") and "Page N of M" on every page. DejaVu fonts are embedded (subsetted), text is
 * selectable and tagged. The same content and issue give the same bytes: the document's dates
 * come from the issue, and its file ID is derived from them.
 */

const plain = (text: string) => [{ text }];

function figureHeight(content: BriefingContent): number {
	const figure = content.figure;
	return figure ? (TEXT_WIDTH * figure.height) / (figure.width || 1) : 0;
}

function titlePage(w: PdfWriter, content: BriefingContent, issue: PackIssue | null): void {
	const doc = w.doc;
	w.startSection();
	w.heading(content.title, 1);
	for (const row of titleBlock(content, issue)) {
		const y = doc.y;
		doc.font('sans').fontSize(8.5).fillColor(MUTED).text(row.label, MARGIN.left, y, { width: 100 });
		doc.y = y;
		doc
			.font('serif')
			.fontSize(10.5)
			.fillColor('#111')
			.text(row.value, MARGIN.left + 104, y, {
				width: TEXT_WIDTH - 104
			});
		doc.moveDown(0.2);
	}
	doc.x = MARGIN.left;
	for (const limit of content.limits) w.meta(limit);
	doc.moveDown(0.4);
	doc
		.moveTo(MARGIN.left, doc.y)
		.lineTo(PAGE.width - MARGIN.right, doc.y)
		.lineWidth(0.6)
		.strokeColor('#999')
		.stroke();
}

const SECTIONS: Record<PackSectionKey, (w: PdfWriter, c: BriefingContent) => void> = {
	summary(w, c) {
		w.blocks(markdownBlocks(c.summary.text));
		for (const figure of c.summary.figures) {
			w.paragraph([{ text: `${figure.value} `, strong: true }, { text: figure.label }]);
			w.meta(`How computed: ${figure.computed}`, 12);
		}
	},
	pledges(w, c) {
		for (const pledge of c.pledges) {
			w.heading(pledge.title, 2, refMarker(pledge.refs));
			w.meta(pledgeMeta(pledge));
			w.blocks(markdownBlocks(pledge.rationale));
			if (pledge.contradictedBy.length > 0) {
				w.paragraph([{ text: 'Contradicted by', em: true }]);
				w.list(
					pledge.contradictedBy.map((c) => ({
						runs: plain(caseLine(c)),
						refs: refMarker(c.refs),
						under: markdownBlocks(c.note)
					})),
					false
				);
			}
		}
	},
	figure(w, c) {
		const figure = c.figure;
		if (!figure) return;
		const height = figureHeight(c);
		w.figure(figure.caption, height, (y) =>
			drawSvgFigure(
				w.doc,
				figure.svg,
				{ x: MARGIN.left, y, width: TEXT_WIDTH },
				{ regular: 'sans', bold: 'sansBold' }
			)
		);
		w.meta(figure.caption);
	},
	people(w, c) {
		w.list(
			c.people.map((p) => ({ runs: plain(personLine(p)), refs: refMarker(p.refs) })),
			false
		);
	},
	laws(w, c) {
		for (const law of c.laws) {
			w.heading(law.article ? `${law.title} (${law.article})` : law.title, 2, refMarker(law.refs));
			if (law.cases.length === 0) w.meta('No case in this pack cites it.');
			else
				w.list(
					law.cases.map((k) => ({ runs: plain(`${k.title}, ${formatDate(k.start)}`), refs: '' })),
					false
				);
		}
	},
	eu(w, c) {
		for (const item of c.eu) {
			w.heading(item.title, 2, refMarker(item.refs));
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
		const lists: [string, { runs: { text: string }[]; refs: string }[]][] = [
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
			w.heading(title, 2);
			if (items.length === 0) w.meta('None.');
			else w.list(items, false);
		}
	},
	asks(w, c) {
		w.list(
			c.asks.map((ask) => {
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

/** Header and footer on every page, marked as artifacts so readers skip them. */
function pageFurniture(
	doc: PDFKit.PDFDocument,
	content: BriefingContent,
	issue: PackIssue | null
): void {
	const range = doc.bufferedPageRange();
	const header = runningHeader(content, issue);
	for (let i = 0; i < range.count; i++) {
		doc.switchToPage(range.start + i);
		const bottom = doc.page.margins.bottom;
		doc.page.margins.bottom = 0;
		doc.markContent('Artifact', { type: 'Pagination' });
		doc.font('sans').fontSize(8).fillColor(MUTED);
		doc.text(header, MARGIN.left, 34, { width: TEXT_WIDTH / 2, lineBreak: false });
		doc.text(content.country.name, MARGIN.left + TEXT_WIDTH / 2, 34, {
			width: TEXT_WIDTH / 2,
			align: 'right',
			lineBreak: false
		});
		doc
			.moveTo(MARGIN.left, 46)
			.lineTo(PAGE.width - MARGIN.right, 46)
			.lineWidth(0.4)
			.strokeColor('#bbb')
			.stroke();
		doc.text(pageLabel(i + 1, range.count), MARGIN.left, PAGE.height - 40, {
			width: TEXT_WIDTH,
			align: 'center',
			lineBreak: false
		});
		doc.endMarkedContent();
		doc.page.margins.bottom = bottom;
	}
}

/** The pack's PDF bytes. */
export async function renderPackPdf(
	content: BriefingContent,
	issue: PackIssue | null
): Promise<Buffer> {
	const date = documentDate(issue);
	const doc = new PDFDocument({
		size: 'A4',
		margins: MARGIN,
		bufferPages: true,
		tagged: true,
		lang: 'en-GB',
		displayTitle: true,
		pdfVersion: '1.7',
		info: {
			Title: content.title,
			Author: issue?.issuedBy ?? 'Pledgewatch (draft)',
			Subject: `${content.country.name}: ${content.occasion.title}`,
			Creator: 'Pledgewatch',
			Producer: 'Pledgewatch',
			CreationDate: date,
			ModDate: date
		}
	});
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	const w = new PdfWriter(doc);
	titlePage(w, content, issue);
	for (const key of packSections(content)) {
		w.startSection();
		// The timeline's heading stays on the page with the figure.
		w.heading(
			SECTION_TITLES[key],
			1,
			'',
			key === 'figure' ? figureHeight(content) + 70 : undefined
		);
		SECTIONS[key](w, content);
	}
	w.end();
	pageFurniture(doc, content, issue);
	doc.end();
	return done;
}
