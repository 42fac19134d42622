import { page } from '$app/state';
import { DEFAULT_CONTENT_LANG, type ContentLang } from '$lib/domain/translations';

/*
 * The language a field of the record a workspace page shows is written in, for its `lang`
 * attribute: the field's declared original language (table field_languages, migration 0013),
 * which the record page's load puts beside its data as `declaredLangs` (by field name), else
 * English. Pages of no one record (lists, a new record's form) have none: English.
 */
export function declaredLang(field: string): ContentLang {
	try {
		const langs = (page.data as { declaredLangs?: Partial<Record<string, ContentLang>> })
			.declaredLangs;
		return langs?.[field] ?? DEFAULT_CONTENT_LANG;
	} catch {
		return DEFAULT_CONTENT_LANG;
	}
}
