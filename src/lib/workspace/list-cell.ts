import { DEFAULT_CONTENT_LANG, type ContentLang } from '$lib/domain/translations';

/*
 * A cell of a workspace list: interface words (a kind's label, a date as the language writes
 * it), record text as staff wrote it (an addressee, a region, a pseudonym), marked with its
 * language, or a sentence of the interface with record text inside it.
 */

export interface RecordText {
	text: string;
	lang: ContentLang;
}
export type CellPart = string | RecordText;
export type ListCell = CellPart | CellPart[];

/** Record text for a cell (empty when there is none). */
export function recordText(text: string | null | undefined): CellPart {
	return text ? { text, lang: DEFAULT_CONTENT_LANG } : '';
}

/**
 * A message with record text inside it, as parts: `message` is called with a marker where the
 * text goes, so the language's word order stays the message's.
 */
export function withRecordText(message: (at: string) => string, text: string): CellPart[] {
	const [before = '', after = ''] = message('\u0000').split('\u0000');
	return [before, recordText(text), after].filter((part) => part !== '');
}
