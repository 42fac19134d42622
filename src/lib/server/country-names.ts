import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import kk from 'i18n-iso-countries/langs/kk.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import { baseLocale, getLocale, type Locale } from '$lib/paraglide/runtime';
import { rewriteObjects, type DataObject } from './rewrite-objects';

/*
 * Country names in the reader's language, from the ISO 3166 names i18n-iso-countries keeps
 * per language ("Казахстан", "Қазақстан"). English pages show the name staff gave the
 * country, as before; a code with no ISO name (a fictional country's user-assigned code such
 * as XT) keeps that name in every language.
 *
 * Server-side only: the names of every country in three languages are 36 KB of script the
 * browser need not load. Pages get their countries' names already in the page's language
 * (`withCountryNames`, applied to public page data by translations/page-language.ts).
 */
for (const data of [en, ru, kk]) countries.registerLocale(data);

interface NamedCountry {
	code: string;
	name: string;
}

export function countryName(country: NamedCountry, locale: Locale = getLocale()): string {
	if (locale === baseLocale) return country.name;
	return countries.getName(country.code.toUpperCase(), locale) ?? country.name;
}

/** A country as page data carries one: its code, its name and whether it is fictional. */
function isCountry(v: DataObject): v is DataObject & NamedCountry & { isFictional: boolean } {
	return (
		typeof v.code === 'string' && typeof v.name === 'string' && typeof v.isFictional === 'boolean'
	);
}

/**
 * `data` with the `name` of every country in it (an object with `code`, `name` and
 * `isFictional`, wherever it sits) in `locale`. What does not change comes back as the same
 * object, so English data, and data naming only fictional countries, keep their identity.
 */
export function withCountryNames<T>(data: T, locale: Locale): T {
	if (locale === baseLocale) return data;
	return rewriteObjects(data, (value) => {
		if (!isCountry(value)) return null;
		const name = countryName(value, locale);
		return name !== value.name ? { name } : null;
	});
}
