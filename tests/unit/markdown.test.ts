import { describe, expect, it } from 'vitest';
import {
	ALLOWED_TAGS,
	markdownFragmentText,
	markdownText,
	renderMarkdown,
	renderedMarkdownChars,
	renderedMarkdownCount
} from '../../src/lib/server/markdown.js';

/** Tags that run script, load or embed content, style the page or take input: never allowed. */
const UNSAFE_TAGS = [
	'script',
	'style',
	'link',
	'meta',
	'base',
	'img',
	'svg',
	'math',
	'iframe',
	'frame',
	'object',
	'embed',
	'video',
	'audio',
	'source',
	'form',
	'input',
	'button',
	'textarea',
	'select'
];

describe('renderMarkdown', () => {
	it('allows no tag that runs script, loads content or takes input', () => {
		for (const tag of UNSAFE_TAGS) expect(ALLOWED_TAGS).not.toContain(tag);
	});

	it('renders the allowed Markdown', () => {
		const html = renderMarkdown(
			'# Title\n\n### Section\n\nSome *emphasis* and **strength**, `code`.\n\n' +
				'- one\n- two\n\n1. first\n\n> quoted\n\n```\nblock\n```\n\nline  \nbreak'
		);
		expect(html).toContain('<h3>Title</h3>');
		expect(html).toContain('<h3>Section</h3>');
		expect(html).toContain('<em>emphasis</em>');
		expect(html).toContain('<strong>strength</strong>');
		expect(html).toContain('<code>code</code>');
		expect(html).toContain('<ul>\n<li>one</li>');
		expect(html).toContain('<ol>\n<li>first</li>');
		expect(html).toContain('<blockquote>');
		expect(html).toContain('<pre><code>block\n</code></pre>');
		expect(html).toContain('line<br />');
		expect(renderMarkdown('')).toBe('');
		expect(renderMarkdown(null)).toBe('');
	});

	it('makes links and bare addresses safe links', () => {
		expect(renderMarkdown('[report](https://example.org/r?a=1&b=2)')).toBe(
			'<p><a href="https://example.org/r?a=1&amp;b=2" rel="noopener noreferrer nofollow">report</a></p>'
		);
		expect(renderMarkdown('see https://example.org/x')).toContain(
			'<a href="https://example.org/x" rel="noopener noreferrer nofollow">'
		);
		expect(renderMarkdown('[mail](mailto:desk@example.org)')).toContain(
			'href="mailto:desk@example.org"'
		);
		// A rel the author typed cannot weaken the one the page sets.
		expect(renderMarkdown('[x](http://example.org "t")')).not.toContain('title=');
	});

	const payloads: [string, string][] = [
		['script tag', '<script>alert(1)</script>'],
		['script in a paragraph', 'hello <script>alert(document.cookie)</script> world'],
		['img onerror', '<img src=x onerror=alert(1)>'],
		['inline handler', '<p onclick="alert(1)">click</p>'],
		['javascript link', '[click](javascript:alert(1))'],
		['encoded javascript link', '[click](jAvAsCrIpT&#58;alert(1))'],
		['javascript with whitespace', '[click]( javascript:alert(1) )'],
		['data URL', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
		['data image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
		['vbscript link', '[x](vbscript:msgbox(1))'],
		['svg onload', '<svg onload=alert(1)><circle r="10"/></svg>'],
		['svg in markdown image', '![x](https://example.org/a.svg" onerror="alert(1))'],
		['iframe', '<iframe src="https://evil.example"></iframe>'],
		['style attribute', '<span style="background:url(javascript:alert(1))">x</span>'],
		['autolink javascript', '<javascript:alert(1)>'],
		['html entity trick', '&lt;script&gt;alert(1)&lt;/script&gt;'],
		['object', '<object data="javascript:alert(1)"></object>'],
		['form', '<form action="https://evil.example"><input name=x></form>'],
		['protocol-relative', '[x](//evil.example/path)'],
		['math', '<math><mtext><img src=x onerror=alert(1)></mtext></math>']
	];

	for (const [name, payload] of payloads) {
		it(`neutralises ${name}`, () => {
			const html = renderMarkdown(payload);
			// Typed markup may survive as escaped text (&lt;script&gt;); only real tags matter.
			const tags = html.match(/<[^>]*>/g) ?? [];
			for (const tag of tags) {
				const name = /^<\/?([a-z0-9]+)/i.exec(tag)?.[1]?.toLowerCase();
				expect(ALLOWED_TAGS).toContain(name);
				expect(tag).not.toMatch(/\son\w+\s*=|style=|src=/i);
				expect(tag).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
				expect(tag).not.toMatch(/href="\/\//);
				if (name === 'a' && !tag.startsWith('</')) {
					expect(tag).toMatch(
						/^<a href="(https?:|mailto:)[^"]*" rel="noopener noreferrer nofollow">$/
					);
				}
			}
		});
	}

	it('shows typed HTML as text rather than dropping what the author wrote', () => {
		expect(renderMarkdown('Use <b>bold</b> here')).toBe('<p>Use &lt;b&gt;bold&lt;/b&gt; here</p>');
	});
});

describe('markdownText', () => {
	it('reads Markdown as one line of plain text, entities decoded', () => {
		const text = markdownText(
			'# Held\n\nWithout **charge** & [see the report](https://example.org/r?a=1&b=2).\n\n- one\n- `two`\n\n![a photo](https://example.org/p.png)'
		);
		expect(text).toBe('Held Without charge & see the report. one two');
	});

	it('keeps what was typed as HTML as text, for the caller to escape', () => {
		expect(markdownText('<script>alert(1)</script> <b>x</b>')).toBe(
			'<script>alert(1)</script> <b>x</b>'
		);
	});

	it('gives an empty string for empty input', () => {
		expect(markdownText('')).toBe('');
		expect(markdownText('  \n ')).toBe('');
		expect(markdownText(null)).toBe('');
	});
});

describe('renderMarkdown, for a text rendered before', () => {
	it('gives the same safe HTML again, and holds a bounded number of texts', () => {
		const unsafe = 'A [link](javascript:alert(1)) and <script>alert(2)</script> *here*';
		const first = renderMarkdown(unsafe);
		expect(first).not.toMatch(/href="javascript:|<script/);
		expect(renderMarkdown(unsafe)).toBe(first);
		for (let i = 0; i < 2100; i++)
			expect(renderMarkdown(`Text *${i}*`)).toBe(`<p>Text <em>${i}</em></p>`);
		expect(renderedMarkdownCount()).toBeLessThanOrEqual(2000);
		// Pushed out by the newer texts, it is rendered anew, the same.
		expect(renderMarkdown(unsafe)).toBe(first);
		expect(renderMarkdown(`Text *5*`)).toBe('<p>Text <em>5</em></p>');
	});

	it('holds long texts only up to a budget of characters, however few they are', () => {
		const long = (i: number) => `${'A long description of a case. '.repeat(600)}(${i})`;
		for (let i = 0; i < 200; i++) renderMarkdown(long(i));
		expect(renderedMarkdownCount()).toBeLessThan(200);
		expect(renderedMarkdownChars()).toBeLessThanOrEqual(2_000_000);
		expect(renderMarkdown(long(0))).toBe(`<p>${long(0)}</p>`);
	});
});

describe('markdownFragmentText', () => {
	it('reads a cut-out piece of Markdown as text, dropping emphasis marks the cut left alone', () => {
		expect(markdownFragmentText('about a post on _Quillbook')).toBe('about a post on Quillbook');
		expect(markdownFragmentText('without a lawyer** about')).toBe('without a lawyer about');
		expect(markdownFragmentText('**held** in _pre-trial_ detention.')).toBe(
			'held in pre-trial detention.'
		);
		// Marks inside a word are the word's own.
		expect(markdownFragmentText('the snake_case name')).toBe('the snake_case name');
	});
});
