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

const SANITIZE: sanitizeHtml.IOptions = {
	allowedTags: [
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
	],
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

/** Safe HTML for a Markdown text; an empty string for empty input. */
export function renderMarkdown(text: string | null | undefined): string {
	if (!text || text.trim() === '') return '';
	return sanitizeHtml(markdown.render(text), SANITIZE).trim();
}
