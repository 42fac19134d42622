import type { Locale } from '../../paraglide/runtime.js';
import { actingAs, recordAudit, type AuditedBy } from '../audit.js';
import type { DB } from '../db/connect.js';
import { inTransaction } from '../repositories/records.js';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.js';
import { createSession, type SessionInfo } from './sessions.js';
import { accountKey, blockedUntil, clearThrottle, recordFailure } from './throttle.js';
import { getUser, setUserPassword } from './users.js';
import { m } from '../../paraglide/messages.js';

/*
 * A signed-in person changing their own password. The current password is asked for, and
 * whoever holds the session gets only a few guesses at it (each wrong one is audited and
 * counted even though nothing else changes). The new password, the end of every session and
 * the audit entry are written together, with a fresh session for this browser.
 */

export type PasswordChange =
	| { kind: 'throttled'; retryAt: Date }
	| { kind: 'wrong-current' }
	| { kind: 'refused'; message: string }
	| { kind: 'changed'; token: string; session: SessionInfo };

export async function changeOwnPassword(
	db: DB,
	by: AuditedBy & { displayName: string },
	input: {
		current: string;
		password: string;
		confirm: string;
		twoFactorVerified: boolean;
		/** The ending session's language, kept by the new one. */
		language: Locale;
	}
): Promise<PasswordChange> {
	const throttle = accountKey('password-change', by.userId);
	const blocked = await blockedUntil(db, [throttle]);
	if (blocked) return { kind: 'throttled', retryAt: blocked };
	const stored = await getUser(db, by.userId);
	if (!stored?.password_hash || !(await verifyPassword(stored.password_hash, input.current))) {
		const now = await recordFailure(db, [throttle]);
		await recordAudit(db, {
			...actingAs(by),
			action: 'password.change',
			outcome: 'failure',
			targetType: 'user',
			targetId: by.userId,
			detail: { reason: 'wrong current password', throttled: now !== null }
		});
		return now ? { kind: 'throttled', retryAt: now } : { kind: 'wrong-current' };
	}
	await clearThrottle(db, throttle);
	const message = newPasswordProblem(by, input);
	if (message) return { kind: 'refused', message };

	// Hashed before the transaction opens, so the slow hash holds no lock.
	const hash = await hashPassword(input.password);
	return inTransaction(db, async (trx) => {
		await setUserPassword(trx, by.userId, hash);
		await recordAudit(trx, {
			...actingAs(by),
			action: 'password.change',
			targetType: 'user',
			targetId: by.userId
		});
		const fresh = await createSession(trx, by.userId, {
			twoFactorVerified: input.twoFactorVerified,
			language: input.language,
			ip: by.ip,
			userAgent: by.userAgent
		});
		return { kind: 'changed' as const, ...fresh };
	});
}

function newPasswordProblem(
	by: { email: string; displayName: string },
	input: { current: string; password: string; confirm: string }
): string | null {
	if (input.password !== input.confirm) return m.pw_not_same();
	if (input.password === input.current) return m.pw_not_new();
	return passwordProblem(input.password, [by.email, by.displayName]);
}
