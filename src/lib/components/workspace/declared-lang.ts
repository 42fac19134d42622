import { page } from '$app/state';
import {
	DEFAULT_CONTENT_LANG,
	fieldLang,
	type ContentLang,
	type FieldLangs
} from '$lib/domain/translations';

/*
 * The language a field of the record a workspace page shows is written in, for its `lang`
 * attribute: the field's declared original language (table field_languages, migration 0013),
 * which the record page's load puts beside its data as `declaredLangs` (by field name), else
 * English. A list's load puts `listedLangs` (by record id and field) beside its rows, read
 * with listedLang. Pages that load neither (a new record's form) are English.
 */
export function declaredLang(field: string): ContentLang {
	return (
		pageData<Partial<Record<string, ContentLang>>>('declaredLangs')?.[field] ?? DEFAULT_CONTENT_LANG
	);
}

/** The declared language of a field (the title unless named) of a record listed on the page. */
export function listedLang(id: string, field = 'title'): ContentLang {
	return fieldLang(pageData<FieldLangs>('listedLangs'), id, field);
}

/** One entry of the page's data; none for a component rendered outside a request. */
function pageData<T>(key: string): T | undefined {
	try {
		return (page.data as Record<string, T | undefined>)[key];
	} catch {
		return undefined;
	}
}
