import { actingAs, recordAudit, type AuditedBy } from '../audit.js';
import type { DB } from '../db/connect.js';
import { inTransaction } from '../repositories/records.js';
import { deleteSession, deleteUserSession, listUserSessions } from './sessions.js';

/*
 * Sessions the signed-in person ends themselves: one of theirs, all but the one in use, or the
 * one in use (signing out). Each session ends and the audit log says so in one transaction.
 */

/** Ends one of the person's sessions; false when it is not theirs or has already ended. */
export async function endOwnSession(
	db: DB,
	by: AuditedBy,
	sessionId: string,
	currentSessionId: string
): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		if (!(await deleteUserSession(trx, by.userId, sessionId))) return false;
		await recordAudit(trx, {
			...actingAs(by),
			action: 'session.revoke',
			targetType: 'session',
			targetId: sessionId,
			detail: { own: sessionId === currentSessionId }
		});
		return true;
	});
}

/** Ends every session of the person but `currentSessionId`; how many ended. */
export async function endOtherSessions(
	db: DB,
	by: AuditedBy,
	currentSessionId: string
): Promise<number> {
	return inTransaction(db, async (trx) => {
		const others = (await listUserSessions(trx, by.userId)).filter(
			(s) => s.id !== currentSessionId
		);
		for (const other of others) await deleteUserSession(trx, by.userId, other.id);
		await recordAudit(trx, {
			...actingAs(by),
			action: 'session.revoke',
			targetType: 'user',
			targetId: by.userId,
			detail: { ended: others.length, scope: 'all other sessions' }
		});
		return others.length;
	});
}

/** Signing out: ends the session in use. */
export async function signOut(db: DB, by: AuditedBy, sessionId: string): Promise<void> {
	await inTransaction(db, async (trx) => {
		await deleteSession(trx, sessionId);
		await recordAudit(trx, { ...actingAs(by), action: 'signout' });
	});
}
