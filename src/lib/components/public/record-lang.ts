import { page } from '$app/state';
import {
	fieldLang,
	JOIN_NOTE_FIELD,
	themeLangKey,
	type ContentLang,
	type FieldLangs
} from '$lib/domain/translations';
import { getLocale } from '$lib/i18n';

/*
 * The language a piece of record text on a public page is written in, for its `lang`
 * attribute and the "not yet translated" mark. The page's load puts `fieldLangs` (from
 * src/lib/server/translations/localize.ts) beside its data: for each shown record and
 * translatable field (title, description, summary, an actor's name, notes for the public),
 * the language of the text shown. Without a record and field (text that has no versions per
 * language: places, source titles) it is the language records are written in by default,
 * English.
 */
export function recordLang(id?: string, field = 'title'): ContentLang {
	return id === undefined ? fieldLang(undefined, '', field) : fieldLang(shownLangs(), id, field);
}

/**
 * `text` when it is shown in a language other than the page's (no translation of field
 * `field` of record `id` is published), else '': for a card's `showsAny`.
 */
export function untranslatedText(
	text: string | null | undefined,
	id: string | null | undefined,
	field: string
): string {
	return text && recordLang(id ?? undefined, field) !== getLocale() ? text : '';
}

/** A join row that carries a note (a link, a case actor, a case law), found by its `noteId`. */
interface Noted {
	note: string;
	noteId: string | null;
}

/** The language a join row's note is shown in (English where it has no key). */
export function noteLang(row: { noteId?: string | null }): ContentLang {
	return recordLang(row.noteId ?? undefined, JOIN_NOTE_FIELD);
}

/** The rows whose note is shown in a language other than the page's: for `showsAny`. */
export function untranslatedNotes<R extends Noted>(rows: readonly R[]): R[] {
	return rows.filter((r) => untranslatedText(r.note, r.noteId, JOIN_NOTE_FIELD));
}

/**
 * The actors of a list whose name is shown in a language other than the page's (an at-risk
 * person's pseudonym always is), or whose note on their part is: for a card's `showsAny`.
 */
export function untranslatedActors<
	A extends { id: string | null; note?: string; noteId?: string | null }
>(actors: readonly A[]): A[] {
	return actors.filter(
		(a) =>
			untranslatedText(a.note, a.noteId, JOIN_NOTE_FIELD) || untranslatedText('name', a.id, 'name')
	);
}

/** The language a theme's name is shown in (public data names a theme by its slug). */
export function themeLang(theme: { slug: string }): ContentLang {
	return recordLang(themeLangKey(theme.slug), 'name');
}

/** The themes whose name is shown in a language other than the page's: for `showsAny`. */
export function untranslatedThemes<T extends { slug: string }>(themes: readonly T[]): T[] {
	return themes.filter((t) => themeLang(t) !== getLocale());
}

/**
 * Whether a card shows any of these pieces of record text that have no versions per language
 * (a note, a place, a list of names or themes): what Untranslated's `also` asks.
 */
export function showsAny(...parts: unknown[]): boolean {
	return parts.some((part) => (Array.isArray(part) ? part.length > 0 : Boolean(part)));
}

/**
 * The page's `fieldLangs`. A component rendered on its own, outside a SvelteKit request (as
 * the component tests render cards), has no page to read: its text is in the default language.
 */
function shownLangs(): FieldLangs | undefined {
	try {
		return (page.data as { fieldLangs?: FieldLangs }).fieldLangs;
	} catch {
		return undefined;
	}
}
