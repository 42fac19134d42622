import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { db } from '$lib/server/runtime';
import { m } from '$lib/paraglide/messages';
import { guardStage } from '$lib/server/auth/guard';
import { clientInfo } from '$lib/server/auth/request';
import { describeRetry } from '$lib/server/auth/throttle';
import type { StepResult } from '$lib/server/auth/signin';
import { countUnusedRecoveryCodes } from '$lib/server/auth/recovery-codes';
import { displayTotpKey, qrPath, totpKeyUri } from '$lib/server/auth/totp';
import { getUser } from '$lib/server/auth/users';
import {
	confirmTwoFactorSetup,
	pendingTotpKey,
	startTwoFactorSetup
} from '$lib/server/auth/two-factor-setup';
import { renewRecoveryCodes, turnOffTwoFactor } from '$lib/server/auth/two-factor-changes';
import { twoFactorRequired } from '$lib/server/policy';

/* Enrolment is allowed before sign-in is complete (stage 'enrol'), so editors and admins can set it up. */
const guardPage = (event: RequestEvent) => guardStage(event, ['enrol'], 'account:self');

/* Reads only: the key is made by the "start" action, never on a GET. */
export const load: PageServerLoad = async (event) => {
	const { user } = await guardPage(event);
	const stored = await getUser(db(), user.id);
	if (!stored) redirect(303, '/login');
	const required = twoFactorRequired(stored.role);
	const notice = event.url.searchParams.has('welcome')
		? (required ? m.tfs_welcome_required : m.tfs_welcome_optional)({ name: stored.display_name })
		: event.url.searchParams.has('recovery')
			? m.tfs_recovery_used({ count: Number(event.url.searchParams.get('recovery')) || 0 })
			: null;
	if (stored.totp_enabled === 1) {
		return {
			notice,
			required,
			enabled: true as const,
			recoveryCodesLeft: await countUnusedRecoveryCodes(db(), user.id),
			enrolment: null
		};
	}
	const key = pendingTotpKey(stored);
	return {
		notice,
		required,
		enabled: false as const,
		recoveryCodesLeft: 0,
		enrolment: key ? { qr: qrPath(totpKeyUri(stored.email, key)), key: displayTotpKey(key) } : null
	};
};

/* The answer to a code that was not accepted. */
function codeRefusal(result: Exclude<StepResult<unknown>, { kind: 'ok' }>) {
	if (result.kind === 'throttled') return fail(429, { message: describeRetry(result.retryAt) });
	return fail(400, {
		message: m.tfs_code_wrong()
	});
}

/* New recovery codes, shown once; or why the code was not accepted. */
function recoveryCodesOrRefusal(result: StepResult<string[]>) {
	if (result.kind !== 'ok') return codeRefusal(result);
	return { recoveryCodes: result.value, message: null };
}

async function readCode(event: RequestEvent) {
	return String((await event.request.formData()).get('code') ?? '');
}

async function start(event: RequestEvent) {
	const { user } = await guardPage(event);
	await startTwoFactorSetup(db(), user.id);
	redirect(303, '/account/two-factor');
}

async function enrol(event: RequestEvent) {
	const { user, session } = await guardPage(event);
	const result = await confirmTwoFactorSetup(db(), {
		userId: user.id,
		sessionId: session.id,
		code: await readCode(event),
		client: clientInfo(event)
	});
	if (result.kind === 'already-on') return fail(400, { message: m.tfs_already_on() });
	if (result.kind === 'not-started') {
		return fail(400, {
			message: m.tfs_not_started()
		});
	}
	return recoveryCodesOrRefusal(result);
}

async function newRecoveryCodes(event: RequestEvent) {
	const { user } = await guardPage(event);
	const result = await renewRecoveryCodes(db(), {
		userId: user.id,
		code: await readCode(event),
		client: clientInfo(event)
	});
	return recoveryCodesOrRefusal(result);
}

async function disable(event: RequestEvent) {
	const { user } = await guardPage(event);
	const result = await turnOffTwoFactor(db(), {
		userId: user.id,
		role: user.role,
		code: await readCode(event),
		client: clientInfo(event)
	});
	if (result.kind === 'required') {
		return fail(400, {
			message: m.tfs_required()
		});
	}
	if (result.kind !== 'ok') return codeRefusal(result);
	// Turning it off is a two-factor reset: every session ends, so sign in again.
	redirect(303, '/login');
}

export const actions: Actions = { start, enrol, recoveryCodes: newRecoveryCodes, disable };
