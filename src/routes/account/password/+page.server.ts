import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/runtime';
import { guardStage } from '$lib/server/auth/guard';
import { actingUser, isSecure, safeNext } from '$lib/server/auth/request';
import { MIN_PASSWORD_LENGTH } from '$lib/server/auth/passwords';
import { changeOwnPassword } from '$lib/server/auth/password-change';
import { setSessionCookie } from '$lib/server/auth/sessions';
import { describeRetry } from '$lib/server/auth/throttle';

function tooManyGuesses(retryAt: Date): string {
	return m.pw_current_throttled({ retry: describeRetry(retryAt) });
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
	const result = await changeOwnPassword(
		db(),
		{ ...actingUser(event, user), displayName: user.displayName },
		{
			current: String(form.get('current') ?? ''),
			password: String(form.get('password') ?? ''),
			confirm: String(form.get('confirm') ?? ''),
			twoFactorVerified: session.twoFactorVerified,
			language: session.language
		}
	);
	if (result.kind === 'throttled') return fail(429, { message: tooManyGuesses(result.retryAt) });
	if (result.kind === 'wrong-current') return fail(400, { message: m.pw_current_wrong() });
	if (result.kind === 'refused') return fail(400, { message: result.message });
	// Every session ended, this one included; this browser has a fresh one at the same stage.
	setSessionCookie(event.cookies, result.token, result.session.absoluteExpiresAt, isSecure(event));
	redirect(303, safeNext(String(form.get('next') ?? ''), AFTER_CHANGE));
}

export const actions: Actions = { default: changePassword };
