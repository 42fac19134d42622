import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/runtime';
import { guard } from '$lib/server/auth/guard';
import { inviteThrottle } from '$lib/server/auth/signin';
import { clientInfo, isSecure } from '$lib/server/auth/request';
import { describeRetry } from '$lib/server/auth/throttle';
import { describeInviteProblem, findInvite, InviteError } from '$lib/server/auth/invites';
import { acceptInvite } from '$lib/server/auth/invite-acceptance';
import { hashPassword, passwordProblem, MIN_PASSWORD_LENGTH } from '$lib/server/auth/passwords';
import { setSessionCookie } from '$lib/server/auth/sessions';
import { twoFactorRequired } from '$lib/server/policy';
import { getLocale } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	await guard(event, 'read:published');
	const client = clientInfo(event);
	const throttle = await inviteThrottle(db(), client, event.params.token);
	if (throttle.until) error(429, describeRetry(throttle.until));
	const found = await findInvite(db(), event.params.token);
	if ('problem' in found) {
		await throttle.fail();
		return {
			problem: describeInviteProblem(found.problem),
			invite: null,
			minLength: MIN_PASSWORD_LENGTH
		};
	}
	const { email, role, expiresAt } = found.invite;
	return {
		problem: null,
		invite: { email, role, expiresAt, twoFactor: twoFactorRequired(role) },
		minLength: MIN_PASSWORD_LENGTH
	};
};

async function accept(event: Parameters<Actions['default']>[0]) {
	await guard(event, 'read:published');
	const form = await event.request.formData();
	const displayName = String(form.get('display_name') ?? '').trim();
	const password = String(form.get('password') ?? '');
	const confirm = String(form.get('confirm') ?? '');
	const client = clientInfo(event);
	const throttle = await inviteThrottle(db(), client, event.params.token);
	if (throttle.until) return fail(429, { displayName, message: describeRetry(throttle.until) });

	const found = await findInvite(db(), event.params.token);
	if ('problem' in found) {
		await throttle.fail();
		return fail(400, { displayName, message: describeInviteProblem(found.problem) });
	}
	if (displayName.length < 2 || displayName.length > 100) {
		return fail(400, {
			displayName,
			message: 'Enter your name as colleagues know it (2 to 100 characters).'
		});
	}
	if (password !== confirm) {
		return fail(400, { displayName, message: 'The two passwords are not the same.' });
	}
	const problem = passwordProblem(password, [found.invite.email, displayName]);
	if (problem) return fail(400, { displayName, message: problem });

	let signedIn;
	try {
		signedIn = await acceptInvite(db(), {
			token: event.params.token,
			inviteId: found.invite.id,
			displayName,
			passwordHash: await hashPassword(password),
			client,
			previousSessionId: event.locals.session?.id ?? null,
			language: getLocale()
		});
	} catch (cause) {
		if (cause instanceof InviteError) return fail(400, { displayName, message: cause.message });
		throw cause;
	}
	const { token, session } = signedIn;
	setSessionCookie(event.cookies, token, session.absoluteExpiresAt, isSecure(event));
	redirect(303, '/account/two-factor?welcome=1');
}

export const actions: Actions = { default: accept };
