import type { RequestEvent } from '@sveltejs/kit';

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

/** Whether to mark cookies Secure (and use the __Host- prefix): when served over HTTPS. */
export function isSecure(event: Pick<RequestEvent, 'url'>): boolean {
	return event.url.protocol === 'https:';
}

/** A same-site path to return to after signing in; anything else falls back to the workspace. */
export function safeNext(value: string | null | undefined, fallback = '/workspace'): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
		return fallback;
	}
	return value;
}
