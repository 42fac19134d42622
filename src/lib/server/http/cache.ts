import { createHash } from 'node:crypto';

/*
 * Caching for public answers. Public data changes when an editor publishes, not per request,
 * so a CDN or reverse proxy may keep an answer for a short while and serve a stale copy while
 * it fetches a fresh one; a strong ETag (a hash of the exact bytes) lets clients revalidate
 * for the price of a 304. Signed-in requests still end up `no-store` (hooks.server.ts).
 */

export interface CachePolicy {
	/** Seconds a cache may serve the answer without asking again. */
	maxAge: number;
	/** Seconds after that during which a cache may serve it stale while it revalidates. */
	staleWhileRevalidate: number;
}

export const PUBLIC_CACHE: CachePolicy = { maxAge: 60, staleWhileRevalidate: 600 };

export function cacheControl(policy: CachePolicy = PUBLIC_CACHE): string {
	return `public, max-age=${policy.maxAge}, stale-while-revalidate=${policy.staleWhileRevalidate}`;
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
 * A public 200 with Cache-Control and ETag, or a bodiless 304 when the client already holds
 * these exact bytes.
 */
export function cachedResponse(
	request: Request,
	body: string,
	headers: Record<string, string>,
	policy: CachePolicy = PUBLIC_CACHE
): Response {
	const etag = strongEtag(body);
	const common = { etag, 'cache-control': cacheControl(policy) };
	if (etagMatches(request.headers.get('if-none-match'), etag)) {
		return new Response(null, { status: 304, headers: common });
	}
	return new Response(body, { status: 200, headers: { ...headers, ...common } });
}
