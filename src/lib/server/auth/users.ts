import { sql, type Updateable } from 'kysely';
import { dialectOf, type DB } from '../db/connect.js';
import { inTransaction } from '../repositories/records.js';
import { ROLES, type Role, type User, type UsersTable } from '../db/schema.js';
import { deleteUserSessions } from './sessions.js';
import { deleteRecoveryCodes } from './recovery-codes.js';
import { currentTime } from '../clock.js';
import type { Locale } from '../../paraglide/runtime.js';
import { m } from '../../paraglide/messages.js';

/* The users table: look-ups and the changes admins and users make to accounts. */

/** Its message is in the language of the request it is thrown in (the admin page's own). */
export class LastAdminError extends Error {
	override name = 'LastAdminError';
	constructor() {
		super(m.adm_last_admin());
	}
}

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export function isEmail(email: string): boolean {
	return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254;
}

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export async function findUserByEmail(db: DB, email: string): Promise<User | undefined> {
	return db
		.selectFrom('users')
		.selectAll()
		.where('email', '=', normaliseEmail(email))
		.executeTakeFirst();
}

export async function getUser(db: DB, id: string): Promise<User | undefined> {
	return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export type UserSummary = Pick<
	User,
	'id' | 'email' | 'display_name' | 'role' | 'active' | 'totp_enabled' | 'created_at'
>;

export async function listUsers(db: DB): Promise<UserSummary[]> {
	return db
		.selectFrom('users')
		.select(['id', 'email', 'display_name', 'role', 'active', 'totp_enabled', 'created_at'])
		.orderBy('active', 'desc')
		.orderBy('email')
		.execute();
}

export async function countUsers(db: DB): Promise<number> {
	const row = await db
		.selectFrom('users')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function createUser(
	db: DB,
	input: {
		email: string;
		displayName: string;
		role: Role;
		passwordHash: string;
		mustChangePassword?: boolean;
		/** The language of their own pages, when already known (the invitation's page). */
		interfaceLanguage?: Locale;
		now?: Date;
	}
): Promise<User> {
	const now = (input.now ?? currentTime()).toISOString();
	return db
		.insertInto('users')
		.values({
			id: crypto.randomUUID(),
			email: normaliseEmail(input.email),
			display_name: input.displayName.trim(),
			role: input.role,
			password_hash: input.passwordHash,
			must_change_password: input.mustChangePassword ? 1 : 0,
			interface_language: input.interfaceLanguage ?? null,
			created_at: now,
			updated_at: now
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}

/*
 * Role changes and deactivations that could leave no active admin run in a transaction that
 * first locks the admin rows (PostgreSQL; SQLite's single writer serialises on its own), so two
 * admins demoting each other at the same moment cannot both succeed.
 */
async function guardLastAdmin(trx: DB, userId: string): Promise<void> {
	let query = trx
		.selectFrom('users')
		.select('id')
		.where('role', '=', 'admin')
		.where('active', '=', 1);
	if (dialectOf(trx) === 'postgres') {
		query = query.forUpdate();
	}
	const admins = await query.execute();
	if (admins.length === 1 && admins[0]?.id === userId) throw new LastAdminError();
}

/** Writes changes to an account, stamping when and counting its version. */
export async function updateAccount(
	db: DB,
	userId: string,
	changes: Updateable<UsersTable>,
	now: Date
): Promise<void> {
	await db
		.updateTable('users')
		.set({ ...changes, updated_at: now.toISOString(), version: sql`version + 1` })
		.where('id', '=', userId)
		.execute();
}

/** Changes a role, ending the user's sessions so the new role applies from their next sign-in. */
export async function changeUserRole(
	db: DB,
	userId: string,
	role: Role,
	now: Date = currentTime()
): Promise<{ from: Role; to: Role } | undefined> {
	return inTransaction(db, async (trx) => {
		const user = await getUser(trx, userId);
		if (!user) return undefined;
		if (user.role === role) return { from: role, to: role };
		if (user.role === 'admin') await guardLastAdmin(trx, userId);
		await updateAccount(trx, userId, { role }, now);
		await deleteUserSessions(trx, userId);
		return { from: user.role, to: role };
	});
}

export async function setUserActive(
	db: DB,
	userId: string,
	active: boolean,
	now: Date = currentTime()
): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		const user = await getUser(trx, userId);
		if (!user) return false;
		if (!active && user.role === 'admin') await guardLastAdmin(trx, userId);
		await updateAccount(trx, userId, { active: active ? 1 : 0 }, now);
		if (!active) await deleteUserSessions(trx, userId);
		return true;
	});
}

/** Stores a new password hash and ends every session of the user. */
export async function setUserPassword(
	db: DB,
	userId: string,
	passwordHash: string,
	now: Date = currentTime()
): Promise<void> {
	await inTransaction(db, async (trx) => {
		await updateAccount(trx, userId, { password_hash: passwordHash, must_change_password: 0 }, now);
		await deleteUserSessions(trx, userId);
	});
}

/**
 * Saves a not-yet-confirmed key, sealed by the caller (sealTotpKey); two-factor stays off
 * until a code from it is verified.
 */
export async function savePendingTotpKey(db: DB, userId: string, sealedKey: string): Promise<void> {
	await db
		.updateTable('users')
		.set({ totp_key: sealedKey, totp_enabled: 0, totp_last_step: null })
		.where('id', '=', userId)
		.where('totp_enabled', '=', 0)
		.execute();
}

/** Every stored two-factor key, as stored (for sealing old plain ones at start-up, and key rotation). */
export async function listStoredTotpKeys(
	db: DB
): Promise<{ id: string; email: string; totp_key: string }[]> {
	const rows = await db
		.selectFrom('users')
		.select(['id', 'email', 'totp_key'])
		.where('totp_key', 'is not', null)
		.orderBy('email')
		.execute();
	return rows.flatMap((row) =>
		row.totp_key ? [{ id: row.id, email: row.email, totp_key: row.totp_key }] : []
	);
}

/** Swaps a stored key's form; false when the row no longer holds `from` (changed meanwhile). */
export async function replaceStoredTotpKey(
	db: DB,
	userId: string,
	from: string,
	to: string
): Promise<boolean> {
	const result = await db
		.updateTable('users')
		.set({ totp_key: to })
		.where('id', '=', userId)
		.where('totp_key', '=', from)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function enableTotp(db: DB, userId: string, now: Date = currentTime()): Promise<void> {
	await updateAccount(db, userId, { totp_enabled: 1 }, now);
}

/** Removes the key and recovery codes and ends every session (user's own disable or an admin reset). */
export async function resetTwoFactor(
	db: DB,
	userId: string,
	now: Date = currentTime()
): Promise<void> {
	await inTransaction(db, async (trx) => {
		await updateAccount(
			trx,
			userId,
			{ totp_key: null, totp_enabled: 0, totp_last_step: null },
			now
		);
		await deleteRecoveryCodes(trx, userId);
		await deleteUserSessions(trx, userId);
	});
}
