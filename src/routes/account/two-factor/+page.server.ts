import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { db } from '$lib/server/runtime';
import { guardStage } from '$lib/server/auth/guard';
import { checkSecondFactor } from '$lib/server/auth/signin';
import { clientInfo } from '$lib/server/auth/request';
import { describeRetry } from '$lib/server/auth/throttle';
import { markSessionTwoFactorVerified } from '$lib/server/auth/sessions';
import { countUnusedRecoveryCodes, replaceRecoveryCodes } from '$lib/server/auth/recovery-codes';
import {
	displayTotpKey,
	generateTotpKey,
	openTotpKey,
	qrPath,
	sealTotpKey,
	totpKeyUri
} from '$lib/server/auth/totp';
import { SecretBoxError } from '$lib/server/auth/secret-box';
import { enableTotp, getUser, resetTwoFactor, savePendingTotpKey } from '$lib/server/auth/users';
import { twoFactorRequired } from '$lib/server/policy';

/* Enrolment is allowed before sign-in is complete (stage 'enrol'), so editors and admins can set it up. */
const guardPage = (event: RequestEvent) => guardStage(event, ['enrol'], 'account:self');

export const load: PageServerLoad = async (event) => {
	const { user } = await guardPage(event);
	const stored = await getUser(db(), user.id);
	if (!stored) redirect(303, '/login');
	const required = twoFactorRequired(stored.role);
	const notice = event.url.searchParams.has('welcome')
		? `Welcome, ${stored.display_name}. ${required ? 'Your role requires two-factor sign-in: set it up now.' : 'You can turn on two-factor sign-in here (recommended).'}`
		: event.url.searchParams.has('recovery')
			? `You signed in with a recovery code; ${event.url.searchParams.get('recovery')} left. Make new ones below if you are running short.`
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
	const key = await pendingKey(user.id, stored.totp_key);
	return {
		notice,
		required,
		enabled: false as const,
		recoveryCodesLeft: 0,
		enrolment: { qr: qrPath(totpKeyUri(stored.email, key)), key: displayTotpKey(key) }
	};
};

/*
 * A pending key survives reloads so a half-finished enrolment does not change the QR code.
 * One that no longer opens (the secret key changed) is replaced: nothing depends on it yet.
 */
async function pendingKey(userId: string, stored: string | null): Promise<Uint8Array> {
	if (stored) {
		try {
			return openTotpKey(stored, userId);
		} catch (error) {
			if (!(error instanceof SecretBoxError)) throw error;
		}
	}
	const key = generateTotpKey();
	await savePendingTotpKey(db(), userId, sealTotpKey(key, userId));
	return key;
}

async function verifyCode(
	event: RequestEvent,
	action: 'two-factor.enrol' | 'two-factor.disable' | 'two-factor.recovery-codes'
) {
	const signedIn = await guardPage(event);
	const code = String((await event.request.formData()).get('code') ?? '');
	const result = await checkSecondFactor(db(), {
		userId: signedIn.user.id,
		code,
		client: clientInfo(event),
		action
	});
	if (result.kind === 'throttled')
		return { signedIn, failure: fail(429, { message: describeRetry(result.retryAt) }) };
	if (result.kind === 'invalid') {
		return {
			signedIn,
			failure: fail(400, {
				message: 'That code is not right, or it was used already. Wait for the next code.'
			})
		};
	}
	return { signedIn, failure: null };
}

async function enrol(event: RequestEvent) {
	const { signedIn, failure } = await verifyCode(event, 'two-factor.enrol');
	if (failure) return failure;
	const stored = await getUser(db(), signedIn.user.id);
	if (stored?.totp_enabled === 1)
		return fail(400, { message: 'Two-factor sign-in is already on.' });
	await enableTotp(db(), signedIn.user.id);
	await markSessionTwoFactorVerified(db(), signedIn.session.id);
	const recoveryCodes = await replaceRecoveryCodes(db(), signedIn.user.id);
	return { recoveryCodes, message: null };
}

async function newRecoveryCodes(event: RequestEvent) {
	const { signedIn, failure } = await verifyCode(event, 'two-factor.recovery-codes');
	if (failure) return failure;
	const recoveryCodes = await replaceRecoveryCodes(db(), signedIn.user.id);
	return { recoveryCodes, message: null };
}

async function disable(event: RequestEvent) {
	const { user } = await guardPage(event);
	if (twoFactorRequired(user.role)) {
		return fail(400, {
			message: 'Your role requires two-factor sign-in; it cannot be turned off.'
		});
	}
	const { failure } = await verifyCode(event, 'two-factor.disable');
	if (failure) return failure;
	// Turning it off is a two-factor reset: every session ends, so sign in again.
	await resetTwoFactor(db(), user.id);
	redirect(303, '/login');
}

export const actions: Actions = { enrol, recoveryCodes: newRecoveryCodes, disable };
