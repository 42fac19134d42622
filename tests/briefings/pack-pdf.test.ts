import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { renderPackPdf } from '../../src/lib/server/briefings/documents/pdf';
import { briefingContent, ISSUE, KAZAKH_NAME } from '../fixtures/briefing-content';

/* The pack's PDF read back by a PDF text extractor, as a reader's tools would read it. Pure: no database. */

async function pdfText(bytes: Buffer): Promise<{ text: string; pages: string[] }> {
	const parser = new PDFParse({ data: new Uint8Array(bytes) });
	try {
		const result = await parser.getText();
		return { text: result.text, pages: result.pages.map((p) => p.text) };
	} finally {
		await parser.destroy();
	}
}

/** Where each needle first occurs, failing on a missing one. */
function positions(text: string, needles: string[]): number[] {
	return needles.map((needle) => {
		const at = text.indexOf(needle);
		expect(at, `"${needle}" is in the PDF's text`).toBeGreaterThanOrEqual(0);
		return at;
	});
}

describe('briefing pack PDF', async () => {
	const content = briefingContent();
	const bytes = await renderPackPdf(content, ISSUE);
	const { text, pages } = await pdfText(bytes);
	const flat = text.replace(/\s+/g, ' ');

	it('holds the title block, the summary and a Kazakh-lettered name as selectable text', () => {
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
		expect(flat).toContain('Testland: briefing for the XT president’s visit to Brussels');
		expect(flat).toContain('Issued 22 November 2021 by Dana Director');
		expect(flat).toContain('Testland promised to reform its assembly law in March 2019');
		expect(flat).toContain(
			'How computed: Published pledges in the window whose latest assessment is Broken.'
		);
		expect(flat).toContain(KAZAKH_NAME);
	});

	it('prints the sections in order and the endnotes numbered in order with their locators', () => {
		const order = positions(flat, [
			'Summary',
			'Pledge versus practice',
			'Contradicted by',
			'Dispersal under the unreformed law.',
			'Political prisoners and people under restriction',
			'Laws used against critics',
			"The EU's record",
			'Since the last engagement',
			'Recommended asks',
			'Talking points',
			'Sources'
		]);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		const notes = flat.slice(flat.lastIndexOf('Sources'));
		const endnotes = positions(notes, [
			'1. Government of Testland, “Testland government programme”',
			'Cited at: p. 4; p. 12.',
			'2. Testland Monitor, “Protests in Testland”',
			'3. “The Green Party ruling”, XT Supreme Court, 2018.',
			'4. European Union, “EU–XT agreement text”'
		]);
		expect(endnotes).toEqual([...endnotes].sort((a, b) => a - b));
		expect(flat).toContain('Reform the XT assembly law [1]');
	});

	it('numbers every page and repeats the running header with classification and issue date', () => {
		expect(pages.length).toBeGreaterThan(1);
		pages.forEach((page, i) => {
			expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
			expect(page).toContain('Public · Issued 22 November 2021');
		});
	});

	it('draws the timeline as vectors with its labels as text, not as a picture', () => {
		expect(bytes.includes('/Subtype /Image')).toBe(false);
		expect(flat).toContain('Testland Green Party banned');
		expect(flat).toContain('EU engagements');
	});

	it('embeds its fonts and tags its structure', () => {
		const raw = bytes.toString('latin1');
		expect(raw).toMatch(/\/FontFile2/);
		expect(raw).toMatch(/DejaVuSerif/);
		expect(raw).toMatch(/\/StructTreeRoot/);
		expect(raw).toMatch(/\/S \/H1/);
		expect(raw).toMatch(/\/MarkInfo/);
	});

	it('gives identical bytes for the same content and issue', async () => {
		const again = await renderPackPdf(briefingContent(), ISSUE);
		expect(again.equals(bytes)).toBe(true);
	});

	it('says a preview is a draft and leaves out omitted and empty sections', async () => {
		const draft = {
			...content,
			omitted: ['eu', 'talkingPoints'] as const,
			laws: [],
			sinceLast: null
		};
		const out = await pdfText(await renderPackPdf({ ...draft, omitted: [...draft.omitted] }, null));
		const draftText = out.text.replace(/\s+/g, ' ');
		expect(out.pages[0]).toContain('Draft — not issued');
		expect(draftText).not.toContain("The EU's record");
		expect(draftText).not.toContain('Article 1 makes respect for human rights');
		expect(draftText).not.toContain('Talking points');
		expect(draftText).not.toContain('Laws used against critics');
		expect(draftText).not.toContain('Since the last engagement');
		expect(draftText).toContain('Recommended asks');
	});
});

describe('briefing pack PDF headings with an endnote marker', async () => {
	/*
	 * Pledge titles of every length from one line to two: some fill their line so the marker
	 * does not fit after the last word. The marker must never wrap onto a line of its own.
	 */
	const base = briefingContent();
	const pledge = base.pledges[0]!;
	const pledges = Array.from({ length: 40 }, (_, i) => ({
		...pledge,
		id: `p${i}`,
		title: `${'a'.repeat(i + 1)} reform the assembly law in full before the elections end`,
		refs: [1],
		contradictedBy: []
	}));
	const { text } = await pdfText(await renderPackPdf({ ...base, pledges }, ISSUE));

	it('keeps the marker on the line of the heading’s last word', () => {
		const lines = text.split('\n').map((l) => l.trim());
		expect(lines.filter((l) => l === '[1]')).toEqual([]);
		expect(lines.filter((l) => /\bend ?\[1\]$/.test(l))).toHaveLength(pledges.length);
	});
});

describe('briefing pack PDF list items with an endnote marker', async () => {
	/*
	 * Asks and prisoner lines of every length from one line to two, with markers of one and two
	 * numbers: some fill their line so the marker does not fit after the last word. The marker
	 * must never wrap onto a line of its own, nor break inside itself.
	 */
	const base = briefingContent();
	const text = (i: number) =>
		`${'b'.repeat(i + 1)} press for an end to broad charges against peaceful critics now`;
	const asks = Array.from({ length: 40 }, (_, i) => ({
		askId: null,
		text: text(i),
		refs: i % 2 ? [1, 4] : [2]
	}));
	const people = base.people.map((p) => ({ ...p, refs: [3] }));
	const { text: pdf } = await pdfText(await renderPackPdf({ ...base, asks, people }, ISSUE));
	const lines = pdf.split('\n').map((l) => l.trim());

	it('keeps each marker on the line of the item’s last word', () => {
		expect(lines.filter((l) => /^\[[\d,\s]+\]$/.test(l))).toEqual([]);
		expect(lines.filter((l) => /\bnow\s?\[(2|1,\s4)\]$/.test(l))).toHaveLength(asks.length);
	});
});
