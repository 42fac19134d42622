import { isRedirect, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { startRuntime, stopOnShutdown } from '$lib/server/runtime';
import { ConfigError } from '$lib/server/db/config';
import { MigrationError } from '$lib/server/db/migrate';
import { log } from '$lib/server/log';
import { decide } from '$lib/server/policy';
import { deny, finishSignInLocation, signInLocation } from '$lib/server/auth/guard';
import { authenticate as authenticateRequest } from '$lib/server/auth/authenticate';
import { isPrivatePath, withSecurityHeaders } from '$lib/server/auth/headers';
import { forgetAfterWrites, serveRenderedPages } from '$lib/server/http/rendered-pages';
import { compressAnswers } from '$lib/server/http/compression';
import { logRequests, logUnexpectedError } from '$lib/server/http/request-log';
import { withAccountLanguage, withLanguage } from '$lib/server/http/language';
import { tagPublicPage } from '$lib/server/public/page-cache';

/* Opens, migrates and seeds the database before the first request; a bad setup stops start-up with one clear line. */
export const init: ServerInit = async () => {
	try {
		await startRuntime();
		stopOnShutdown();
	} catch (error) {
		if (error instanceof ConfigError || error instanceof MigrationError) {
			log.error(error.message);
			process.exit(1);
		}
		throw error;
	}
};

/* Unexpected errors: logged with the request id, which the error page shows (never the details). */
export const handleError: HandleServerError = logUnexpectedError;

/* Reads the session cookie once per request; locals say who is signed in (null when nobody). */
const authenticate: Handle = async ({ event, resolve }) => {
	await authenticateRequest(event);
	return resolve(event);
};

/* A redirect answered (not thrown), so the security headers around it still apply. */
function seeOther(location: string): Response {
	return new Response(null, { status: 303, headers: { location } });
}

/*
 * Applies the policy's route rules before any load, action or endpoint runs: deny by default.
 * The sign-in pages it sends people to are in the language of the page they asked for.
 */
const authorise: Handle = async ({ event, resolve }) => {
	const decision = decide(event.locals.actor, event.route.id, event.request.method);
	if (decision.kind === 'allow') return resolve(event);
	if (decision.kind === 'finish-sign-in') {
		return seeOther(finishSignInLocation(decision.location));
	}
	if (decision.kind === 'sign-in') return seeOther(signInLocation(event.url));
	try {
		return await deny(event, `no rule allows ${event.request.method} ${event.route.id}`);
	} catch (thrown) {
		if (isRedirect(thrown)) return seeOther(thrown.location);
		throw thrown;
	}
};

/* Every response: no sniffing, no framing, no referrer outside the site (invite links carry tokens). */
const protect: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	return withSecurityHeaders(response, {
		private: event.locals.user !== null || isPrivatePath(event.url.pathname)
	});
};

/*
 * Outermost first: every request is logged (one line, whatever answered it); large answers are
 * compressed for clients that accept it (kept pages come compressed already); kept public
 * pages are answered before anything else runs (they were kept with their security headers,
 * and their language is in their address, so nothing below can change them); every other
 * answer, redirects and denials included, gets the security headers; then who is asking, then
 * whether they may. The language (from the address) wraps every rendering, a kept page's
 * first one included; a signed-in person's own pages take their account's language once we
 * know who is asking. A public page gets its ETag once rendered (from the hashes of its
 * scripts), before it is kept or compressed.
 */
export const handle: Handle = sequence(
	logRequests,
	compressAnswers,
	serveRenderedPages,
	withLanguage,
	tagPublicPage,
	protect,
	authenticate,
	withAccountLanguage,
	forgetAfterWrites,
	authorise
);
