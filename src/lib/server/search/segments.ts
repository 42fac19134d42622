/*
 * Highlighted text travels as segments, never as markup: the page renders each segment as
 * text and wraps the matched ones in <mark>, so nothing in a record can turn into HTML.
 * The databases mark matches with two control characters that ordinary text does not hold.
 */

export interface Segment {
	text: string;
	match: boolean;
}

export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** Splits text marked with MATCH_START/MATCH_END into segments. */
export function toSegments(marked: string | null | undefined): Segment[] {
	const segments: Segment[] = [];
	const push = (text: string, match: boolean) => {
		if (text === '') return;
		const last = segments.at(-1);
		if (last && last.match === match) last.text += text;
		else segments.push({ text, match });
	};
	let match = false;
	let text = '';
	for (const char of marked ?? '') {
		if (char === MATCH_START || char === MATCH_END) {
			push(text, match);
			text = '';
			match = char === MATCH_START;
		} else {
			text += char;
		}
	}
	push(text, match);
	return segments;
}

export function hasMatch(segments: Segment[]): boolean {
	return segments.some((s) => s.match);
}

/** The opening words of a text, for a result whose match is not in its body. */
export function openingWords(text: string, words = 30): Segment[] {
	const all = text.trim().split(/\s+/).filter(Boolean);
	const cut = all.slice(0, words).join(' ');
	return cut === '' ? [] : [{ text: all.length > words ? `${cut} …` : cut, match: false }];
}
