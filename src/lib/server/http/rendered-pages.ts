import type { Handle } from '@sveltejs/kit';
import { sessionCookieName } from '$lib/server/auth/sessions';
import { purgeAfterWrite } from '$lib/server/http/purge';
import {
	clearPublicCaches,
	createExpiringStore,
	PUBLIC_MEMO_MS,
	registerPublicCache
} from '$lib/server/public/memo';
import { etagMatches } from './cache';
import { isConfiguredOrigin } from './site-origin';

/*
 * Rendered public pages, kept for signed-out readers. A public page is the same bytes for
 * every signed-out reader of one URL until the data behind it changes (the CSP uses hashes,
 * not per-response nonces, so nothing in the HTML is per request), so rendering it once and
 * serving that copy for a few seconds lets one instance take a spike of readers: a country
 * page of 10,000 events then costs about what a trivial page does.
 *
 * Only answers a page opted into sharing are kept: status 200, HTML, `Cache-Control:
 * public` (set by cachePublicPage), no cookie set, nobody signed in, asked for under the
 * configured ORIGIN (site-origin.ts). A request that carries a
 * session cookie is never answered from here, so a signed-in reader always gets a fresh render
 * with their own header. Entries expire with the public data memo (PUBLIC_RENDER_CACHE_MS,
 * by default PUBLIC_MEMO_MS; 0 turns it off), and every signed-in write through this instance
 * empties them (see `forgetAfterWrites`).
 */

interface RenderedPage {
	at: number;
	body: string;
	headers: [string, string][];
	etag: string | null;
}

const RENDER_CACHE_MS = Number(process.env.PUBLIC_RENDER_CACHE_MS ?? PUBLIC_MEMO_MS);

/* About 100 KB a page: at most some 20 MB, for the home page and popular country views. */
const pages = registerPublicCache(
	createExpiringStore<RenderedPage>({ ttlMs: RENDER_CACHE_MS, max: 200 })
);

function signedOut(cookies: { get(name: string): string | undefined }): boolean {
	return !cookies.get(sessionCookieName(true)) && !cookies.get(sessionCookieName(false));
}

function shareable(response: Response, user: App.Locals['user']): boolean {
	return (
		user === null &&
		response.status === 200 &&
		(response.headers.get('content-type') ?? '').startsWith('text/html') &&
		(response.headers.get('cache-control') ?? '').startsWith('public') &&
		!response.headers.has('set-cookie')
	);
}

function fromCache(request: Request, page: RenderedPage, now: number): Response {
	const headers = new Headers(page.headers);
	headers.set('age', String(Math.floor((now - page.at) / 1000)));
	if (page.etag && etagMatches(request.headers.get('if-none-match'), page.etag)) {
		for (const name of ['content-type', 'content-length']) headers.delete(name);
		return new Response(null, { status: 304, headers });
	}
	return new Response(page.body, { status: 200, headers });
}

/** Answers signed-out GETs of public pages from the kept copy, and keeps new ones. */
export const serveRenderedPages: Handle = async ({ event, resolve }) => {
	if (RENDER_CACHE_MS <= 0 || event.request.method !== 'GET' || !signedOut(event.cookies)) {
		return resolve(event);
	}
	// A request under any other host (a forged Host header, or no ORIGIN configured) may
	// carry that host into the page's links: it is answered for itself, never kept or served.
	if (!isConfiguredOrigin(event.url)) return resolve(event);
	const key = event.url.pathname + event.url.search;
	const kept = pages.get(key);
	if (kept) return fromCache(event.request, kept, Date.now());

	const response = await resolve(event);
	if (!shareable(response, event.locals.user)) return response;
	const body = await response.text();
	pages.set(key, {
		at: Date.now(),
		body,
		headers: [...response.headers],
		etag: response.headers.get('etag')
	});
	return new Response(body, { status: response.status, headers: response.headers });
};

/*
 * A signed-in write that succeeded may have changed what the public sees (a publish, an edit
 * of a published record, a link): empty every public cache of this instance so the next
 * reader sees it at once.
 */
export const forgetAfterWrites: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const write = event.request.method !== 'GET' && event.request.method !== 'HEAD';
	if (write && event.locals.user !== null && response.status < 400) {
		clearPublicCaches();
		purgeAfterWrite(event, response); // and the CDN's copies (purge.ts)
	}
	return response;
};
