import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/runtime';
import { guardStage } from '$lib/server/auth/guard';
import { recordAudit } from '$lib/server/audit';
import { clientInfo, isSecure, safeNext } from '$lib/server/auth/request';
import {
	hashPassword,
	passwordProblem,
	verifyPassword,
	MIN_PASSWORD_LENGTH
} from '$lib/server/auth/passwords';
import { createSession, setSessionCookie } from '$lib/server/auth/sessions';
import {
	accountKey,
	blockedUntil,
	clearThrottle,
	describeRetry,
	recordFailure
} from '$lib/server/auth/throttle';
import { getUser, setUserPassword } from '$lib/server/auth/users';

function tooManyGuesses(retryAt: Date): string {
	return `Your current password was entered wrongly too many times. ${describeRetry(retryAt)} If you have forgotten it, ask an admin for help.`;
}

/* Where to go once the password is changed: the page sign-in was heading for, if any. */
const AFTER_CHANGE = '/account?changed=password';

export const load: PageServerLoad = async (event) => {
	const { user } = await guardStage(event, ['change-password'], 'account:self');
	return {
		mustChange: user.mustChangePassword,
		minLength: MIN_PASSWORD_LENGTH,
		next: safeNext(event.url.searchParams.get('next'), AFTER_CHANGE)
	};
};

async function changePassword(event: Parameters<Actions['default']>[0]) {
	const { user, session } = await guardStage(event, ['change-password'], 'account:self');
	const form = await event.request.formData();
	const current = String(form.get('current') ?? '');
	const password = String(form.get('password') ?? '');
	const confirm = String(form.get('confirm') ?? '');
	const client = clientInfo(event);
	// Whoever holds this session must not get unlimited guesses at the password behind it.
	const throttle = accountKey('password-change', user.id);
	const blocked = await blockedUntil(db(), [throttle]);
	if (blocked) return fail(429, { message: tooManyGuesses(blocked) });
	const stored = await getUser(db(), user.id);
	if (!stored?.password_hash || !(await verifyPassword(stored.password_hash, current))) {
		const now = await recordFailure(db(), [throttle]);
		await recordAudit(db(), {
			action: 'password.change',
			outcome: 'failure',
			userId: user.id,
			actorEmail: user.email,
			targetType: 'user',
			targetId: user.id,
			ip: client.ip,
			userAgent: client.userAgent,
			detail: { reason: 'wrong current password', throttled: now !== null }
		});
		if (now) return fail(429, { message: tooManyGuesses(now) });
		return fail(400, { message: 'Your current password is not right.' });
	}
	await clearThrottle(db(), throttle);
	if (password !== confirm)
		return fail(400, { message: 'The two new passwords are not the same.' });
	if (password === current)
		return fail(400, { message: 'Choose a password you have not used here.' });
	const problem = passwordProblem(password, [user.email, user.displayName]);
	if (problem) return fail(400, { message: problem });

	// Every session ends, this one included; this browser gets a fresh one at the same stage.
	await setUserPassword(db(), user.id, await hashPassword(password));
	await recordAudit(db(), {
		action: 'password.change',
		userId: user.id,
		actorEmail: user.email,
		targetType: 'user',
		targetId: user.id,
		ip: client.ip,
		userAgent: client.userAgent
	});
	const fresh = await createSession(db(), user.id, {
		twoFactorVerified: session.twoFactorVerified,
		ip: client.ip,
		userAgent: client.userAgent
	});
	setSessionCookie(event.cookies, fresh.token, fresh.session.absoluteExpiresAt, isSecure(event));
	redirect(303, safeNext(String(form.get('next') ?? ''), AFTER_CHANGE));
}

export const actions: Actions = { default: changePassword };
