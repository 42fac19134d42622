import type { DB } from '../db/connect.js';
import type { User } from '../db/schema.js';
import { recordAudit } from '../audit.js';
import { verifyAgainstDecoy, verifyPassword } from './passwords.js';
import { consumeRecoveryCode } from './recovery-codes.js';
import type { ClientInfo } from './request.js';
import {
	accountKey,
	addressKey,
	blockedUntil,
	clearThrottle,
	recordFailure,
	type ThrottleScope
} from './throttle.js';
import { consumeTotpCode } from './totp.js';
import { splitToken } from './tokens.js';
import { findUserByEmail, getUser, normaliseEmail } from './users.js';

/*
 * The steps of signing in, each throttled per account and per client address and each
 * written to the audit log. Failures say nothing about whether an account exists: an
 * unknown address, a deactivated account and a wrong password give the same answer after
 * the same amount of hashing.
 */

export type StepResult<T> =
	| { kind: 'ok'; value: T }
	| { kind: 'invalid' }
	| { kind: 'throttled'; retryAt: Date };

async function throttledFor(
	db: DB,
	scope: ThrottleScope,
	account: string,
	client: ClientInfo,
	now: Date
) {
	const keys = [accountKey(scope, account), addressKey(scope, client.ip)];
	return { keys, until: await blockedUntil(db, keys, now) };
}

export async function checkPassword(
	db: DB,
	input: { email: string; password: string; client: ClientInfo; now?: Date }
): Promise<StepResult<User>> {
	const now = input.now ?? new Date();
	const email = normaliseEmail(input.email);
	const { keys, until } = await throttledFor(db, 'signin', email, input.client, now);
	const audit = { actorEmail: email, ip: input.client.ip, userAgent: input.client.userAgent, now };
	if (until) {
		await recordAudit(db, {
			...audit,
			action: 'signin',
			outcome: 'denied',
			detail: { reason: 'throttled' }
		});
		return { kind: 'throttled', retryAt: until };
	}
	const user = await findUserByEmail(db, email);
	const ok =
		user?.password_hash && user.active === 1
			? await verifyPassword(user.password_hash, input.password)
			: await verifyAgainstDecoy(input.password);
	if (!ok || !user) {
		const blocked = await recordFailure(db, keys, { now });
		await recordAudit(db, {
			...audit,
			action: 'signin',
			outcome: 'failure',
			userId: user?.id ?? null,
			detail: {
				reason: user ? (user.active ? 'wrong password' : 'deactivated') : 'no such account'
			}
		});
		return blocked ? { kind: 'throttled', retryAt: blocked } : { kind: 'invalid' };
	}
	await clearThrottle(db, keys[0]!);
	await recordAudit(db, {
		...audit,
		action: 'signin',
		userId: user.id,
		detail: { twoFactor: user.totp_enabled === 1 ? 'pending' : 'not enrolled' }
	});
	return { kind: 'ok', value: user };
}

/**
 * Checks a second factor: a six-digit code from the app, or one of the recovery codes.
 * Wrong and replayed codes both count as failures.
 */
export async function checkSecondFactor(
	db: DB,
	input: {
		userId: string;
		code: string;
		client: ClientInfo;
		now?: Date;
		/** What the code is for, as the audit log names it. */
		action?:
			| 'signin.two-factor'
			| 'two-factor.enrol'
			| 'two-factor.disable'
			| 'two-factor.recovery-codes';
	}
): Promise<StepResult<{ usedRecoveryCode: boolean }>> {
	const now = input.now ?? new Date();
	const user = await getUser(db, input.userId);
	if (!user) return { kind: 'invalid' };
	const { keys, until } = await throttledFor(db, 'two-factor', user.id, input.client, now);
	const audit = {
		action: input.action ?? 'signin.two-factor',
		userId: user.id,
		actorEmail: user.email,
		ip: input.client.ip,
		userAgent: input.client.userAgent,
		now
	};
	if (until) {
		await recordAudit(db, { ...audit, outcome: 'denied', detail: { reason: 'throttled' } });
		return { kind: 'throttled', retryAt: until };
	}
	const code = input.code.trim();
	let outcome: Awaited<ReturnType<typeof consumeTotpCode>> = 'wrong';
	let usedRecoveryCode = false;
	if (/^\d{6}$/.test(code.replace(/\s+/g, ''))) {
		outcome = await consumeTotpCode(db, user, code, now);
	} else if (await consumeRecoveryCode(db, user.id, code, now)) {
		outcome = 'ok';
		usedRecoveryCode = true;
	}
	if (outcome !== 'ok') {
		const blocked = await recordFailure(db, keys, { now });
		await recordAudit(db, { ...audit, outcome: 'failure', detail: { reason: outcome } });
		return blocked ? { kind: 'throttled', retryAt: blocked } : { kind: 'invalid' };
	}
	await clearThrottle(db, keys[0]!);
	await recordAudit(db, {
		...audit,
		detail: { method: usedRecoveryCode ? 'recovery code' : 'authenticator app' }
	});
	return { kind: 'ok', value: { usedRecoveryCode } };
}

/** Throttles invite-link attempts per invite and per client address. */
export async function inviteThrottle(
	db: DB,
	client: ClientInfo,
	token: string,
	now: Date = new Date()
): Promise<{ until: Date | null; fail: () => Promise<Date | null> }> {
	const inviteId = splitToken(token)?.id;
	const keys = [addressKey('invite', client.ip)];
	if (inviteId) keys.push(accountKey('invite', inviteId));
	return {
		until: await blockedUntil(db, keys, now),
		fail: () => recordFailure(db, keys, { now })
	};
}
