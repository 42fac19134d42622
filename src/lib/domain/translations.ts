import type { RecordType } from './vocabulary';

/*
 * Record text in several languages (issue 12, item 3): which fields of which records can be
 * written per language, shared by the workspace form, the public pages and the open data.
 */

export const CONTENT_LANGS = ['en', 'ru', 'kk'] as const;
export type ContentLang = (typeof CONTENT_LANGS)[number];

/** The language record text is written in unless a researcher says otherwise. */
export const DEFAULT_CONTENT_LANG: ContentLang = 'en';

export const TRANSLATABLE_FIELDS: Partial<Record<RecordType, readonly string[]>> = {
	country: ['summary'],
	case: ['title', 'description', 'outcome', 'start_note', 'end_note'],
	pledge: ['title', 'description', 'made_note'],
	engagement: ['title', 'description', 'start_note', 'end_note'],
	law: ['title', 'description', 'dated_note'],
	assessment: ['rationale'],
	actor: ['name'],
	theme: ['name']
};

/**
 * The notes for the public beside a record's text: a translation of one is offered only
 * while the record has the note (an empty note has nothing to translate).
 */
export const NOTE_FIELDS: readonly string[] = [
	'outcome',
	'start_note',
	'end_note',
	'made_note',
	'dated_note'
];

/** Where a date's note sits in the public data: the date's property and the note's field. */
export const DATE_NOTES: readonly (readonly [date: string, field: string])[] = [
	['start', 'start_note'],
	['end', 'end_note'],
	['made', 'made_note'],
	['dated', 'dated_note']
];

/*
 * Notes on join rows: a link's note (shown on the pages of both its ends), a person's or
 * organisation's part in a case, and a law's use in a case. A translation names its note by
 * the join row's identity, with `note` as its field: a link by its id, a case actor by
 * (case, role, actor) and a case law by (case, law), the tables' own primary keys. Those keys
 * survive everything that rewrites the rows (saving a case replaces its actor and law rows;
 * restoring a revision or importing writes them again), so a translation stays with its note;
 * an id of their own would be new after each save and orphan every translation.
 */
export type JoinNoteOwner = 'link' | 'case_actor' | 'case_law';

/** What a translation belongs to: a record's field, or a join row's note. */
export type TranslationOwner = RecordType | JoinNoteOwner;

/** The field a join row's note is translated as. */
export const JOIN_NOTE_FIELD = 'note';

/**
 * Where a page's field languages keep a theme's name: public data names a theme by its slug
 * (it carries no id), so its name's language is kept under this key.
 */
export function themeLangKey(slug: string): string {
	return `theme:${slug}`;
}

/** The translation key of a case actor's note; public data carries it as `noteId`. */
export function caseActorNoteId(caseId: string, role: string, actorId: string): string {
	return `${caseId}/${role}/${actorId}`;
}

/** The translation key of a case law's note; public data carries it as `noteId`. */
export function caseLawNoteId(caseId: string, lawId: string): string {
	return `${caseId}/${lawId}`;
}

export function isContentLang(value: unknown): value is ContentLang {
	return typeof value === 'string' && (CONTENT_LANGS as readonly string[]).includes(value);
}

export function translatableFields(type: RecordType): readonly string[] {
	return TRANSLATABLE_FIELDS[type] ?? [];
}

/**
 * The language a field's text is shown in on a page: for each record id and field, the
 * language of the text the page shows. Absent means the default, English.
 */
export type FieldLangs = Record<string, Partial<Record<string, ContentLang>>>;

/** The language of `field` of record `id` as shown, from a page's FieldLangs. */
export function fieldLang(langs: FieldLangs | undefined, id: string, field: string): ContentLang {
	return langs?.[id]?.[field] ?? DEFAULT_CONTENT_LANG;
}

/** One field's translation in one language, as the panel shows it. */
export interface TranslationView {
	lang: ContentLang;
	id: string | null;
	version: number;
	text: string;
	publishedText: string | null;
	pending: boolean;
	writers: string[];
	/** Why this person may not publish it now, or null when they may (if they are an editor). */
	publishRefusal: string | null;
}

export interface TranslatableFieldView {
	recordType: TranslationOwner;
	recordId: string;
	field: string;
	/** The field as the panel labels it, in the interface language ("Title"). */
	label: string;
	/** The field as a noun inside a sentence ("title"). */
	noun: string;
	/**
	 * For a note on a join row, what it is about (the linked record's title, the person's name,
	 * the law's title): record text, shown after the label in its own declared language.
	 */
	about?: { text: string; lang: ContentLang };
	original: string;
	originalLang: ContentLang;
	pendingOriginalLang: ContentLang | null;
	originalLangRefusal: string | null;
	translations: TranslationView[];
}
