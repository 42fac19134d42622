import { m } from '$lib/paraglide/messages';
import type { ContentLang } from '$lib/domain/translations';

/*
 * Words for record text in several languages (issue 12, item 3), in the interface language:
 * a content language's name ("Russian"), "in Russian", and the translatable fields as a label
 * ("Title") and as a noun inside a sentence ("the title in Russian").
 */

const NAMES: Record<ContentLang, () => string> = {
	en: m.ws_tr_lang_en,
	ru: m.ws_tr_lang_ru,
	kk: m.ws_tr_lang_kk
};

const IN: Record<ContentLang, () => string> = {
	en: m.ws_tr_in_en,
	ru: m.ws_tr_in_ru,
	kk: m.ws_tr_in_kk
};

const LABELS: Record<string, () => string> = {
	title: m.ws_f_title,
	description: m.ws_f_description,
	summary: m.ws_f_summary,
	rationale: m.ws_rel_rationale,
	name: m.ws_f_actor_name,
	outcome: m.ws_f_outcome,
	start_note: m.ws_tr_label_start_note,
	end_note: m.ws_tr_label_end_note,
	made_note: m.ws_tr_label_made_note,
	dated_note: m.ws_tr_label_dated_note
};

const NOUNS: Record<string, () => string> = {
	title: m.ws_tr_noun_title,
	description: m.ws_tr_noun_description,
	summary: m.ws_tr_noun_summary,
	rationale: m.ws_tr_noun_rationale,
	name: m.ws_tr_noun_name,
	outcome: m.ws_tr_noun_outcome,
	start_note: m.ws_tr_noun_start_note,
	end_note: m.ws_tr_noun_end_note,
	made_note: m.ws_tr_noun_made_note,
	dated_note: m.ws_tr_noun_dated_note
};

/** The language's name, as a heading or a choice: "Russian". */
export function contentLangName(lang: ContentLang): string {
	return NAMES[lang]();
}

/** "in Russian", to follow a field's noun or label. */
export function inContentLang(lang: ContentLang): string {
	return IN[lang]();
}

/** A translatable field as a label: "Title". */
export function translatableFieldLabel(field: string): string {
	return LABELS[field]?.() ?? field;
}

/** A translatable field as a noun inside a sentence: "title". */
export function translatableFieldNoun(field: string): string {
	return NOUNS[field]?.() ?? field;
}
