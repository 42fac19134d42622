import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';

/*
 * A country's `name` in page data is already in the page's language: the server puts it
 * there (src/lib/server/country-names.ts, `withCountryNames`), so the browser loads no table
 * of country names.
 */

/** The name a page title gives: a fictional country says so, unless its name already does. */
export function countryTitleName(
	country: { name: string; isFictional: boolean },
	locale: Locale = getLocale()
): string {
	return country.isFictional && !/fictional/i.test(country.name)
		? m.country_fictional_name({ name: country.name }, { locale })
		: country.name;
}
