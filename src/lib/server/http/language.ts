import { AsyncLocalStorage } from 'node:async_hooks';
import type { Handle } from '@sveltejs/kit';
import { splitPath, type Locale } from '$lib/i18n';
import { overwriteServerAsyncLocalStorage } from '$lib/paraglide/runtime';

/*
 * The language of a request comes from its address alone (/ru/..., /kk/..., or English), never
 * from a cookie or Accept-Language: a shared link shows what its sender saw, and a kept page
 * (rendered-pages.ts, keyed by the full path) is the same bytes for every reader of that
 * address. The message functions read it through Paraglide's request store, so concurrent
 * requests in different languages do not mix.
 */
interface RequestLanguage {
	locale: Locale;
	origin: string;
	messageCalls: Set<string>;
}

const store = new AsyncLocalStorage<RequestLanguage>();
// Paraglide types its store loosely (JSDoc); ours holds exactly what its runtime reads.
overwriteServerAsyncLocalStorage(
	store as unknown as Parameters<typeof overwriteServerAsyncLocalStorage>[0]
);

export const withLanguage: Handle = ({ event, resolve }) => {
	const { locale } = splitPath(event.url.pathname);
	return store.run({ locale, origin: event.url.origin, messageCalls: new Set() }, () =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) })
	);
};
