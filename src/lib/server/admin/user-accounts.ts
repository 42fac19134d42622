import { actingAs, recordAudit, type AuditAction, type AuditedBy } from '../audit.js';
import { m } from '../../paraglide/messages.js';
import type { DB } from '../db/connect.js';
import type { Role, User } from '../db/schema.js';
import { inTransaction } from '../repositories/records.js';
import {
	changeUserRole,
	getUser,
	LastAdminError,
	resetTwoFactor,
	setUserActive
} from '../auth/users.js';

/*
 * What an admin does to someone else's account: change their role, deactivate or reactivate
 * it, reset their two-factor sign-in. Each change and its audit entry are written in one
 * transaction. A change refused because it would leave no active admin writes nothing but
 * the refusal, which is audited too.
 */

export type AccountChange = 'done' | 'unchanged' | 'no-such-user' | 'last-admin';

type Detail = Record<string, string | number | boolean | null>;

async function changeAccount(
	db: DB,
	by: AuditedBy,
	userId: string,
	action: AuditAction,
	change: (trx: DB, user: User) => Promise<Detail | null>
): Promise<AccountChange> {
	const target = { targetType: 'user', targetId: userId };
	try {
		return await inTransaction(db, async (trx) => {
			const user = await getUser(trx, userId);
			if (!user) return 'no-such-user';
			const detail = await change(trx, user);
			if (!detail) return 'unchanged';
			await recordAudit(trx, {
				...actingAs(by),
				...target,
				action,
				detail: { email: user.email, ...detail }
			});
			return 'done';
		});
	} catch (cause) {
		if (!(cause instanceof LastAdminError)) throw cause;
		await recordAudit(db, {
			...actingAs(by),
			...target,
			action,
			outcome: 'denied',
			detail: { reason: 'last admin' }
		});
		return 'last-admin';
	}
}

/** The new role applies from the user's next sign-in: their sessions end. */
export function changeRole(db: DB, by: AuditedBy, userId: string, role: Role) {
	return changeAccount(db, by, userId, 'user.role', async (trx) => {
		const change = await changeUserRole(trx, userId, role);
		return change && change.from !== change.to ? { from: change.from, to: change.to } : null;
	});
}

export function deactivateUser(db: DB, by: AuditedBy, userId: string) {
	return changeAccount(db, by, userId, 'user.deactivate', async (trx) =>
		(await setUserActive(trx, userId, false)) ? {} : null
	);
}

export function reactivateUser(db: DB, by: AuditedBy, userId: string) {
	return changeAccount(db, by, userId, 'user.reactivate', async (trx) =>
		(await setUserActive(trx, userId, true)) ? {} : null
	);
}

/** Removes the key and recovery codes and signs the user out; they set it up again. */
export function resetUserTwoFactor(db: DB, by: AuditedBy, userId: string) {
	return changeAccount(db, by, userId, 'two-factor.reset', async (trx) => {
		await resetTwoFactor(trx, userId);
		return {};
	});
}

/** The sentence an admin sees for a change that did not happen. */
export const ACCOUNT_CHANGE_REFUSALS: Record<'no-such-user' | 'last-admin', () => string> = {
	'no-such-user': m.adm_no_such_user,
	'last-admin': m.adm_last_admin
};
