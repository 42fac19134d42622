import type { ContentLang, FieldLangs } from '$lib/domain/translations';
import { withCountryNames } from '$lib/server/country-names';
import { getLocale } from '$lib/i18n';
import { registerPublicCache } from '$lib/server/public/memo';
import { db } from '$lib/server/runtime';
import { localizeRecords, type Localized } from './localize';

/*
 * A public page's data in the page's language, for its load: each top-level value localised
 * (localize.ts), every country's name in the page's language (server/country-names.ts), and
 * the languages of the shown fields added as `fieldLangs`, which the components read for
 * `lang` attributes and the "not yet translated" mark.
 *
 * The read path memoises page data (memo.ts), so the same object comes back for many
 * requests; its localised copy is kept beside it, per language, and dropped with every other
 * public cache when a signed-in write may have changed what the public sees (a published
 * translation among them).
 */

let kept = new WeakMap<object, Map<ContentLang, Promise<Localized<unknown>>>>();
registerPublicCache({
	clear() {
		kept = new WeakMap();
	}
});

function localized<T>(value: T, lang: ContentLang): Promise<Localized<T>> {
	if (typeof value !== 'object' || value === null) return localizeRecords(db(), value, lang);
	let byLang = kept.get(value);
	if (!byLang) kept.set(value, (byLang = new Map()));
	let found = byLang.get(lang);
	if (!found) {
		found = localizeRecords(db(), value, lang).then((l) => ({
			...l,
			data: withCountryNames(l.data, lang)
		}));
		byLang.set(lang, found);
		found.catch(() => byLang.delete(lang));
	}
	return found as Promise<Localized<T>>;
}

export async function inPageLanguage<T extends object>(
	data: T,
	lang: ContentLang = getLocale()
): Promise<T & { fieldLangs: FieldLangs }> {
	const entries = await Promise.all(
		Object.entries(data).map(async ([key, value]) => [key, await localized(value, lang)] as const)
	);
	const fieldLangs: FieldLangs = {};
	for (const [, l] of entries) {
		for (const [id, fields] of Object.entries(l.fieldLangs))
			fieldLangs[id] = { ...fieldLangs[id], ...fields };
	}
	return {
		...(Object.fromEntries(entries.map(([key, l]) => [key, l.data])) as T),
		fieldLangs
	};
}
