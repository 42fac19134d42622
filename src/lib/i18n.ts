import { baseLocale, getLocale, locales, type Locale } from '$lib/paraglide/runtime';

/*
 * Languages in the address. The public pages answer in English at their own addresses
 * (unchanged) and in Russian and Kazakh under a prefix: /ru/countries/kz, /kk/countries/kz.
 * The prefix is taken off before routing (src/hooks.ts), so there is one route tree. Only the
 * public pages have the prefixed addresses: the workspace, admin and sign-in pages are in
 * English for now, so /ru/workspace is not a page.
 */

export { baseLocale, getLocale, locales, type Locale };

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
	en: 'English',
	ru: 'Русский',
	kk: 'Қазақша'
};

const PUBLIC_PATH = /^\/(?:$|open-data\/?$|countries(?:\/|$))/;
const PREFIXED = /^\/(ru|kk)(\/.*)?$/;

export function isLocale(value: string | undefined): value is Locale {
	return (locales as readonly string[]).includes(value ?? '');
}

/** Whether a path (without language prefix) is a public page that has Russian and Kazakh addresses. */
export function isPublicPath(path: string): boolean {
	return PUBLIC_PATH.test(path);
}

/** The language and the unprefixed path of an address: "/ru/countries/kz" -> ru, "/countries/kz". */
export function splitPath(pathname: string): { locale: Locale; path: string } {
	const m = PREFIXED.exec(pathname);
	const rest = m?.[2] || '/';
	if (m && isLocale(m[1]) && isPublicPath(rest)) return { locale: m[1], path: rest };
	return { locale: baseLocale, path: pathname };
}

/** A public path in a language: English keeps the path, the others take their prefix. */
export function pathIn(path: string, locale: Locale): string {
	if (locale === baseLocale || !isPublicPath(path)) return path;
	return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/*
 * SvelteKit's resolve() writes paths relative to the page while rendering on the server
 * ("../../countries/kz"), always climbing back to the site's root; written from the root they
 * can take the language prefix.
 */
const RELATIVE_ROOT = /^(?:\.\.?(?:\/\.\.)*)(?=\/|$)/;

/** A link from the current page's language: a public path keeps the reader in their language. */
export function localHref(path: string): string {
	const fromRoot = RELATIVE_ROOT.test(path) ? path.replace(RELATIVE_ROOT, '') || '/' : path;
	return pathIn(fromRoot, getLocale());
}

/** A whole number as the page's language writes it: "10,000", "10 000". */
export function formatNumber(n: number, locale: Locale = getLocale()): string {
	return n.toLocaleString(locale);
}

/*
 * The language record text (titles, descriptions, notes, names as staff wrote them) is
 * written in. It is English for now; the pages mark it with lang so that on a Russian or
 * Kazakh page a screen reader reads it as English and the reader can tell interface from
 * untranslated record text. Per-field languages (issue 12, item 3) replace this constant.
 */
export const RECORD_LANG = 'en';
