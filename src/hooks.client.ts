import { defineCustomClientStrategy, isLocale } from '$lib/paraglide/runtime';

/*
 * In the browser a page is in the language its server wrote into <html lang> (see
 * src/lib/i18n.ts): an address page's from its address, an account page's from the signed-in
 * person's account, which the address does not show. Reading it from the document keeps
 * hydration in the server's language; the root layout makes every navigation that may change
 * the language a full page load, so the document's language is always the page's.
 */
defineCustomClientStrategy('custom-document', {
	getLocale: () => {
		const lang = document.documentElement.lang;
		return isLocale(lang) ? lang : undefined;
	},
	setLocale: () => {}
});
