import type { DB } from '../db/connect.js';
import type { User } from '../db/schema.js';
import { listFailedSignIns, recordAudit } from '../audit.js';
import { authConfig } from './config.js';
import { verifyAgainstDecoy, verifyPassword } from './passwords.js';
import { inTransaction } from '../repositories/records.js';
import { consumeRecoveryCode } from './recovery-codes.js';
import type { ClientInfo } from './request.js';
import {
	accountKey,
	accountTotalKey,
	addressKey,
	blockedUntil,
	clearThrottle,
	pairKey,
	recordFailure,
	type ThrottleScope
} from './throttle.js';
import { consumeTotpCode } from './totp.js';
import { splitToken } from './tokens.js';
import { findUserByEmail, getUser, normaliseEmail } from './users.js';
import { currentTime } from '../clock.js';

/*
 * The steps of signing in, each throttled and each written to the audit log. Failures say
 * nothing about whether an account exists: an unknown address, a deactivated account and a
 * wrong password give the same answer after the same amount of hashing.
 *
 * Throttling (throttle.ts) is by client address on each account, with a growing wait, and by
 * address across accounts, so one guesser cannot keep an account's owner out by failing on
 * purpose. Failures from all addresses together also count: past that limit the account is
 * under attack from many addresses, and only its owner's password together with a second
 * factor gets in (an account without one waits like everyone else).
 */

export type StepResult<T> =
	| { kind: 'ok'; value: T }
	| { kind: 'invalid' }
	| { kind: 'throttled'; retryAt: Date };

function stepKeys(scope: ThrottleScope, account: string, client: ClientInfo) {
	return {
		own: [pairKey(scope, account, client.ip), addressKey(scope, client.ip)],
		account: accountTotalKey(scope, account)
	};
}

const later = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));

export async function checkPassword(
	db: DB,
	input: { email: string; password: string; client: ClientInfo; now?: Date }
): Promise<StepResult<User>> {
	const now = input.now ?? currentTime();
	const email = normaliseEmail(input.email);
	const keys = stepKeys('signin', email, input.client);
	const user = await findUserByEmail(db, email);
	const audit = {
		action: 'signin' as const,
		actorEmail: email,
		userId: user?.id ?? null,
		ip: input.client.ip,
		userAgent: input.client.userAgent,
		now
	};
	const own = await blockedUntil(db, keys.own, now);
	if (own) {
		await recordAudit(db, { ...audit, outcome: 'denied', detail: { reason: 'throttled' } });
		return { kind: 'throttled', retryAt: own };
	}
	const underAttack = await blockedUntil(db, [keys.account], now);
	const ok =
		user?.password_hash && user.active === 1
			? await verifyPassword(user.password_hash, input.password)
			: await verifyAgainstDecoy(input.password);
	if (!ok || !user) {
		const blocked = await recordFailure(db, [...keys.own, keys.account], { now });
		await recordAudit(db, {
			...audit,
			outcome: 'failure',
			detail: {
				reason: user ? (user.active ? 'wrong password' : 'deactivated') : 'no such account'
			}
		});
		// Under attack, a wrong password gets the same answer as a right one without a second factor.
		const until = later(blocked, underAttack);
		return until ? { kind: 'throttled', retryAt: until } : { kind: 'invalid' };
	}
	const twoFactor = user.totp_enabled === 1;
	if (underAttack && !twoFactor) {
		await recordAudit(db, {
			...audit,
			outcome: 'denied',
			detail: { reason: 'account under attack, no second factor' }
		});
		return { kind: 'throttled', retryAt: underAttack };
	}
	await clearThrottle(db, keys.own[0]!);
	await noteAttackOnSuccess(db, user, input.client, now, underAttack);
	await recordAudit(db, {
		...audit,
		detail: { twoFactor: twoFactor ? 'pending' : 'not enrolled' }
	});
	return { kind: 'ok', value: user };
}

/*
 * The owner got past the password while others were failing at their account (the account
 * bucket is blocked, or some other address has been blocked in this window): the audit log
 * says so, and the account page tells the owner (listFailedSignIns).
 */
async function noteAttackOnSuccess(
	db: DB,
	user: User,
	client: ClientInfo,
	now: Date,
	underAttack: Date | null
): Promise<void> {
	const config = authConfig();
	const since = new Date(now.getTime() - config.throttleWindowMs);
	const others = await listFailedSignIns(db, user.id, since, { exceptIp: client.ip });
	const attempts = others.reduce((sum, o) => sum + o.attempts, 0);
	const blockedOthers = others.some((o) => o.attempts >= config.throttleAccountLimit);
	if (!underAttack && !blockedOthers) return;
	await recordAudit(db, {
		action: 'signin.under-attack',
		userId: user.id,
		actorEmail: user.email,
		ip: client.ip,
		userAgent: client.userAgent,
		now,
		detail: {
			failedAttemptsFromOthers: attempts,
			otherAddresses: others.length,
			accountThrottled: underAttack !== null
		}
	});
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
	const now = input.now ?? currentTime();
	const user = await getUser(db, input.userId);
	if (!user) return { kind: 'invalid' };
	// Someone here already knows the password: all addresses together wait at the account limit.
	const keys = stepKeys('two-factor', user.id, input.client);
	const all = [...keys.own, keys.account];
	const until = await blockedUntil(db, all, now);
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
		const blocked = await recordFailure(db, all, { now });
		await recordAudit(db, { ...audit, outcome: 'failure', detail: { reason: outcome } });
		return blocked ? { kind: 'throttled', retryAt: blocked } : { kind: 'invalid' };
	}
	await clearThrottle(db, keys.own[0]!);
	await recordAudit(db, {
		...audit,
		detail: { method: usedRecoveryCode ? 'recovery code' : 'authenticator app' }
	});
	return { kind: 'ok', value: { usedRecoveryCode } };
}

/**
 * A change the signed-in person confirms with a second factor: the code is checked and, when
 * right, `change` runs in the same transaction, so the code's step, its audit entry and the
 * change are written together or not at all. A wrong or throttled code changes nothing but
 * is still counted and audited (those writes are the check's own, and are kept).
 */
export async function confirmedBySecondFactor<T>(
	db: DB,
	input: Parameters<typeof checkSecondFactor>[1] & {
		action: NonNullable<Parameters<typeof checkSecondFactor>[1]['action']>;
	},
	change: (trx: DB) => Promise<T>
): Promise<StepResult<T>> {
	return inTransaction(db, async (trx) => {
		const checked = await checkSecondFactor(trx, input);
		if (checked.kind !== 'ok') return checked;
		return { kind: 'ok', value: await change(trx) };
	});
}

/** Throttles invite-link attempts per invite and per client address. */
export async function inviteThrottle(
	db: DB,
	client: ClientInfo,
	token: string,
	now: Date = currentTime()
): Promise<{ until: Date | null; fail: () => Promise<Date | null> }> {
	const inviteId = splitToken(token)?.id;
	const keys = [addressKey('invite', client.ip)];
	if (inviteId) keys.push(accountKey('invite', inviteId));
	return {
		until: await blockedUntil(db, keys, now),
		fail: () => recordFailure(db, keys, { now })
	};
}
