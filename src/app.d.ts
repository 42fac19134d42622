// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SessionInfo, SessionUser } from '$lib/server/auth/sessions';
import type { Actor } from '$lib/server/policy';

declare global {
	namespace App {
		interface Locals {
			/** The signed-in user, or null when signed out (validated once per request in hooks.server.ts). */
			user: SessionUser | null;
			session: SessionInfo | null;
			/** Who the policy sees: role 'public' until sign-in (including two-factor) is complete. */
			actor: Actor;
			/** This request's id in the log (hooks.server.ts), quoted on the error page. */
			requestId: string;
			/**
			 * Set when the page's load asked for its own ETag (public/page-cache.ts), so the
			 * rendered HTML is not hashed for one (vite/load-etag.ts): it makes the ETag from the
			 * hashes of the page's inline scripts (null when it has none: from its data).
			 */
			pageEtag?: (scriptHashes: string[] | null) => string;
		}
		interface Error {
			message: string;
			/** Set for unexpected errors: the id of the log line that holds the details. */
			requestId?: string;
		}
		interface PageData {
			/** The site's configured origin for absolute links (from the root layout). */
			siteOrigin: string;
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
