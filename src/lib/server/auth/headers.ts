import { servesHttpsOnly } from '../http/site-origin.js';

/*
 * Response headers that browsers act on. The Content-Security-Policy itself comes from
 * kit.csp in svelte.config.js (SvelteKit adds the hashes of its own inline scripts).
 */

const PRIVATE_PREFIXES = ['/login', '/logout', '/invite', '/account', '/admin', '/workspace'];

/** Pages that are about an account even when nobody is signed in (sign-in, invite links). */
export function isPrivatePath(pathname: string): boolean {
	return PRIVATE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export function withSecurityHeaders(response: Response, options: { private: boolean }): Response {
	let out = response;
	try {
		apply(out.headers, options);
	} catch {
		// Some responses (e.g. from fetch) have immutable headers: copy them first.
		out = new Response(response.body, response);
		apply(out.headers, options);
	}
	return out;
}

function apply(headers: Headers, options: { private: boolean }): void {
	headers.set('x-content-type-options', 'nosniff');
	headers.set('referrer-policy', 'same-origin');
	headers.set('x-frame-options', 'DENY');
	headers.set('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
	headers.append('vary', 'Cookie');
	// Only when ORIGIN is https: over plain http (a local start) it would lock the browser out.
	if (servesHttpsOnly()) {
		headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	}
	// Signed-in pages and answers must never be stored by a browser, proxy or CDN.
	if (options.private) headers.set('cache-control', 'no-store');
}
