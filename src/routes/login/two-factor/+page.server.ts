import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/runtime';
import { guardStage } from '$lib/server/auth/guard';
import { checkSecondFactor } from '$lib/server/auth/signin';
import { clientInfo, safeNext } from '$lib/server/auth/request';
import { nextProblem } from '$lib/server/auth/return-address';
import { describeRetry } from '$lib/server/auth/throttle';
import { markSessionTwoFactorVerified } from '$lib/server/auth/sessions';
import { countUnusedRecoveryCodes } from '$lib/server/auth/recovery-codes';
import { m } from '$lib/paraglide/messages';

export const load: PageServerLoad = async (event) => {
	await guardStage(event, ['second-factor']);
	const problem = nextProblem(event.url.searchParams.get('next'));
	if (problem) error(400, problem);
	return { next: safeNext(event.url.searchParams.get('next')) };
};

async function verify(event: Parameters<Actions['default']>[0]) {
	const { user, session } = await guardStage(event, ['second-factor']);
	const form = await event.request.formData();
	const code = String(form.get('code') ?? '');
	// Checked before the code is used up, so the redirect at the end cannot fail.
	const problem = nextProblem(form.get('next'));
	if (problem) return fail(400, { message: problem });
	const next = safeNext(String(form.get('next') ?? ''));
	if (!code.trim()) return fail(400, { message: m.tf_code_missing() });
	const result = await checkSecondFactor(db(), {
		userId: user.id,
		code,
		client: clientInfo(event)
	});
	if (result.kind === 'throttled') return fail(429, { message: describeRetry(result.retryAt) });
	if (result.kind === 'invalid') {
		return fail(400, { message: m.tf_code_wrong() });
	}
	await markSessionTwoFactorVerified(db(), session.id);
	if (result.value.usedRecoveryCode) {
		const left = await countUnusedRecoveryCodes(db(), user.id);
		redirect(303, `/account/two-factor?recovery=${left}`);
	}
	redirect(303, next);
}

export const actions: Actions = { default: verify };
