import { settings } from '../config.js';

/*
 * The site's own origin: the one source of absolute URLs (canonical and og:url links, the
 * Atom feed's links, invite links) and of the answer to "is this request for our site?".
 *
 * In production it is ORIGIN (scripts/start.js sets http://localhost:<PORT> when nothing
 * else is configured). adapter-node then builds every request's URL from ORIGIN, so a
 * client's Host header cannot change it. Without ORIGIN (the dev server, tests, a proxy
 * that passes HOST_HEADER) the request's own origin is used for that request only: it is
 * whatever the client or proxy said, so such answers are never kept for other readers
 * (see isConfiguredOrigin and rendered-pages.ts).
 */

/** ORIGIN as an origin (scheme, host and port), or null when it is not set. */
export function configuredOrigin(): string | null {
	return settings().origin;
}

/** The origin to build absolute URLs from for this request. */
export function siteOrigin(url: URL): string {
	return configuredOrigin() ?? url.origin;
}

/** Whether the request came in under the configured origin, so its answer may be shared. */
export function isConfiguredOrigin(url: URL): boolean {
	const origin = configuredOrigin();
	return origin !== null && url.origin === origin;
}

/** Whether the site is configured to be served over HTTPS only (browsers then get HSTS). */
export function servesHttpsOnly(): boolean {
	return configuredOrigin()?.startsWith('https:') ?? false;
}
