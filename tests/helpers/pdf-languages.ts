import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/*
 * A tagged PDF's text, read with the language its structure tree gives each piece: the /Lang
 * of the nearest structure element above the text that has one, or undefined where only the
 * document's own language applies. This is what a screen reader reads a piece of text in.
 */

export interface LangText {
	text: string;
	lang: string | undefined;
}

interface StructNode {
	role?: string;
	lang?: string;
	type?: string;
	id?: string;
	children?: StructNode[];
}

/** Each marked-content id on a page with the language it inherits from the structure tree. */
function contentLanguages(
	node: StructNode,
	inherited: string | undefined,
	into: Map<string, string | undefined>
): void {
	const lang = node.lang ?? inherited;
	if (node.type === 'content' && node.id) into.set(node.id, lang);
	for (const child of node.children ?? []) contentLanguages(child, lang, into);
}

/** The PDF's text in pieces, one per marked-content sequence, with each piece's language. */
export async function pdfTextLanguages(bytes: Buffer): Promise<LangText[]> {
	const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
	try {
		const pieces: LangText[] = [];
		for (let n = 1; n <= pdf.numPages; n++) {
			const page = await pdf.getPage(n);
			const langs = new Map<string, string | undefined>();
			contentLanguages((await page.getStructTree()) as StructNode, undefined, langs);
			const content = await page.getTextContent({ includeMarkedContent: true });
			let current: LangText | null = null;
			for (const item of content.items) {
				if ('str' in item) {
					if (current) current.text += item.str + (item.hasEOL ? ' ' : '');
				} else if (item.type === 'beginMarkedContentProps' && item.id && langs.has(item.id)) {
					current = { text: '', lang: langs.get(item.id) };
					pieces.push(current);
				} else if (item.type === 'endMarkedContent') current = null;
			}
		}
		return pieces.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ').trim() }));
	} finally {
		await pdf.destroy();
	}
}

/** The language of the first piece of text that contains `needle` (failing when none does). */
export function langOf(pieces: readonly LangText[], needle: string): string | undefined {
	const piece = pieces.find((p) => p.text.includes(needle));
	if (!piece) throw new Error(`"${needle}" is not in the PDF's tagged text`);
	return piece.lang;
}
