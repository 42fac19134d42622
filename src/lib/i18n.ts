import { baseLocale, getLocale, locales, type Locale } from '$lib/paraglide/runtime';

/*
 * Which language a page is in. Two kinds of page, two sources:
 *
 * - Address pages: the public pages and the sign-in pages (sign-in, its two-factor step, an
 *   invitation, sign-out). English at their own addresses (unchanged), Russian and Kazakh under
 *   a prefix: /ru/countries/kz, /kk/login, /ru/invite/<token>. The prefix is taken off before
 *   routing (src/hooks.ts), so there is one route tree. A shared link (a country page, an
 *   invitation) shows what its sender saw.
 * - Account pages: the workspace, the account and admin pages belong to one signed-in person,
 *   and are in that person's language: the one saved on the account (chosen on the account
 *   page), or, until they choose, the language they signed in with. They have no prefixed
 *   addresses (/ru/workspace is not a page), so no link inside them can drop or change it.
 *
 * The server writes the page's language into <html lang>; the browser reads it from there
 * (src/hooks.client.ts), and a navigation to a page that may be in another language is a full
 * page load (the root layout), so a page is never drawn in two languages.
 */

export { baseLocale, getLocale, locales, type Locale };

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
	en: 'English',
	ru: 'Русский',
	kk: 'Қазақша'
};

const PUBLIC_PATH = /^\/(?:$|open-data\/?$|countries(?:\/|$))/;
const SIGN_IN_PATH = /^\/(?:login|logout|invite)(?:\/|$)/;
const ACCOUNT_PATH = /^\/(?:workspace|account|admin)(?:\/|$)/;
const PREFIXED = /^\/(ru|kk)(\/.*)?$/;

export function isLocale(value: string | undefined): value is Locale {
	return (locales as readonly string[]).includes(value ?? '');
}

/** Whether a path (without language prefix) is a public page that has Russian and Kazakh addresses. */
export function isPublicPath(path: string): boolean {
	return PUBLIC_PATH.test(path);
}

/** Whether a path (without language prefix) is a sign-in page: sign-in, two-factor step, invitation, sign-out. */
export function isSignInPath(path: string): boolean {
	return SIGN_IN_PATH.test(path);
}

/** Whether a path (without language prefix) takes its language from the address. */
export function hasAddressLanguage(path: string): boolean {
	return isPublicPath(path) || isSignInPath(path);
}

/** Whether a path is one of a signed-in person's pages, in the language of their account. */
export function isAccountPath(path: string): boolean {
	return ACCOUNT_PATH.test(path);
}

/** The language and the unprefixed path of an address: "/ru/countries/kz" -> ru, "/countries/kz". */
export function splitPath(pathname: string): { locale: Locale; path: string } {
	const m = PREFIXED.exec(pathname);
	const rest = m?.[2] || '/';
	if (m && isLocale(m[1]) && hasAddressLanguage(rest)) return { locale: m[1], path: rest };
	return { locale: baseLocale, path: pathname };
}

/**
 * The language a page is drawn in: an address page's from its address, an account page's
 * from the signed-in person (`accountLocale`, null when nobody is signed in: such a request
 * is sent to sign in, in English), anything else English.
 */
export function pageLocale(pathname: string, accountLocale: Locale | null): Locale {
	const { locale, path } = splitPath(pathname);
	if (isAccountPath(path)) return accountLocale ?? baseLocale;
	return locale;
}

/** A path in a language: an address page takes the language's prefix (English none); any other path is kept. */
export function pathIn(path: string, locale: Locale): string {
	if (locale === baseLocale || !hasAddressLanguage(path.split(/[?#]/)[0] ?? path)) return path;
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
 * The language record text is written in unless a field says otherwise. Public pages mark each
 * field with the language it is shown in (components/public/record-lang.ts, from published
 * translations and declared original languages); the workspace, which shows the text as staff
 * wrote it, marks it with this default so a screen reader on a Russian or Kazakh page reads it
 * as English.
 */
export const RECORD_LANG = 'en';
