import { version } from '$app/environment';
import { cacheControl, strongEtag } from '$lib/server/http/cache';
import { pageTags, tagHeaders, type AnswerTags } from '$lib/server/http/cache-tags';
import { getLocale } from '$lib/i18n';

/*
 * Cache headers for public pages. A page's HTML is a function of the app's build, who is
 * signed in (the header's account link) and the data its load returns, so the ETag hashes
 * exactly those, which costs far less than hashing the rendered HTML on every request (a
 * memoised page's data is hashed once). SvelteKit answers 304 itself when the request's
 * If-None-Match equals the ETag a load set. The Cache-Control this sets is also what lets
 * rendered-pages.ts keep the signed-out HTML.
 *
 * Sharing with caches is safe because hooks.server.ts marks every response `Vary: Cookie` and
 * turns any signed-in response into `no-store`: a CDN only ever stores the signed-out page.
 */

interface PageEvent {
	setHeaders(headers: Record<string, string>): void;
	locals: App.Locals;
	route: { id: string | null };
	params: Partial<Record<string, string>>;
}

/* Hashes of data objects already seen: a memoised page is hashed once, not per request. */
const hashes = new WeakMap<object, string>();

function hashOf(value: unknown): string {
	if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? '';
	let hash = hashes.get(value);
	if (hash === undefined) {
		hash = strongEtag(JSON.stringify(value));
		hashes.set(value, hash);
	}
	return hash;
}

/**
 * `data` is what the load returns; its top-level values are hashed (and remembered) one by
 * one. The page is tagged for CDN purges by its route (country, record, list) and `tags`.
 */
export function cachePublicPage(event: PageEvent, data: object, tags: AnswerTags = {}): void {
	const who = event.locals.user ? `${event.locals.user.id}:${event.locals.actor.stage}` : '';
	const parts = Object.entries(data).map(([key, value]) => [key, hashOf(value)]);
	// The same data renders differently per language (/ru/..., /kk/...): the language is part
	// of the ETag, and a `lang:ru` tag lets a CDN drop one language's pages (new translations).
	const locale = getLocale();
	event.locals.pageEtag = true;
	event.setHeaders({
		'cache-control': cacheControl(),
		...tagHeaders([...pageTags(event.route.id, event.params, tags), `lang:${locale}`]),
		etag: strongEtag(JSON.stringify([version, who, locale, parts]))
	});
}
