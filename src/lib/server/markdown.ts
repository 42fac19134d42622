import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/*
 * Markdown that researchers write (descriptions, rationales, briefing text) becomes HTML in
 * two steps: markdown-it with raw HTML switched off turns the text into markup, then
 * sanitize-html keeps only an allow-list of tags and attributes. Either step alone would stop
 * most attacks; together no HTML a user typed, and no link to anything but http(s) and mailto,
 * can reach a page. Server-only, so pages receive finished, safe HTML.
 */

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

/** The only tags rendered Markdown may hold. */
export const ALLOWED_TAGS: readonly string[] = [
	'p',
	'em',
	'strong',
	'a',
	'ul',
	'ol',
	'li',
	'blockquote',
	'code',
	'pre',
	'br',
	'h3',
	'h4',
	'h5',
	'h6'
];

const SANITIZE: sanitizeHtml.IOptions = {
	allowedTags: [...ALLOWED_TAGS],
	allowedAttributes: { a: ['href', 'rel'] },
	allowedSchemes: ['http', 'https', 'mailto'],
	allowedSchemesAppliedToAttributes: ['href'],
	allowProtocolRelative: false,
	// A heading above h3 would break the page's outline: it becomes an h3.
	transformTags: {
		h1: 'h3',
		h2: 'h3',
		// A link to anything else becomes a tag outside the allow-list, so only its text remains.
		a: (_tag, attribs): sanitizeHtml.Tag =>
			SAFE_HREF.test(attribs.href ?? '')
				? {
						tagName: 'a',
						attribs: { href: attribs.href ?? '', rel: 'noopener noreferrer nofollow' }
					}
				: { tagName: 'span', attribs: {} }
	},
	// Drop the contents of these entirely rather than leaving their text behind.
	nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'svg', 'math', 'iframe'],
	disallowedTagsMode: 'discard'
};

/*
 * The HTML of texts rendered lately, by their Markdown: the same descriptions are shown on
 * every read of a page (with the public memo off, which is what a signed-in reader pays), and
 * parsing and sanitising them cost more than the rest of their page's data. The HTML is a
 * function of the text alone, so an entry never goes stale; the least recently used go first.
 */
const RENDERED_MAX = 2000;
/* Longer texts (a briefing pack's) are rendered each time rather than held. */
const RENDERED_MAX_CHARS = 20_000;
/* And all held texts and their HTML together stay under this many characters (a few MB). */
const RENDERED_BUDGET_CHARS = 2_000_000;
const rendered = new Map<string, string>();
let renderedChars = 0;

function hold(text: string, html: string): void {
	rendered.set(text, html);
	renderedChars += text.length + html.length;
	while (rendered.size > RENDERED_MAX || renderedChars > RENDERED_BUDGET_CHARS) {
		const [oldest, oldHtml] = rendered.entries().next().value as [string, string];
		rendered.delete(oldest);
		renderedChars -= oldest.length + oldHtml.length;
	}
}

/** Safe HTML for a Markdown text; an empty string for empty input. */
export function renderMarkdown(text: string | null | undefined): string {
	if (!text || text.trim() === '') return '';
	const kept = rendered.get(text);
	if (kept !== undefined) {
		rendered.delete(text);
		rendered.set(text, kept);
		return kept;
	}
	const html = sanitizeHtml(markdown.render(text), SANITIZE).trim();
	if (text.length <= RENDERED_MAX_CHARS) hold(text, html);
	return html;
}

/** How many rendered texts are held, and their characters with their HTML (for tests: bounded). */
export function renderedMarkdownCount(): number {
	return rendered.size;
}

export function renderedMarkdownChars(): number {
	return renderedChars;
}

/*
 * Where only text fits (a page's social preview, a feed summary), the same Markdown is read
 * as text: markdown-it's tokens already carry decoded text, so no markup, entity or image
 * survives and nothing needs escaping twice. Blocks and line breaks become single spaces.
 */
const TEXT_TOKENS = new Set(['text', 'code_inline', 'code_block', 'fence']);
const BREAK_TOKENS = new Set(['softbreak', 'hardbreak']);

/** The plain text of a Markdown text: what a reader sees, on one line, without markup. */
export function markdownText(text: string | null | undefined): string {
	if (!text || text.trim() === '') return '';
	const words: string[] = [];
	for (const token of markdown.parse(text, {})) {
		for (const t of token.type === 'inline' ? (token.children ?? []) : [token]) {
			if (TEXT_TOKENS.has(t.type)) words.push(t.content);
			else if (BREAK_TOKENS.has(t.type)) words.push(' ');
		}
		if (token.block) words.push(' ');
	}
	return words.join('').replace(/\s+/g, ' ').trim();
}

/*
 * A cut-out piece of Markdown (a search snippet) as plain text: a cut can split an emphasis
 * or a link, leaving a lone `**` or `_` that Markdown then shows literally, so runs of emphasis
 * marks at the edge of a word are dropped too.
 */
export function markdownFragmentText(text: string | null | undefined): string {
	return markdownText(text)
		.replace(/(^|\s)[*_]+(?=\S)/g, '$1')
		.replace(/(?<=\S)[*_]+(?=\s|$|[.,;:!?)])/g, '');
}
