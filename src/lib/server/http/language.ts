import { AsyncLocalStorage } from 'node:async_hooks';
import type { Handle } from '@sveltejs/kit';
import { pageLocale, splitPath, type Locale } from '$lib/i18n';
import { baseLocale, overwriteServerAsyncLocalStorage } from '$lib/paraglide/runtime';

/*
 * The language of a request (see src/lib/i18n.ts). A public or sign-in page's comes from its
 * address alone (/ru/..., /kk/..., or English), never from a cookie or Accept-Language: a
 * shared link shows what its sender saw, and a kept page (rendered-pages.ts, keyed by the full
 * path) is the same bytes for every reader of that address. A signed-in person's own pages
 * (workspace, account, admin) are in their account's language, settled once we know who is
 * asking (`withAccountLanguage`, after authentication). The message functions read it through
 * Paraglide's request store, so concurrent requests in different languages do not mix, and
 * <html lang> is written from it.
 */
interface RequestLanguage {
	locale: Locale;
	origin: string;
	messageCalls: Set<string>;
}

const store = new AsyncLocalStorage<RequestLanguage>();

/*
 * Paraglide's message functions read the language from our store. Paraglide types a store's
 * fields as optional (its own middleware, which we do not use, would start requests through
 * `run`); ours always has all three, so a language started this way is completed.
 */
overwriteServerAsyncLocalStorage({
	getStore: () => store.getStore(),
	run: (language, work) =>
		store.run(
			{
				locale: language.locale ?? baseLocale,
				origin: language.origin ?? '',
				messageCalls: language.messageCalls ?? new Set()
			},
			work
		)
});

export const withLanguage: Handle = ({ event, resolve }) => {
	const language: RequestLanguage = {
		locale: splitPath(event.url.pathname).locale,
		origin: event.url.origin,
		messageCalls: new Set()
	};
	return store.run(language, () =>
		resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%lang%', language.locale)
		})
	);
};

/** The language a signed-in person's own pages are in: the one they chose, else the one they signed in with. */
export function accountLocale(locals: App.Locals): Locale | null {
	if (!locals.user || !locals.session) return null;
	return locals.user.interfaceLanguage ?? locals.session.language;
}

/* After authentication: an account page takes the signed-in person's language. */
export const withAccountLanguage: Handle = ({ event, resolve }) => {
	const language = store.getStore();
	if (language) language.locale = pageLocale(event.url.pathname, accountLocale(event.locals));
	return resolve(event);
};

/**
 * Runs `work` with the messages in `locale`, whatever the request's language: a briefing pack
 * is drawn in its own language (its timeline figure is the country page's component, which
 * reads the request's language).
 */
export function inLanguage<T>(locale: Locale, work: () => T): T {
	const current = store.getStore();
	return store.run(
		{ locale, origin: current?.origin ?? '', messageCalls: current?.messageCalls ?? new Set() },
		work
	);
}
