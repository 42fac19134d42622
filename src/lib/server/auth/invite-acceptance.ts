import type { Locale } from '../../paraglide/runtime.js';
import { recordAudit } from '../audit.js';
import type { DB } from '../db/connect.js';
import { inTransaction } from '../repositories/records.js';
import { redeemInvite } from './invites.js';
import type { ClientInfo } from './request.js';
import { createSession, deleteSession, type SessionInfo } from './sessions.js';

/*
 * Someone accepting an invite: the account is made, the invite used up, the audit entry
 * written and this browser signed in to the new account (leaving any session it had), all in
 * one transaction. Throws InviteError, writing nothing, when the link no longer works.
 */
export async function acceptInvite(
	db: DB,
	input: {
		token: string;
		inviteId: string;
		displayName: string;
		/** Hashed by the caller, before the transaction opens: the slow hash holds no lock. */
		passwordHash: string;
		client: ClientInfo;
		/** The session this browser had before (someone else's, or none). */
		previousSessionId: string | null;
		/** The invitation page's language: the new account's, and its first session's. */
		language: Locale;
	}
): Promise<{ token: string; session: SessionInfo }> {
	return inTransaction(db, async (trx) => {
		const user = await redeemInvite(trx, input.token, {
			displayName: input.displayName,
			passwordHash: input.passwordHash,
			interfaceLanguage: input.language
		});
		await recordAudit(trx, {
			action: 'invite.redeem',
			userId: user.id,
			actorEmail: user.email,
			targetType: 'invite',
			targetId: input.inviteId,
			ip: input.client.ip,
			userAgent: input.client.userAgent,
			detail: { role: user.role }
		});
		if (input.previousSessionId) await deleteSession(trx, input.previousSessionId);
		return createSession(trx, user.id, {
			twoFactorVerified: false,
			...input.client,
			language: input.language
		});
	});
}
