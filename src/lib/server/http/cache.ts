import { createHash } from 'node:crypto';
import { tagHeaders } from './cache-tags';

/*
 * Caching for public answers. Public data changes when an editor publishes, not per request,
 * so a CDN or reverse proxy may keep an answer for a short while and serve a stale copy while
 * it fetches a fresh one; a strong ETag (a hash of the exact bytes) lets clients revalidate
 * for the price of a 304. Signed-in requests still end up `no-store` (hooks.server.ts).
 *
 * Shared caches keep an answer briefly, because unpublishing a record or marking a person at
 * risk must reach readers soon: 30 seconds fresh, then at most 30 more served stale while
 * the cache fetches anew, so a change shows everywhere within a minute even when no purge
 * reaches the CDN (PLEDGEWATCH_PURGE_URL, purge.ts, drops it at once). Browsers keep nothing
 * without asking (max-age=0): they revalidate each time, which costs a 304.
 */

export interface CachePolicy {
	/** Seconds a browser may use the answer without asking again. */
	maxAge: number;
	/** Seconds a shared cache (CDN, proxy) may serve the answer without asking again. */
	sharedMaxAge: number;
	/** Seconds after that during which a shared cache may serve it stale while it revalidates. */
	staleWhileRevalidate: number;
}

export const PUBLIC_CACHE: CachePolicy = { maxAge: 0, sharedMaxAge: 30, staleWhileRevalidate: 30 };

export function cacheControl(policy: CachePolicy = PUBLIC_CACHE): string {
	return `public, max-age=${policy.maxAge}, s-maxage=${policy.sharedMaxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`;
}

/** A strong validator: the same bytes always give the same tag, any change gives another. */
export function strongEtag(body: string | Uint8Array): string {
	return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/**
 * Whether an If-None-Match header matches the tag. RFC 9110 compares weakly here, so a
 * `W/` prefix that a proxy added (after compressing, say) still matches.
 */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	if (ifNoneMatch.trim() === '*') return true;
	const bare = (tag: string) => tag.trim().replace(/^W\//, '');
	return ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag));
}

/**
 * A public 200 with Cache-Control, ETag and the answer's cache tags (cache-tags.ts), or a
 * bodiless 304 when the client already holds these exact bytes.
 */
export function cachedResponse(
	request: Request,
	body: string,
	headers: Record<string, string>,
	tags: readonly string[],
	policy: CachePolicy = PUBLIC_CACHE
): Response {
	const etag = strongEtag(body);
	const common = { etag, 'cache-control': cacheControl(policy), ...tagHeaders(tags) };
	if (etagMatches(request.headers.get('if-none-match'), etag)) {
		return new Response(null, { status: 304, headers: common });
	}
	return new Response(body, { status: 200, headers: { ...headers, ...common } });
}
