import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/*
 * The fonts every pack document embeds: DejaVu, from the dejavu-fonts-ttf package, because it
 * covers Latin and Cyrillic including the Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І) and needs nothing
 * installed on the machine. The folder is resolved through Node's module resolution from this
 * module, which finds node_modules the same way under vite dev, vitest and the built server
 * (adapter-node leaves dependencies external). Serif for running text, which reads best on
 * paper; Sans for headings, the running header and the figure.
 */

export const FONT_FILES = {
	serif: 'DejaVuSerif.ttf',
	serifBold: 'DejaVuSerif-Bold.ttf',
	serifItalic: 'DejaVuSerif-Italic.ttf',
	serifBoldItalic: 'DejaVuSerif-BoldItalic.ttf',
	sans: 'DejaVuSans.ttf',
	sansBold: 'DejaVuSans-Bold.ttf',
	mono: 'DejaVuSansMono.ttf'
} as const;

export type FontName = keyof typeof FONT_FILES;

let folder: string | null = null;

function fontFolder(): string {
	if (folder) return folder;
	const require = createRequire(import.meta.url);
	let manifest: string;
	try {
		manifest = require.resolve('dejavu-fonts-ttf/package.json');
	} catch {
		throw new Error(
			'The DejaVu fonts for briefing pack documents are missing: run `npm ci` to install dejavu-fonts-ttf.'
		);
	}
	folder = path.join(path.dirname(manifest), 'ttf');
	return folder;
}

const cache = new Map<FontName, Buffer>();

/** The bytes of one font, read once per process. */
export function fontBytes(name: FontName): Buffer {
	let bytes = cache.get(name);
	if (!bytes) {
		bytes = fs.readFileSync(path.join(fontFolder(), FONT_FILES[name]));
		cache.set(name, bytes);
	}
	return bytes;
}

/*
 * Parsing a TrueType font's tables is most of the time a PDF takes to make, so each font is
 * parsed once per process: pdfkit accepts an already parsed (fontkit) font in place of bytes,
 * and the first document hands back the ones it parsed. Each document still makes its own
 * subset, so sharing the parsed font changes no byte of the output.
 */
type ParsedFont = { layout: (...args: unknown[]) => unknown };
const parsed = new Map<FontName, ParsedFont>();

/** What to register a font from: the parsed font once one document has parsed it, else its bytes. */
export function fontSource(name: FontName): ParsedFont | Buffer {
	return parsed.get(name) ?? fontBytes(name);
}

/** Keeps the fonts a finished document parsed, for the next one (pdfkit's own font cache). */
export function keepParsedFonts(doc: PDFKit.PDFDocument): void {
	// A private field pdfkit's types do not declare.
	const families = Reflect.get(doc, '_fontFamilies') as
		| Record<string, { font?: ParsedFont }>
		| undefined;
	for (const name of Object.keys(FONT_FILES) as FontName[]) {
		const font = families?.[name]?.font;
		if (font && typeof font.layout === 'function' && !parsed.has(name)) parsed.set(name, font);
	}
}

/*
 * pdfkit lays text out word by word through fontkit (shaping, kerning) and keeps each word's
 * glyph run in a cache of its font object, which lives as long as one document. Packs repeat
 * their words (section titles, labels, dates, names, and a draft previewed again and again), so
 * the runs are kept per font for the process instead: a run is computed once from the font
 * alone and never changed after, so sharing it changes no byte of any document. Past
 * LAYOUT_CACHE_WORDS words a font's cache starts afresh, so memory stays bounded.
 */
const LAYOUT_CACHE_WORDS = 50_000;
const layoutCaches = new Map<FontName, Record<string, unknown>>();

/** Opens every pack font in `doc` (in a fixed order, so font ids are stable) with the shared word cache. */
export function openFontsWithSharedLayout(doc: PDFKit.PDFDocument): void {
	for (const name of Object.keys(FONT_FILES) as FontName[]) {
		doc.font(name);
		// A field of pdfkit's embedded font that its types do not declare.
		const font = Reflect.get(doc, '_font') as { layoutCache?: Record<string, unknown> };
		let cache = layoutCaches.get(name);
		if (!cache || Object.keys(cache).length > LAYOUT_CACHE_WORDS) {
			cache = Object.create(null) as Record<string, unknown>;
			layoutCaches.set(name, cache);
		}
		if (font.layoutCache) font.layoutCache = cache;
	}
}
