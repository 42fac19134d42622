import { error, redirect } from '@sveltejs/kit';
import { getLocale, pathIn } from '$lib/i18n';
import { recordAudit } from '../audit.js';
import {
	can,
	deniedAsForbidden,
	nextStepLocation,
	type Actor,
	type Permission,
	type Stage
} from '../policy.js';
import { ROLE_LABELS } from '../../roles.js';
import { db } from '../runtime.js';
import { clientInfo } from './request.js';

/*
 * The one way route code asks the policy: `guard(event, permission)` returns the actor when
 * allowed; otherwise it records the denial and sends signed-out people to sign in, partly
 * signed-in people to their next step, staff whose role may not use a staff page to a 403
 * that says so, and everyone else to a 404.
 */

/* Any route's event (structural, so helpers shared by many routes can pass theirs on). */
type GuardEvent = {
	locals: App.Locals;
	url: URL;
	request: Request;
	route: { id: string | null };
	getClientAddress(): string;
};

/** The sign-in page, in the language of the page asked for, that returns there afterwards. */
export function signInLocation(url: URL): string {
	return `${pathIn('/login', getLocale())}?next=${encodeURIComponent(url.pathname + url.search)}`;
}

/** The next step of an unfinished sign-in (two-factor, new password), in the page's language. */
export function finishSignInLocation(step: string): string {
	return pathIn(step, getLocale());
}

export async function deny(event: GuardEvent, reason: string): Promise<never> {
	const actor = event.locals.actor;
	if (actor.stage === 'anonymous') redirect(303, signInLocation(event.url));
	const next = nextStepLocation(actor.stage);
	if (next) redirect(303, finishSignInLocation(next));
	const { ip, userAgent } = clientInfo(event);
	await recordAudit(db(), {
		action: 'access.denied',
		outcome: 'denied',
		userId: actor.userId,
		actorEmail: actor.email,
		targetType: 'route',
		targetId: event.route.id ?? event.url.pathname,
		ip,
		userAgent,
		detail: { method: event.request.method, path: event.url.pathname, reason }
	});
	if (actor.role !== 'public' && deniedAsForbidden(actor, event.route.id ?? event.url.pathname)) {
		error(403, `Not available to your role (${ROLE_LABELS[actor.role]})`);
	}
	error(404, 'Not found');
}

/** Allows the request when the actor holds `permission` (public permissions included). */
export async function guard(event: GuardEvent, permission: Permission): Promise<Actor> {
	const actor = event.locals.actor;
	return can(actor, permission) ? actor : deny(event, permission);
}

export interface SignedIn {
	actor: Actor;
	user: NonNullable<App.Locals['user']>;
	session: NonNullable<App.Locals['session']>;
}

/** For pages about the signed-in person: allowed when fully signed in with `permission`. */
export async function guardUser(event: GuardEvent, permission: Permission): Promise<SignedIn> {
	const { actor, user, session } = event.locals;
	if (actor.stage !== 'full' || !user || !session || !can(actor, permission)) {
		return deny(event, permission);
	}
	return { actor, user, session };
}

/**
 * For the pages that finish signing in: allowed at one of `stages`, or when fully signed in
 * with `permission` if given.
 */
export async function guardStage(
	event: GuardEvent,
	stages: Stage[],
	permission?: Permission
): Promise<SignedIn> {
	const { actor, user, session } = event.locals;
	const allowed =
		user !== null &&
		session !== null &&
		(stages.includes(actor.stage) ||
			(permission !== undefined && actor.stage === 'full' && can(actor, permission)));
	if (!allowed || !user || !session) return deny(event, stages.join(','));
	return { actor, user, session };
}
