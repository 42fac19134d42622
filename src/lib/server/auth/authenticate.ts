import type { RequestEvent } from '@sveltejs/kit';
import { db } from '$lib/server/runtime';
import { actorFor } from '$lib/server/policy';
import { isSecure } from './request';
import { deleteSessionCookie, readSessionCookie, validateSessionToken } from './sessions';

/*
 * Who is asking, settled once per request: the kept public pages (http/rendered-pages.ts) need
 * to know before the rest of the hooks run whether a session cookie belongs to anyone, and the
 * authenticate hook then reuses the answer instead of reading the session a second time.
 */

export interface Authentication {
	/** A session cookie came with the request but names no live session; it is being deleted. */
	staleCookie: boolean;
}

const settled = new WeakMap<App.Locals, Promise<Authentication>>();

async function settle(event: RequestEvent): Promise<Authentication> {
	const secure = isSecure(event);
	const token = readSessionCookie(event.cookies, secure);
	const found = token ? await validateSessionToken(db(), token) : null;
	if (token && !found) deleteSessionCookie(event.cookies, secure);
	event.locals.user = found?.user ?? null;
	event.locals.session = found?.session ?? null;
	event.locals.actor = actorFor(event.locals.user, event.locals.session);
	return { staleCookie: Boolean(token) && !found };
}

/** Reads the session cookie (once per request) and sets locals.user, session and actor. */
export function authenticate(event: RequestEvent): Promise<Authentication> {
	let done = settled.get(event.locals);
	if (!done) {
		done = settle(event);
		settled.set(event.locals, done);
	}
	return done;
}
