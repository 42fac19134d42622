import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/runtime';
import { finishSignInLocation, guard } from '$lib/server/auth/guard';
import { getLocale } from '$lib/i18n';
import { checkPassword } from '$lib/server/auth/signin';
import { clientInfo, isSecure, safeNext } from '$lib/server/auth/request';
import { nextProblem } from '$lib/server/auth/return-address';
import { describeRetry } from '$lib/server/auth/throttle';
import { createSession, deleteSession, setSessionCookie } from '$lib/server/auth/sessions';
import { actorFor, nextStepLocation } from '$lib/server/policy';

export const load: PageServerLoad = async (event) => {
	const actor = await guard(event, 'read:published');
	const problem = nextProblem(event.url.searchParams.get('next'));
	if (problem) error(400, problem);
	const next = safeNext(event.url.searchParams.get('next'));
	if (actor.stage === 'full') redirect(303, next);
	return { next };
};

async function signIn(event: Parameters<Actions['default']>[0]) {
	await guard(event, 'read:published');
	const form = await event.request.formData();
	const email = String(form.get('email') ?? '').trim();
	const password = String(form.get('password') ?? '');
	// Checked before the password, so no session is created that the redirect could not hand over.
	const problem = nextProblem(form.get('next'));
	if (problem) return fail(400, { email, message: problem });
	const next = safeNext(String(form.get('next') ?? ''));
	if (!email || !password) {
		return fail(400, { email, message: 'Enter your email address and password.' });
	}
	const client = clientInfo(event);
	const result = await checkPassword(db(), { email, password, client });
	if (result.kind === 'throttled') {
		return fail(429, { email, message: describeRetry(result.retryAt) });
	}
	if (result.kind === 'invalid') {
		return fail(400, {
			email,
			message: 'That email address and password do not match an account.'
		});
	}
	// A fresh session at every sign-in; any session this browser had before ends.
	if (event.locals.session) await deleteSession(db(), event.locals.session.id);
	const user = result.value;
	const { token, session } = await createSession(db(), user.id, {
		twoFactorVerified: false,
		ip: client.ip,
		userAgent: client.userAgent,
		language: getLocale()
	});
	setSessionCookie(event.cookies, token, session.absoluteExpiresAt, isSecure(event));
	const stage = actorFor(
		{
			id: user.id,
			email: user.email,
			role: user.role,
			totpEnabled: user.totp_enabled === 1,
			mustChangePassword: user.must_change_password === 1
		},
		session
	).stage;
	const step = nextStepLocation(stage);
	redirect(303, step ? `${finishSignInLocation(step)}?next=${encodeURIComponent(next)}` : next);
}

export const actions: Actions = { default: signIn };
