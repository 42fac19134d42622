import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
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
import { configuredOrigin, isConfiguredOrigin } from './site-origin';
import { log } from '$lib/server/log';
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

/*
 * One encoding of a kept page, with its answers' headers made when it is kept: per request
 * only Age (and a stale session cookie's deletion) is added, and the bytes are sent as kept.
 */
interface Variant {
	body: Uint8Array;
	etag: string | null;
	/** The 200's: the page's headers, its ETag, Content-Encoding and Content-Length. */
	ok: readonly [string, string][];
	/** The 304's: the page's headers but Content-Type, and its ETag. */
	notModified: readonly [string, string][];
}

interface RenderedPage {
	at: number;
	/** The route it was rendered for, for the request log of direct answers. */
	route: string;
	variants: Record<Encoding | 'identity', Variant>;
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
	if (url.search === '') return '';
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

async function keep(response: Response, route: string): Promise<RenderedPage> {
	const identity = new Uint8Array(await response.arrayBuffer());
	const headers = new Headers(response.headers);
	for (const name of ['etag', 'content-length', 'content-encoding', 'set-cookie'])
		headers.delete(name);
	varyOnEncoding(headers);
	const common = [...headers];
	const etag = response.headers.get('etag');
	const bodies = { identity, ...(await compressAll(identity)) };
	const variant = (encoding: Encoding | null): Variant => {
		const body = bodies[encoding ?? 'identity'];
		const tag = etag && encodedEtag(etag, encoding);
		const tagged: [string, string][] = tag ? [['etag', tag]] : [];
		return {
			body,
			etag: tag,
			ok: [
				...common,
				...tagged,
				...(encoding ? [['content-encoding', encoding] as [string, string]] : []),
				['content-length', String(body.byteLength)]
			],
			notModified: [...common.filter(([name]) => name !== 'content-type'), ...tagged]
		};
	};
	return {
		at: currentMs(),
		route,
		variants: { identity: variant(null), br: variant('br'), gzip: variant('gzip') }
	};
}

interface Answer {
	request: Request;
	/** Set-Cookie headers this reader alone gets (the deletion of a stale session cookie). */
	cookies: string[];
	/** A copy just rendered for this reader carries no Age. */
	fresh: boolean;
}

/** The encoding, status and headers of a kept page's answer to one reader. */
function answerFor(
	page: RenderedPage,
	{ acceptEncoding, ifNoneMatch, cookies, fresh }: Omit<Answer, 'request'> & AnswerHeaders
): { variant: Variant; status: 200 | 304; headers: [string, string][] } {
	const variant = page.variants[chooseEncoding(acceptEncoding) ?? 'identity'];
	const notModified = variant.etag !== null && etagMatches(ifNoneMatch, variant.etag);
	const headers = [...(notModified ? variant.notModified : variant.ok)];
	for (const cookie of cookies) headers.push(['set-cookie', cookie]);
	if (!fresh) headers.push(['age', String(Math.floor((currentMs() - page.at) / 1000))]);
	return { variant, status: notModified ? 304 : 200, headers };
}

interface AnswerHeaders {
	acceptEncoding: string | null;
	ifNoneMatch: string | null;
}

function fromCache(page: RenderedPage, { request, ...answer }: Answer): Response {
	const { variant, status, headers } = answerFor(page, {
		...answer,
		acceptEncoding: request.headers.get('accept-encoding'),
		ifNoneMatch: request.headers.get('if-none-match')
	});
	if (status === 304) return new Response(null, { status, headers });
	// Node Buffers from zlib are plain ArrayBuffer views; the DOM types just cannot tell.
	return new Response(variant.body as Uint8Array<ArrayBuffer>, { status, headers });
}

/**
 * Whether a Cookie header has a cookie named as a session's, either kind (or cannot be read
 * as pairs): only then can the reader be signed in, or have a stale session cookie to forget.
 * Any other cookie (a consent banner's, an analytics one) changes nothing of a public page.
 */
function mayNameSession(header: string | undefined): boolean {
	if (header === undefined) return false;
	const names = [sessionCookieName(true), sessionCookieName(false)];
	return header.split(';').some((pair) => {
		if (pair.trim() === '') return false;
		const name = pair.split('=', 1)[0]?.trim() ?? '';
		return !pair.includes('=') || names.includes(name);
	});
}

/** A Node header value as the Fetch API gives it (repeated headers joined). */
function headerValue(value: string | string[] | undefined): string | null {
	if (value === undefined) return null;
	return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Answers a kept page on Node's own request and response, before SvelteKit makes a Request
 * of it (scripts/start.js puts this first on the server): that and the Response it sends
 * back cost about as much again as everything the hooks do. Only the plainest case is
 * answered here: a GET with no session cookie (so nobody is signed in and no stale session
 * cookie needs forgetting; other cookies do not matter), under the configured ORIGIN, for
 * exactly the normalised address a page is kept under. Anything else (a query to normalise, a
 * session cookie, HEAD, a page not kept or expired) returns false and goes through SvelteKit
 * and serveRenderedPages as before. The bytes and headers (security headers and CSP included) are the kept ones, the
 * same a hit through SvelteKit sends, and the request gets its log line like any other.
 */
function answerDirectly(request: IncomingMessage, response: ServerResponse): boolean {
	const path = request.url ?? '';
	if (request.method !== 'GET' || mayNameSession(request.headers.cookie)) return false;
	const origin = configuredOrigin();
	if (origin === null || renderCacheMs() <= 0 || !path.startsWith('/')) return false;
	const started = performance.now();
	// As adapter-node makes the address SvelteKit sees: ORIGIN, then the path as sent.
	const url = new URL(origin + path);
	const page = pages.get(url.pathname + url.search);
	if (!page) return false;
	const { variant, status, headers } = answerFor(page, {
		acceptEncoding: headerValue(request.headers['accept-encoding']),
		ifNoneMatch: headerValue(request.headers['if-none-match']),
		cookies: [],
		fresh: false
	});
	response.writeHead(status, headers.flat());
	response.end(status === 304 ? undefined : variant.body);
	log.request({
		requestId: randomUUID(),
		method: 'GET',
		route: page.route,
		status,
		durationMs: Math.round((performance.now() - started) * 10) / 10,
		userId: null
	});
	return true;
}

/** answerDirectly, which must never take the server down: a failure is logged, and the request goes on to SvelteKit unless an answer had begun. */
export function answerKeptPage(request: IncomingMessage, response: ServerResponse): boolean {
	try {
		return answerDirectly(request, response);
	} catch (error) {
		log.error('a kept page could not be answered directly', {
			err: error instanceof Error ? error : new Error(String(error))
		});
		if (!response.headersSent) return false;
		response.destroy();
		return true;
	}
}

/* How scripts/start.js finds it: the server is bundled, so this is its one way in. */
(globalThis as Record<symbol, unknown>)[Symbol.for('pledgewatch.answerKeptPage')] = answerKeptPage;

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
		const page = await keep(response, event.route.id ?? '');
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
