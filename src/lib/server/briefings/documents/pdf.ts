import PDFDocument from 'pdfkit';
import type { BriefingContent, PackIssue } from '$lib/domain/briefing';
import { packLocale, pageLabel, runningHeader, titleBlock } from '$lib/briefing/sections';
import { documentProperties } from './document-properties';
import { keepParsedFonts } from './fonts';
import { MARGIN, MUTED, PAGE, PdfWriter, TEXT_WIDTH } from './pdf-writer';
import { writeSections } from './sections-writer';

/*
 * A briefing pack as a PDF (pdfkit): A4, the title block, the sections in order, the timeline
 * as vectors, numbered endnotes, a running header (classification and issue date, or "Draft —
 * not issued") and "Page N of M" on every page. DejaVu fonts are embedded (subsetted), text is
 * selectable and tagged. The same content and issue give the same bytes: the document's dates
 * come from the issue, and its file ID is derived from them.
 */

function titlePage(w: PdfWriter, content: BriefingContent, issue: PackIssue | null): void {
	const doc = w.doc;
	w.startSection();
	w.packTitle(content);
	for (const row of titleBlock(content, issue)) w.row(row.label, row.runs);
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
		doc.text(pageLabel(i + 1, range.count, packLocale(content)), MARGIN.left, PAGE.height - 40, {
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
	const properties = documentProperties(content, issue);
	const doc = new PDFDocument({
		size: 'A4',
		margins: MARGIN,
		bufferPages: true,
		tagged: true,
		lang: properties.language,
		displayTitle: true,
		pdfVersion: '1.7',
		info: {
			Title: properties.title,
			Author: properties.author,
			Subject: properties.subject,
			Creator: 'Pledgewatch',
			Producer: 'Pledgewatch',
			CreationDate: properties.date,
			ModDate: properties.date
		}
	});
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	const w = new PdfWriter(doc, content.figure);
	titlePage(w, content, issue);
	writeSections(w, content);
	w.end();
	pageFurniture(doc, content, issue);
	doc.end();
	keepParsedFonts(doc);
	return done;
}
