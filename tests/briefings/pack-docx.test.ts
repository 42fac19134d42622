import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderPackDocx } from '../../src/lib/server/briefings/documents/docx';
import { readZip } from '../../src/lib/server/briefings/documents/stable-zip';
import { briefingContent, ISSUE, KAZAKH_NAME } from '../fixtures/briefing-content';

/* The pack's Word file read back by a .docx reader, as a director's word processor would. Pure: no database. */

describe('briefing pack .docx', async () => {
	const bytes = await renderPackDocx(briefingContent(), ISSUE);
	const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
	const { value: text } = await mammoth.extractRawText({ buffer: bytes });

	it('opens and holds the summary, the Kazakh-lettered name and the asks', () => {
		expect(text).toContain('Testland: briefing for the XT president’s visit to Brussels');
		expect(text).toContain('Testland promised to reform its assembly law in March 2019');
		expect(text).toContain(KAZAKH_NAME);
		expect(text).toContain('Release everyone imprisoned for peaceful protest.');
		expect(text).toContain('Repeal Article 405 or narrow it to violence:');
	});

	it('uses real headings, lists and links', () => {
		expect(html).toContain('<h1>Summary</h1>');
		expect(html).toContain('<h1>Recommended asks</h1>');
		expect(html).toContain('<h2>Reform the XT assembly law<sup>[1]</sup></h2>');
		expect(html).toMatch(
			/<ol><li>Release <strong>everyone<\/strong> imprisoned for peaceful protest\.<sup>\[2\]<\/sup><\/li>/
		);
		expect(html).toContain('<a href="https://example.org/xt/notice">ministry notice</a>');
	});

	it('ends with the sources numbered in order, with their locators', () => {
		const sources = html.slice(html.indexOf('<h1>Sources</h1>'));
		const items = [...sources.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
		expect(items).toHaveLength(4);
		expect(items[0]).toContain('Government of Testland, “Testland government programme”');
		expect(items[0]).toContain('Cited at: p. 4; p. 12.');
		expect(items[3]).toContain('European Union, “EU–XT agreement text”');
	});

	it('carries the figure as SVG, the running header and page numbers', () => {
		const parts = new Map(readZip(bytes).map((e) => [e.name, e.data.toString('utf8')]));
		expect(parts.get('word/media/image1.svg')).toContain('Testland Green Party banned');
		expect(parts.get('word/header1.xml')).toContain('Public · Issued 22 November 2021');
		expect(parts.get('word/footer1.xml')).toMatch(/PAGE[\s\S]*NUMPAGES/);
		expect(html).toContain('alt="Pledges, cases and EU engagements in Testland');
	});

	it('gives identical bytes for the same content and issue, whenever it is rendered', async () => {
		await new Promise((resolve) => setTimeout(resolve, 2100)); // past the zip's 2-second clock
		const again = await renderPackDocx(briefingContent(), ISSUE);
		expect(again.equals(bytes)).toBe(true);
	});

	it('leaves out omitted sections and says a preview is a draft', async () => {
		const draft = await renderPackDocx({ ...briefingContent(), omitted: ['asks', 'people'] }, null);
		const draftText = (await mammoth.extractRawText({ buffer: draft })).value;
		expect(draftText).not.toContain('Recommended asks');
		expect(draftText).not.toContain(KAZAKH_NAME);
		expect(draftText).toContain('Draft — not issued');
	});
});
