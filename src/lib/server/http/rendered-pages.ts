import type { Handle, RequestEvent } from '@sveltejs/kit';
import { authenticate } from '$lib/server/auth/authenticate';
import { isSecure } from '$lib/server/auth/request';
import { sessionCookieDeletion, sessionCookieName } from '$lib/server/auth/sessions';
import { purgeAfterWrite } from '$lib/server/http/purge';
import { settings } from '$lib/server/config';
import {
	clearPublicCaches,
	createExpiringStore,
	registerPublicCache
} from '$lib/server/public/memo';
import { serializeViewState } from '$lib/timeline/url';
import { etagMatches } from './cache';
import {
	chooseEncoding,
	compressAll,
	encodedEtag,
	varyOnEncoding,
	type Encoding
} from './compression';
import { isConfiguredOrigin } from './site-origin';
import { currentMs } from '../clock.js';

/*
 * Rendered public pages, kept for signed-out readers. A public page is the same bytes for
 * every signed-out reader of one URL until the data behind it changes (the CSP uses hashes,
 * not per-response nonces, so nothing in the HTML is per request), so rendering it once and
 * serving that copy for a few seconds lets one instance take a spike of readers: a country
 * page of 10,000 events then costs about what a trivial page does.
 *
 * Only answers a page opted into sharing are kept: status 200, HTML, `Cache-Control:
 * public` (set by cachePublicPage), no cookie set, nobody signed in, asked for under the
 * configured ORIGIN (site-origin.ts). A session cookie that names no live session (expired,
 * signed out elsewhere) counts as signed out; a signed-in reader always gets a fresh render
 * with their own header. Entries expire with the public data memo (PUBLIC_RENDER_CACHE_MS,
 * by default PUBLIC_MEMO_MS; 0 turns it off), and every signed-in write through this instance
 * empties them (see `forgetAfterWrites`).
 *
 * So that a link with `?utm_source=...` or parameters in another order is the same page, a
 * page is kept under its path and the query parameters its load reads (KEPT_ROUTES), sorted;
 * it is rendered from that normalised address, so nothing of the dropped parameters (a pager
 * link, say) ends up in the copy. Readers who ask while it renders wait for that one render.
 * Each copy is kept compressed with brotli and gzip too (compression.ts), and served in the
 * encoding the reader accepts.
 */

/* Every timeline view parameter, as the page's URL writes them (from, to, theme, type, event). */
const VIEW_PARAMS = [
	...new Set(
		serializeViewState({
			from: '2000-01-01',
			to: '2000-12-31',
			themes: ['t'],
			types: ['pledge'],
			selected: 'e'
		}).keys()
	)
];

/*
 * The public pages that may be kept, by route, with the query parameters each one's load
 * reads (the routes' +page.server.ts: pageParam, caseFilterParams, parseViewState). A page not
 * listed here is never kept; a parameter not listed is dropped from the key and the render,
 * so a load that starts reading a new parameter must name it here.
 */
export const KEPT_ROUTES: Readonly<Record<string, readonly string[]>> = {
	'/': [],
	'/open-data': [],
	'/countries/[code]': VIEW_PARAMS,
	'/countries/[code]/cases': ['law', 'page', 'type'],
	'/countries/[code]/engagements': ['page'],
	'/countries/[code]/laws': ['page'],
	'/countries/[code]/pledges': ['page'],
	'/countries/[code]/cases/[id]': [],
	'/countries/[code]/engagements/[id]': [],
	'/countries/[code]/laws/[id]': [],
	'/countries/[code]/pledges/[id]': []
};

interface RenderedPage {
	at: number;
	/** Every header but the per-encoding ones (ETag, Content-Length, Content-Encoding). */
	headers: [string, string][];
	etag: string | null;
	bodies: Record<Encoding | 'identity', Uint8Array>;
}

const renderCacheMs = (): number => settings().publicRenderCacheMs;

/* About 150 KB a page in all three encodings: at most some 30 MB, for the home page and popular country views. */
const pages = createExpiringStore<RenderedPage>({ ttlMs: renderCacheMs, max: 200 });
/* Renders under way, by key: later readers of the same page wait for the first one's. */
const rendering = new Map<string, Promise<RenderedPage | null>>();
/* Bumped by every emptying, so a render that began before a write is not kept after it. */
let generation = 0;
registerPublicCache({
	clear() {
		pages.clear();
		rendering.clear();
		generation++;
	}
});

/** The search part of the normalised address: the parameters the page reads, sorted by name. */
function normalisedSearch(url: URL, reads: readonly string[]): string {
	const params = new URLSearchParams();
	for (const [name, value] of url.searchParams)
		if (reads.includes(name)) params.append(name, value);
	params.sort();
	const search = params.toString();
	return search === '' ? '' : `?${search}`;
}

/** The session-cookie deletion a stale cookie's answer carries; anything else set bars keeping. */
function onlyForgetsSession(response: Response): boolean {
	const names = [sessionCookieName(true), sessionCookieName(false)];
	return response.headers
		.getSetCookie()
		.every((c) => names.some((n) => c.startsWith(`${n}=;`)) && /max-age=0/i.test(c));
}

function shareable(response: Response, user: App.Locals['user']): boolean {
	return (
		user === null &&
		response.status === 200 &&
		(response.headers.get('content-type') ?? '').startsWith('text/html') &&
		(response.headers.get('cache-control') ?? '').startsWith('public') &&
		onlyForgetsSession(response)
	);
}

async function keep(response: Response): Promise<RenderedPage> {
	const identity = new Uint8Array(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	for (const name of ['etag', 'content-length', 'content-encoding', 'set-cookie'])
		headers.delete(name);
	varyOnEncoding(headers);
	return {
		at: currentMs(),
		headers: [...headers],
		etag: response.headers.get('etag'),
		bodies: { identity, ...(await compressAll(identity)) }
	};
}

interface Answer {
	request: Request;
	/** Set-Cookie headers this reader alone gets (the deletion of a stale session cookie). */
	cookies: string[];
	/** A copy just rendered for this reader carries no Age. */
	fresh: boolean;
}

function fromCache(page: RenderedPage, { request, cookies, fresh }: Answer): Response {
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	const headers = new Headers(page.headers);
	for (const cookie of cookies) headers.append('set-cookie', cookie);
	if (!fresh) headers.set('age', String(Math.floor((currentMs() - page.at) / 1000)));
	const etag = page.etag && encodedEtag(page.etag, encoding);
	if (etag) headers.set('etag', etag);
	if (etag && etagMatches(request.headers.get('if-none-match'), etag)) {
		headers.delete('content-type');
		return new Response(null, { status: 304, headers });
	}
	const body = page.bodies[encoding ?? 'identity'];
	if (encoding) headers.set('content-encoding', encoding);
	headers.set('content-length', String(body.byteLength));
	// Node Buffers from zlib are plain ArrayBuffer views; the DOM types just cannot tell.
	return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
}

/** The key a request's page is kept under, or null when it is not one to keep or serve. */
function keyFor(event: RequestEvent): { key: string; search: string } | null {
	const reads = event.route.id === null ? undefined : KEPT_ROUTES[event.route.id];
	if (renderCacheMs() <= 0 || reads === undefined || event.request.method !== 'GET') return null;
	if (event.isDataRequest || event.isSubRequest) return null;
	// A request under any other host (a forged Host header, or no ORIGIN configured) may
	// carry that host into the page's links: it is answered for itself, never kept or served.
	if (!isConfiguredOrigin(event.url)) return null;
	const search = normalisedSearch(event.url, reads);
	return { key: event.url.pathname + search, search };
}

/** Answers signed-out GETs of public pages from the kept copy, and keeps new ones. */
export const serveRenderedPages: Handle = async ({ event, resolve }) => {
	const found = keyFor(event);
	if (!found) return resolve(event);
	const { staleCookie } = await authenticate(event);
	if (event.locals.user !== null) return resolve(event);
	const answer: Answer = {
		request: event.request,
		cookies: staleCookie ? [sessionCookieDeletion(event.cookies, isSecure(event))] : [],
		fresh: false
	};
	// No await unless a render is under way: between this look and `rendering.set` below no
	// other request may run, or readers arriving together each start a render of their own.
	const underWay = rendering.get(found.key);
	const kept = pages.get(found.key) ?? (underWay && (await underWay));
	if (kept) return fromCache(kept, answer);

	// Rendered from the normalised address, so the copy holds nothing of dropped parameters.
	if (event.url.search !== found.search) event.url.search = found.search;
	const started = generation;
	let settle: (page: RenderedPage | null) => void = () => {};
	const shared = new Promise<RenderedPage | null>((resolve) => (settle = resolve));
	rendering.set(found.key, shared);
	try {
		const response = await resolve(event);
		if (!shareable(response, event.locals.user)) {
			settle(null);
			return response;
		}
		const page = await keep(response);
		if (started === generation) pages.set(found.key, page);
		settle(page);
		return fromCache(page, { ...answer, fresh: true });
	} catch (error) {
		settle(null);
		throw error;
	} finally {
		if (rendering.get(found.key) === shared) rendering.delete(found.key);
	}
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
