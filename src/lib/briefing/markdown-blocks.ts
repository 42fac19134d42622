import MarkdownIt from 'markdown-it';
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/*
 * The Markdown a director or researcher writes in a pack (summary, rationales, notes, asks) as a
 * small block model that every document draws the same way: the PDF and the .docx with their own
 * primitives, the print page with Svelte elements. Built by walking markdown-it's tokens with raw
 * HTML off, so no markup a user typed reaches any document; anything beyond paragraphs, lists,
 * emphasis, code and links is flattened to its text. Safe in browser code.
 */

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

export interface Run {
	text: string;
	strong?: boolean;
	em?: boolean;
	code?: boolean;
	/** Only http(s) and mailto links keep their target. */
	href?: string;
	/**
	 * The run's language where it is not its line's: a record's title inside a line in the
	 * pack's words (packs mark it; Markdown never sets it).
	 */
	lang?: string;
}

export type Block =
	| { kind: 'paragraph'; runs: Run[] }
	| { kind: 'list'; ordered: boolean; items: Run[][] };

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

function inlineRuns(children: Token[] | null): Run[] {
	const runs: Run[] = [];
	let strong = 0;
	let em = 0;
	let href: string | undefined;
	const push = (text: string, code = false): void => {
		if (text === '') return;
		const run: Run = { text };
		if (strong) run.strong = true;
		if (em) run.em = true;
		if (code) run.code = true;
		if (href) run.href = href;
		runs.push(run);
	};
	for (const t of children ?? []) {
		switch (t.type) {
			case 'strong_open':
				strong++;
				break;
			case 'strong_close':
				strong--;
				break;
			case 'em_open':
				em++;
				break;
			case 'em_close':
				em--;
				break;
			case 'link_open': {
				const target = String(t.attrGet('href') ?? '');
				href = SAFE_HREF.test(target) ? target : undefined;
				break;
			}
			case 'link_close':
				href = undefined;
				break;
			case 'code_inline':
				push(t.content, true);
				break;
			case 'softbreak':
			case 'hardbreak':
				push(' ');
				break;
			case 'image':
				push(t.content);
				break;
			default:
				if (t.type === 'text') push(t.content);
		}
	}
	return mergeRuns(runs);
}

/** Joins neighbouring runs with the same marks, so a document writes fewer pieces. */
function mergeRuns(runs: Run[]): Run[] {
	const out: Run[] = [];
	for (const run of runs) {
		const last = out.at(-1);
		if (
			last &&
			last.strong === run.strong &&
			last.em === run.em &&
			last.code === run.code &&
			last.href === run.href
		) {
			last.text += run.text;
		} else out.push({ ...run });
	}
	return out;
}

/** The blocks of a Markdown text; an empty list for empty input. */
export function markdownBlocks(text: string | null | undefined): Block[] {
	if (!text || text.trim() === '') return [];
	const tokens = markdown.parse(text, {});
	const blocks: Block[] = [];
	const lists: { ordered: boolean; items: Run[][] }[] = [];
	let item: Run[] | null = null;
	for (const token of tokens) {
		switch (token.type) {
			case 'bullet_list_open':
			case 'ordered_list_open':
				lists.push({ ordered: token.type === 'ordered_list_open', items: [] });
				break;
			case 'bullet_list_close':
			case 'ordered_list_close': {
				const list = lists.pop();
				// A nested list is flattened into its parent: documents this short need one level.
				if (list && lists.length === 0) blocks.push({ kind: 'list', ...list });
				else if (list) lists.at(-1)?.items.push(...list.items);
				break;
			}
			case 'list_item_open':
				item = [];
				break;
			case 'list_item_close':
				if (item) lists.at(-1)?.items.push(item);
				item = null;
				break;
			case 'inline': {
				const runs = inlineRuns(token.children);
				if (item) {
					if (item.length > 0 && runs.length > 0) item.push({ text: ' ' });
					item.push(...runs);
				} else if (runs.length > 0) blocks.push({ kind: 'paragraph', runs });
				break;
			}
			case 'code_block':
			case 'fence':
				blocks.push({ kind: 'paragraph', runs: [{ text: token.content.trimEnd(), code: true }] });
				break;
		}
	}
	return blocks;
}

/** The text of some runs, without marks. */
export function runsText(runs: readonly Run[]): string {
	return runs.map((r) => r.text).join('');
}
