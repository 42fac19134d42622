import { version } from '$app/environment';
import type { Handle } from '@sveltejs/kit';
import { cacheControl, strongEtag } from '$lib/server/http/cache';
import { pageTags, tagHeaders, type AnswerTags } from '$lib/server/http/cache-tags';
import { getLocale } from '$lib/i18n';

/*
 * Cache headers for public pages. A page's HTML is a function of the app's build, who is
 * signed in (the header's account link) and the data its loads return, so the ETag hashes
 * exactly those, which costs far less than hashing the rendered HTML on every request.
 * SvelteKit answers 304 itself when the request's If-None-Match equals the response's ETag.
 * The Cache-Control this sets is also what lets rendered-pages.ts keep the signed-out HTML.
 *
 * The data is hashed as SvelteKit already did, after rendering: with `csp.mode: 'hash'`
 * (svelte.config.js) the Content-Security-Policy names the SHA-256 of the inline script that
 * starts the page, and that script holds every load's data (serialised for hydration) with the
 * build's asset names. So the ETag is the hash of those hashes with who and the language, for
 * the price of reading a header; only a page without that script (one rendered with `csr =
 * false`) has its load's data serialised and hashed here (a memoised page's once).
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
 * one if the page turns out to have no script that carries them. The page is tagged for CDN
 * purges by its route (country, record, list) and `tags`.
 */
export function cachePublicPage(event: PageEvent, data: object, tags: AnswerTags = {}): void {
	const who = event.locals.user ? `${event.locals.user.id}:${event.locals.actor.stage}` : '';
	// The same data renders differently per language (/ru/..., /kk/...): the language is part
	// of the ETag, and a `lang:ru` tag lets a CDN drop one language's pages (new translations).
	const locale = getLocale();
	event.locals.pageEtag = (scripts) => {
		const parts = scripts ?? Object.entries(data).map(([key, value]) => [key, hashOf(value)]);
		return strongEtag(JSON.stringify([version, who, locale, parts]));
	};
	event.setHeaders({
		'cache-control': cacheControl(),
		...tagHeaders([...pageTags(event.route.id, event.params, tags), `lang:${locale}`])
	});
}

const SCRIPT_HASH = /'sha256-[A-Za-z0-9+/=]+'/g;

/** The hashes of the inline scripts a Content-Security-Policy allows, or null when it names none. */
export function scriptHashes(policy: string | null): string[] | null {
	const scripts = /(?:^|;)\s*script-src\s([^;]*)/.exec(policy ?? '')?.[1];
	const hashes = scripts?.match(SCRIPT_HASH);
	return hashes && hashes.length > 0 ? hashes : null;
}

/**
 * After rendering: the ETag of a page whose load called cachePublicPage, from the hashes its
 * Content-Security-Policy names (or its data). Runs inside the hooks that keep and compress
 * pages, so they see it, and SvelteKit's 304 (after every hook) compares with it.
 */
export const tagPublicPage: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const etagOf = event.locals.pageEtag;
	if (etagOf && response.status === 200 && !response.headers.has('etag')) {
		response.headers.set(
			'etag',
			etagOf(scriptHashes(response.headers.get('content-security-policy')))
		);
	}
	return response;
};
