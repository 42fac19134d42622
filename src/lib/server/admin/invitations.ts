import { actingAs, recordAudit, type AuditedBy } from '../audit.js';
import type { DB } from '../db/connect.js';
import type { Role } from '../db/schema.js';
import { inTransaction } from '../repositories/records.js';
import { createInvite, revokeInvite } from '../auth/invites.js';
import { deliverInvite } from '../auth/mail.js';

/*
 * An admin inviting someone, or withdrawing an open invite. The invite and its audit entry
 * are written in one transaction; a mailer that fails leaves no invite behind.
 */

export interface SentInvite {
	link: string;
	expiresAt: string;
	mailed: boolean;
}

/** Creates the invite link (throws InviteError when the address already has an account). */
export async function inviteSomeone(
	db: DB,
	by: AuditedBy & { displayName: string },
	input: { email: string; role: Role; origin: string }
): Promise<SentInvite> {
	return inTransaction(db, async (trx) => {
		const invite = await createInvite(trx, {
			email: input.email,
			role: input.role,
			createdBy: by.userId
		});
		const link = `${input.origin}/invite/${invite.token}`;
		const mailed = await deliverInvite({
			to: input.email,
			link,
			role: input.role,
			expiresAt: invite.expiresAt,
			invitedBy: by.displayName
		});
		await recordAudit(trx, {
			...actingAs(by),
			action: 'invite.create',
			targetType: 'invite',
			targetId: invite.id,
			detail: { email: input.email, role: input.role, mailed }
		});
		return { link, expiresAt: invite.expiresAt, mailed };
	});
}

/** False when the invite is not open any more (used, expired into use, or withdrawn). */
export async function withdrawInvite(db: DB, by: AuditedBy, inviteId: string): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		if (!(await revokeInvite(trx, inviteId))) return false;
		await recordAudit(trx, {
			...actingAs(by),
			action: 'invite.revoke',
			targetType: 'invite',
			targetId: inviteId
		});
		return true;
	});
}
