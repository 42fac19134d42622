import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import PackDocument from '../../src/lib/components/briefing/PackDocument.svelte';
import { briefingContent, ISSUE, KAZAKH_NAME } from '../fixtures/briefing-content';

/* The pack as a print-ready page, rendered on the server as the preview and the issued page show it. */

describe('PackDocument', () => {
	const content = briefingContent();
	const { body, head } = render(PackDocument, { props: { content, issue: ISSUE } });

	it('renders every section in order with headings, the figure and numbered sources', () => {
		const headings = [...body.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
		expect(headings).toEqual([
			'Summary',
			'Pledge versus practice',
			'Timeline',
			'Political prisoners and people under restriction',
			'Laws used against critics',
			"The EU's record",
			'Since the last engagement',
			'Recommended asks',
			'Talking points',
			'Sources'
		]);
		expect(body).toContain('<h1 id="pack-title"');
		expect(body).toContain(KAZAKH_NAME);
		expect(body).toContain('<strong>reform its assembly law</strong>');
		expect(body).toMatch(/<svg class="chart[^"]*" viewBox="0 0 720 \d+"/);
		expect(body).toMatch(/<li id="endnote-1" value="1"[^>]*>Government of Testland/);
		expect(body).toContain('href="#endnote-3"');
		expect(body).toContain('Public · Issued 22 November 2021');
	});

	it('has no controls and prints with a running header and page numbers', () => {
		expect(body).not.toMatch(/<(button|form|input|select|textarea)\b/);
		expect(head).toContain('@page');
		expect(head).toContain('"Public · Issued 22 November 2021"');
		expect(head).toContain('counter(pages)');
	});

	it('never passes Markdown through as HTML', () => {
		const out = render(PackDocument, {
			props: {
				content: { ...content, summary: { text: '<script>alert(1)</script> *ok*', figures: [] } },
				issue: null
			}
		});
		expect(out.body).not.toContain('<script>alert');
		expect(out.body).toContain('<em>ok</em>');
		expect(out.body).toContain('Draft — not issued');
	});

	it('leaves out omitted sections', () => {
		const out = render(PackDocument, {
			props: { content: { ...content, omitted: ['figure', 'eu'] }, issue: ISSUE }
		});
		expect(out.body).not.toContain('<svg class="chart');
		expect(out.body).not.toContain("The EU's record");
		expect(out.body).toContain('Recommended asks');
	});
});
