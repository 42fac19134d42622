import {
	AlignmentType,
	Document,
	ExternalHyperlink,
	Footer,
	Header,
	HeadingLevel,
	ImageRun,
	LevelFormat,
	Packer,
	PageNumber,
	Paragraph,
	TextRun,
	type ParagraphChild
} from 'docx';
import type {
	BriefingContent,
	PackIssue,
	PackSectionKey,
	PackTimelineFigure
} from '$lib/domain/briefing';
import type { Block, Run } from '$lib/briefing/markdown-blocks';
import {
	packLocale,
	packTitleRuns,
	pageLabel,
	runningHeader,
	titleBlock
} from '$lib/briefing/sections';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { documentProperties, type DocumentProperties } from './document-properties';
import { solidPng } from './png';
import { writeBlocks, writeSections, type ListItem, type PackWriter } from './sections-writer';
import { stableDocx } from './stable-zip';

/*
 * A briefing pack as a Word document (docx), for a director to edit: real headings, real
 * numbered and bulleted lists, the running header and "Page N of M" in the footer, and the
 * sources as a numbered list at the end that the bracketed markers in the text point to (one
 * number per source, as in the PDF; Word footnotes would repeat a source at every citation).
 * The timeline is an SVG picture (Word 2016 and later draw it); Word requires a PNG beside it
 * for older readers, and nothing here rasterises, so that fallback is a blank panel and the
 * caption says so. Dates inside the file come from the issue, so the bytes are stable.
 */

const BODY_FONT = 'Cambria';
const HEADING_FONT = 'Calibri';
const MUTED = '4D4D4D';

class DocxBuilder implements PackWriter {
	readonly children: Paragraph[] = [];
	private lists = 0;

	constructor(private readonly locale: Locale) {}

	section(_key: PackSectionKey, title: string): void {
		this.title(title, 1);
	}

	heading(text: string, refs = '', lang?: string): void {
		this.title(text, 2, refs, lang);
	}

	title(text: string, level: 1 | 2, refs = '', lang?: string): void {
		const children: ParagraphChild[] = [new TextRun({ text, ...language(lang) })];
		if (refs) children.push(marker(refs));
		this.children.push(
			new Paragraph({
				heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
				children
			})
		);
	}

	meta(text: string, indent = 0): void {
		this.children.push(
			new Paragraph({
				children: [new TextRun({ text, size: 18, color: MUTED, font: HEADING_FONT })],
				indent: indent ? { left: indent } : undefined
			})
		);
	}

	paragraph(runs: readonly Run[], refs = '', indent = 0, lang?: string): void {
		const children = textRuns(runs, lang);
		if (refs) children.push(marker(refs));
		this.children.push(new Paragraph({ children, indent: indent ? { left: indent } : undefined }));
	}

	fact(runs: readonly Run[], note: string): void {
		this.paragraph(runs);
		this.meta(note);
	}

	blocks(blocks: readonly Block[], refs = '', lang?: string): void {
		writeBlocks(blocks, refs, {
			paragraph: (runs, blockRefs) => this.paragraph(runs, blockRefs, 0, lang),
			list: (items, ordered, blockRefs) => this.list(items, ordered, blockRefs, lang)
		});
	}

	/** A list; each ordered list numbers from 1 (its own numbering instance). */
	list(items: readonly ListItem[], ordered: boolean, trailingRefs = '', lang?: string): void {
		const instance = ++this.lists;
		items.forEach((item, i) => {
			const refs =
				i === items.length - 1 && trailingRefs ? `${item.refs} ${trailingRefs}`.trim() : item.refs;
			const children = textRuns(item.runs, lang);
			if (refs) children.push(marker(refs));
			this.children.push(
				new Paragraph({
					numbering: { reference: ordered ? 'numbers' : 'bullets', level: 0, instance },
					children
				})
			);
			for (const block of item.under ?? []) {
				const under = item.underLang;
				if (block.kind === 'paragraph') this.paragraph(block.runs, '', 720, under);
				else
					for (const sub of block.items) this.paragraph([{ text: '– ' }, ...sub], '', 720, under);
			}
			if (item.note) this.meta(item.note, 720);
		});
	}

	/** The timeline as an SVG picture with Word's required PNG fallback (see the module comment). */
	figure(figure: PackTimelineFigure): void {
		// 16 cm of text width at Word's 96 pixels per inch.
		const width = 605;
		const height = Math.round((width * figure.height) / (figure.width || 1));
		this.children.push(
			new Paragraph({
				children: [
					new ImageRun({
						type: 'svg',
						data: Buffer.from(figure.svg, 'utf8'),
						transformation: { width, height },
						fallback: {
							type: 'png',
							data: solidPng(
								Math.round(figure.width / 8) || 1,
								Math.round(figure.height / 8) || 1,
								[238, 238, 238]
							)
						},
						altText: {
							name: m.pack_doc_figure_alt({}, { locale: this.locale }),
							title: m.pack_doc_figure_alt({}, { locale: this.locale }),
							description: figure.caption
						}
					})
				]
			})
		);
		this.meta(figure.caption);
		this.meta(m.pack_doc_docx_figure_note({}, { locale: this.locale }));
	}
}

function textRuns(runs: readonly Run[], lang?: string): ParagraphChild[] {
	return runs.map((run) => {
		const text = new TextRun({
			...language(run.lang ?? lang),
			text: run.text,
			bold: run.strong,
			italics: run.em,
			font: run.code ? 'Consolas' : undefined,
			style: run.href ? 'Hyperlink' : undefined
		});
		return run.href ? new ExternalHyperlink({ link: run.href, children: [text] }) : text;
	});
}

/** A run's language (Word's w:lang), only where it differs from the document's. */
function language(lang: string | undefined): { language?: { value: string } } {
	return lang ? { language: { value: lang } } : {};
}

function marker(refs: string): TextRun {
	return new TextRun({ text: refs, superScript: true, color: MUTED });
}

const LIST_INDENT = { left: 360, hanging: 300 };

function coreXml(properties: DocumentProperties): string {
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
	const when = properties.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(properties.title)}</dc:title><dc:subject>${esc(properties.subject)}</dc:subject><dc:creator>${esc(properties.author)}</dc:creator><cp:lastModifiedBy>Pledgewatch</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`;
}

/** The pack's .docx bytes. */
export async function renderPackDocx(
	content: BriefingContent,
	issue: PackIssue | null
): Promise<Buffer> {
	const locale = packLocale(content);
	const properties = documentProperties(content, issue);
	const b = new DocxBuilder(locale);
	b.children.push(
		new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(packTitleRuns(content)) })
	);
	for (const row of titleBlock(content, issue)) {
		b.children.push(
			new Paragraph({
				children: [
					new TextRun({ text: `${row.label}: `, font: HEADING_FONT, size: 18, color: MUTED }),
					...textRuns(row.runs)
				]
			})
		);
	}
	for (const limit of content.limits) b.meta(limit);
	writeSections(b, content);
	const header = runningHeader(content, issue);
	const doc = new Document({
		title: properties.title,
		creator: properties.author,
		styles: {
			default: {
				document: {
					// English packs keep the file they always had; others name their language.
					run: {
						font: BODY_FONT,
						size: 22,
						...(locale === 'en' ? {} : { language: { value: properties.language } })
					},
					paragraph: { spacing: { after: 100 } }
				},
				title: { run: { font: HEADING_FONT, size: 40, bold: true } },
				heading1: {
					run: { font: HEADING_FONT, size: 30, bold: true, color: '111111' },
					paragraph: { spacing: { before: 320, after: 120 }, keepNext: true }
				},
				heading2: {
					run: { font: HEADING_FONT, size: 24, bold: true, color: '111111' },
					paragraph: { spacing: { before: 200, after: 80 }, keepNext: true }
				}
			}
		},
		numbering: {
			config: [
				{
					reference: 'bullets',
					levels: [
						{
							level: 0,
							format: LevelFormat.BULLET,
							text: '•',
							alignment: AlignmentType.LEFT,
							style: { paragraph: { indent: LIST_INDENT } }
						}
					]
				},
				{
					reference: 'numbers',
					levels: [
						{
							level: 0,
							format: LevelFormat.DECIMAL,
							text: '%1.',
							alignment: AlignmentType.LEFT,
							style: { paragraph: { indent: LIST_INDENT } }
						}
					]
				}
			]
		},
		sections: [
			{
				properties: {
					page: {
						size: { width: 11906, height: 16838 },
						margin: { top: 1300, bottom: 1200, left: 1417, right: 1417, header: 600, footer: 600 }
					}
				},
				headers: {
					default: new Header({
						children: [
							new Paragraph({
								children: [
									new TextRun({
										text: `${header} · ${content.country.name}`,
										size: 16,
										color: MUTED,
										font: HEADING_FONT
									})
								]
							})
						]
					})
				},
				footers: {
					default: new Footer({
						children: [
							new Paragraph({
								alignment: AlignmentType.CENTER,
								children: [
									new TextRun({
										children: pageNumberRuns(locale),
										size: 16,
										color: MUTED,
										font: HEADING_FONT
									})
								]
							})
						]
					})
				},
				children: b.children
			}
		]
	});
	const bytes = await Packer.toBuffer(doc, undefined, [
		{ path: 'docProps/core.xml', data: coreXml(properties) }
	]);
	return stableDocx(Buffer.from(bytes), properties.date);
}

/** "Page N of M" in the pack's language, with Word's page fields where the numbers go. */
function pageNumberRuns(locale: Locale): (string | (typeof PageNumber)[keyof typeof PageNumber])[] {
	const [page, pages] = ['\u0001', '\u0002'];
	const runs: (string | (typeof PageNumber)[keyof typeof PageNumber])[] = [];
	pageLabel(page, pages, locale)
		.split(page)
		.forEach((part, i) => {
			if (i > 0) runs.push(PageNumber.CURRENT);
			part.split(pages).forEach((piece, j) => {
				if (j > 0) runs.push(PageNumber.TOTAL_PAGES);
				if (piece) runs.push(piece);
			});
		});
	return runs;
}
