import type { Locale } from '../../paraglide/runtime.js';
import { m } from '../../paraglide/messages.js';
import type { DB } from '../db/connect.js';
import { inTransaction } from '../repositories/records.js';
import type { Role, User } from '../db/schema.js';
import { authConfig, type AuthConfig } from './config.js';
import { newToken, secretMatches, splitToken } from './tokens.js';
import { createUser, findUserByEmail, normaliseEmail } from './users.js';
import { currentTime } from '../clock.js';

/*
 * Invites: an admin names an email address and a role; the app makes a single-use link
 * `/invite/<id>.<secret>` that expires. Only the secret's hash is stored. Redeeming marks the
 * invite used and creates the account in one transaction, guarded so a link works once even
 * if two requests race.
 */

export type InviteProblem = 'unknown' | 'used' | 'expired' | 'revoked';

export interface OpenInvite {
	id: string;
	email: string;
	role: Role;
	expiresAt: string;
}

export class InviteError extends Error {
	override name = 'InviteError';
}

export async function createInvite(
	db: DB,
	input: { email: string; role: Role; createdBy: string; now?: Date; config?: AuthConfig }
): Promise<{ id: string; token: string; expiresAt: string }> {
	const now = input.now ?? currentTime();
	const config = input.config ?? authConfig();
	const email = normaliseEmail(input.email);
	if (await findUserByEmail(db, email)) {
		throw new InviteError(m.adm_has_account());
	}
	const { id, token, hash } = newToken();
	const expiresAt = new Date(now.getTime() + config.inviteMs).toISOString();
	await inTransaction(db, async (trx) => {
		// One open invite per address: a new one replaces any earlier unused link.
		await trx
			.updateTable('invites')
			.set({ revoked_at: now.toISOString() })
			.where('email', '=', email)
			.where('used_at', 'is', null)
			.where('revoked_at', 'is', null)
			.execute();
		await trx
			.insertInto('invites')
			.values({
				id,
				email,
				role: input.role,
				token_hash: hash,
				expires_at: expiresAt,
				created_at: now.toISOString(),
				created_by: input.createdBy
			})
			.execute();
	});
	return { id, token, expiresAt };
}

export async function findInvite(
	db: DB,
	token: string,
	now: Date = currentTime()
): Promise<{ invite: OpenInvite } | { problem: InviteProblem }> {
	const parts = splitToken(token);
	if (!parts) return { problem: 'unknown' };
	const row = await db
		.selectFrom('invites')
		.selectAll()
		.where('id', '=', parts.id)
		.executeTakeFirst();
	if (!row || !secretMatches(parts.secret, row.token_hash)) return { problem: 'unknown' };
	if (row.used_at) return { problem: 'used' };
	if (row.revoked_at) return { problem: 'revoked' };
	if (Date.parse(row.expires_at) <= now.getTime()) return { problem: 'expired' };
	return { invite: { id: row.id, email: row.email, role: row.role, expiresAt: row.expires_at } };
}

export function describeInviteProblem(problem: InviteProblem): string {
	switch (problem) {
		case 'used':
			return m.invite_used();
		case 'expired':
			return m.invite_expired();
		case 'revoked':
			return m.invite_revoked();
		default:
			return m.invite_invalid();
	}
}

/** Creates the account and uses up the invite, or throws InviteError saying why not. */
export async function redeemInvite(
	db: DB,
	token: string,
	input: { displayName: string; passwordHash: string; interfaceLanguage?: Locale; now?: Date }
): Promise<User> {
	const now = input.now ?? currentTime();
	const found = await findInvite(db, token, now);
	if ('problem' in found) throw new InviteError(describeInviteProblem(found.problem));
	const { invite } = found;
	return inTransaction(db, async (trx) => {
		const claimed = await trx
			.updateTable('invites')
			.set({ used_at: now.toISOString() })
			.where('id', '=', invite.id)
			.where('used_at', 'is', null)
			.where('revoked_at', 'is', null)
			.where('expires_at', '>', now.toISOString())
			.executeTakeFirst();
		if (Number(claimed.numUpdatedRows) !== 1) {
			throw new InviteError(describeInviteProblem('used'));
		}
		if (await findUserByEmail(trx, invite.email)) {
			throw new InviteError(m.adm_has_account());
		}
		const user = await createUser(trx, {
			email: invite.email,
			displayName: input.displayName,
			role: invite.role,
			passwordHash: input.passwordHash,
			interfaceLanguage: input.interfaceLanguage,
			now
		});
		await trx
			.updateTable('invites')
			.set({ used_by: user.id })
			.where('id', '=', invite.id)
			.execute();
		return user;
	});
}

export async function revokeInvite(
	db: DB,
	id: string,
	now: Date = currentTime()
): Promise<boolean> {
	const result = await db
		.updateTable('invites')
		.set({ revoked_at: now.toISOString() })
		.where('id', '=', id)
		.where('used_at', 'is', null)
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export interface InviteSummary {
	id: string;
	email: string;
	role: Role;
	createdAt: string;
	expiresAt: string;
	state: 'open' | 'used' | 'expired' | 'revoked';
	createdBy: string | null;
}

export async function listInvites(db: DB, now: Date = currentTime()): Promise<InviteSummary[]> {
	const rows = await db
		.selectFrom('invites')
		.leftJoin('users', 'users.id', 'invites.created_by')
		.select([
			'invites.id',
			'invites.email',
			'invites.role',
			'invites.created_at',
			'invites.expires_at',
			'invites.used_at',
			'invites.revoked_at',
			'users.email as created_by_email'
		])
		.orderBy('invites.created_at', 'desc')
		.limit(200)
		.execute();
	return rows.map((r) => ({
		id: r.id,
		email: r.email,
		role: r.role,
		createdAt: r.created_at,
		expiresAt: r.expires_at,
		createdBy: r.created_by_email,
		state: r.used_at
			? 'used'
			: r.revoked_at
				? 'revoked'
				: Date.parse(r.expires_at) <= now.getTime()
					? 'expired'
					: 'open'
	}));
}
