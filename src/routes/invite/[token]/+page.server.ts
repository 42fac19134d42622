import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/runtime';
import { guard } from '$lib/server/auth/guard';
import { recordAudit } from '$lib/server/audit';
import { inviteThrottle } from '$lib/server/auth/signin';
import { clientInfo, isSecure } from '$lib/server/auth/request';
import { describeRetry } from '$lib/server/auth/throttle';
import {
	describeInviteProblem,
	findInvite,
	InviteError,
	redeemInvite
} from '$lib/server/auth/invites';
import { hashPassword, passwordProblem, MIN_PASSWORD_LENGTH } from '$lib/server/auth/passwords';
import { createSession, deleteSession, setSessionCookie } from '$lib/server/auth/sessions';
import { twoFactorRequired } from '$lib/server/policy';

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

	let user;
	try {
		user = await redeemInvite(db(), event.params.token, {
			displayName,
			passwordHash: await hashPassword(password)
		});
	} catch (cause) {
		if (cause instanceof InviteError) return fail(400, { displayName, message: cause.message });
		throw cause;
	}
	await recordAudit(db(), {
		action: 'invite.redeem',
		userId: user.id,
		actorEmail: user.email,
		targetType: 'invite',
		targetId: found.invite.id,
		ip: client.ip,
		userAgent: client.userAgent,
		detail: { role: user.role }
	});
	if (event.locals.session) await deleteSession(db(), event.locals.session.id);
	const { token, session } = await createSession(db(), user.id, {
		twoFactorVerified: false,
		ip: client.ip,
		userAgent: client.userAgent
	});
	setSessionCookie(event.cookies, token, session.absoluteExpiresAt, isSecure(event));
	redirect(303, '/account/two-factor?welcome=1');
}

export const actions: Actions = { default: accept };
