import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import kk from 'i18n-iso-countries/langs/kk.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import { m } from '$lib/paraglide/messages';
import { baseLocale, getLocale, type Locale } from '$lib/paraglide/runtime';

/*
 * Country names in the reader's language, from the ISO 3166 names i18n-iso-countries keeps
 * per language ("Казахстан", "Қазақстан"). English pages show the name staff gave the
 * country, as before; a code with no ISO name (a fictional country's user-assigned code such
 * as XT) keeps that name in every language.
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

/** The name a page title gives: a fictional country says so, unless its name already does. */
export function countryTitleName(
	country: NamedCountry & { isFictional: boolean },
	locale: Locale = getLocale()
): string {
	const name = countryName(country, locale);
	return country.isFictional && !/fictional/i.test(country.name)
		? m.country_fictional_name({ name }, { locale })
		: name;
}
