/* fontkit (pdfkit's font reader) ships no type declarations; the font tests use this much of it. */
declare module 'fontkit' {
	export interface Font {
		hasGlyphForCodePoint(codePoint: number): boolean;
	}
	export function create(buffer: Buffer): Font;
}
