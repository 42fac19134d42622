import type { RequestEvent } from '@sveltejs/kit';
import type { AuditedBy } from '../audit.js';

/*
 * Facts about the request for sessions, throttling and the audit log. The client address is
 * SvelteKit's getClientAddress(): adapter-node reads it from the header named by ADDRESS_HEADER
 * when a trusted proxy sets one (with XFF_DEPTH for X-Forwarded-For), otherwise the socket.
 * A raw X-Forwarded-For sent by a client is never trusted here.
 */

export interface ClientInfo {
	ip: string;
	userAgent: string | null;
}

export function clientInfo(event: Pick<RequestEvent, 'getClientAddress' | 'request'>): ClientInfo {
	let ip = 'unknown';
	try {
		ip = event.getClientAddress();
	} catch {
		// Some runtimes (tests calling handlers directly) have no address; count them together.
	}
	return { ip, userAgent: event.request.headers.get('user-agent') };
}

/** The signed-in person making a change from this request, as the audit log names them. */
export function actingUser(
	event: Pick<RequestEvent, 'getClientAddress' | 'request'>,
	user: { id: string; email: string }
): AuditedBy {
	return { userId: user.id, email: user.email, ...clientInfo(event) };
}

/** Whether to mark cookies Secure (and use the __Host- prefix): when served over HTTPS. */
export function isSecure(event: Pick<RequestEvent, 'url'>): boolean {
	return event.url.protocol === 'https:';
}

/*
 * Any origin works as the base: only whether `next` stays on it matters. A reserved name
 * (RFC 2606) so no real site can match.
 */
const NEXT_BASE = 'http://pledgewatch.invalid';

/**
 * The place to go after signing in, as a path on this site, or `fallback`. `next` is read the
 * way a browser reads a Location header: the URL parser drops tabs and newlines and treats
 * `\` as `/`, so "/\t/evil.example" or "/\\evil.example" would lead off the site. Only a
 * value that parses to this site is kept, and only its parsed path, query and fragment are
 * returned, never the raw text.
 */
export function safeNext(value: string | null | undefined, fallback = '/workspace'): string {
	if (!value || !value.startsWith('/')) return fallback;
	let parsed: URL;
	try {
		parsed = new URL(value, NEXT_BASE);
	} catch {
		return fallback;
	}
	if (parsed.origin !== NEXT_BASE) return fallback;
	const path = parsed.pathname + parsed.search + parsed.hash;
	// "/.//evil.example" parses to the path "//evil.example", which a browser reads as a host.
	if (path.startsWith('//')) return fallback;
	return path;
}
