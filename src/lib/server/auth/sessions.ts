import type { Cookies } from '@sveltejs/kit';
import type { DB } from '../db/connect.js';
import type { Role } from '../db/schema.js';
import { authConfig, type AuthConfig } from './config.js';
import { newToken, secretMatches, splitToken } from './tokens.js';
import { currentTime } from '../clock.js';
import { baseLocale, isLocale, type Locale } from '../../paraglide/runtime.js';

/*
 * Database sessions after the Lucia guide (lucia-auth.com/sessions): the cookie holds
 * `id.secret`, the table holds the id and SHA-256(secret). A session ends at whichever comes
 * first of its idle deadline (pushed forward on use, at most once per renew interval) and its
 * absolute deadline (fixed at sign-in).
 */

export interface SessionInfo {
	id: string;
	userId: string;
	twoFactorVerified: boolean;
	createdAt: string;
	lastRenewedAt: string;
	idleExpiresAt: string;
	absoluteExpiresAt: string;
	ip: string | null;
	userAgent: string | null;
	/** The language of the page the session was started on. */
	language: Locale;
}

export interface SessionUser {
	id: string;
	email: string;
	displayName: string;
	role: Role;
	totpEnabled: boolean;
	mustChangePassword: boolean;
	/** The language chosen for their own pages; null until they choose one. */
	interfaceLanguage: Locale | null;
}

export interface ValidatedSession {
	session: SessionInfo;
	user: SessionUser;
}

interface Clocked {
	now?: Date;
	config?: AuthConfig;
}

function toSession(row: {
	id: string;
	user_id: string;
	two_factor_verified: number;
	created_at: string;
	last_renewed_at: string;
	idle_expires_at: string;
	absolute_expires_at: string;
	ip: string | null;
	user_agent: string | null;
	language: string;
}): SessionInfo {
	return {
		id: row.id,
		userId: row.user_id,
		twoFactorVerified: row.two_factor_verified === 1,
		createdAt: row.created_at,
		lastRenewedAt: row.last_renewed_at,
		idleExpiresAt: row.idle_expires_at,
		absoluteExpiresAt: row.absolute_expires_at,
		ip: row.ip,
		userAgent: row.user_agent,
		language: asLocale(row.language) ?? baseLocale
	};
}

/** A stored language code, or null for none (or one this version does not have). */
export function asLocale(value: string | null | undefined): Locale | null {
	return value && isLocale(value) ? value : null;
}

function earlier(a: Date, b: Date): Date {
	return a.getTime() <= b.getTime() ? a : b;
}

export async function createSession(
	db: DB,
	userId: string,
	options: Clocked & {
		twoFactorVerified: boolean;
		ip?: string | null;
		userAgent?: string | null;
		/** The language of the page signed in on; English if not given. */
		language?: Locale;
	}
): Promise<{ token: string; session: SessionInfo }> {
	const now = options.now ?? currentTime();
	const config = options.config ?? authConfig();
	const { id, token, hash } = newToken();
	const absolute = new Date(now.getTime() + config.sessionAbsoluteMs);
	const idle = earlier(new Date(now.getTime() + config.sessionIdleMs), absolute);
	const row = {
		id,
		user_id: userId,
		secret_hash: hash,
		two_factor_verified: options.twoFactorVerified ? 1 : 0,
		created_at: now.toISOString(),
		last_renewed_at: now.toISOString(),
		idle_expires_at: idle.toISOString(),
		absolute_expires_at: absolute.toISOString(),
		ip: options.ip ?? null,
		user_agent: options.userAgent?.slice(0, 300) ?? null,
		language: options.language ?? baseLocale
	} as const;
	await db.insertInto('sessions').values(row).execute();
	return { token, session: toSession(row) };
}

/**
 * The session and user a token belongs to, or null when the token is malformed, unknown,
 * tampered with, expired or its user deactivated. Expired sessions are deleted on sight.
 */
export async function validateSessionToken(
	db: DB,
	token: string | null | undefined,
	options: Clocked = {}
): Promise<ValidatedSession | null> {
	const parts = splitToken(token);
	if (!parts) return null;
	const now = options.now ?? currentTime();
	const config = options.config ?? authConfig();
	const row = await db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select([
			'sessions.id',
			'sessions.user_id',
			'sessions.secret_hash',
			'sessions.two_factor_verified',
			'sessions.created_at',
			'sessions.last_renewed_at',
			'sessions.idle_expires_at',
			'sessions.absolute_expires_at',
			'sessions.ip',
			'sessions.user_agent',
			'sessions.language',
			'users.email',
			'users.display_name',
			'users.role',
			'users.totp_enabled',
			'users.must_change_password',
			'users.interface_language',
			'users.active'
		])
		.where('sessions.id', '=', parts.id)
		.executeTakeFirst();
	if (!row || !secretMatches(parts.secret, row.secret_hash)) return null;

	const nowMs = now.getTime();
	const expired =
		nowMs >= Date.parse(row.idle_expires_at) || nowMs >= Date.parse(row.absolute_expires_at);
	if (expired || row.active !== 1) {
		await deleteSession(db, row.id);
		return null;
	}

	const session = toSession(row);
	if (nowMs - Date.parse(row.last_renewed_at) >= config.sessionRenewMs) {
		const idle = earlier(
			new Date(nowMs + config.sessionIdleMs),
			new Date(row.absolute_expires_at)
		).toISOString();
		await db
			.updateTable('sessions')
			.set({ idle_expires_at: idle, last_renewed_at: now.toISOString() })
			.where('id', '=', row.id)
			.execute();
		session.idleExpiresAt = idle;
		session.lastRenewedAt = now.toISOString();
	}
	return {
		session,
		user: {
			id: row.user_id,
			email: row.email,
			displayName: row.display_name,
			role: row.role,
			totpEnabled: row.totp_enabled === 1,
			mustChangePassword: row.must_change_password === 1,
			interfaceLanguage: asLocale(row.interface_language)
		}
	};
}

export async function markSessionTwoFactorVerified(db: DB, sessionId: string): Promise<void> {
	await db
		.updateTable('sessions')
		.set({ two_factor_verified: 1 })
		.where('id', '=', sessionId)
		.execute();
}

export async function deleteSession(db: DB, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Deletes one of a user's sessions; false if it was not theirs (or already gone). */
export async function deleteUserSession(
	db: DB,
	userId: string,
	sessionId: string
): Promise<boolean> {
	const result = await db
		.deleteFrom('sessions')
		.where('id', '=', sessionId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

/** Ends every session of a user (password change, two-factor reset, role change, deactivation). */
export async function deleteUserSessions(db: DB, userId: string): Promise<number> {
	const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
	return Number(result.numDeletedRows);
}

export async function listUserSessions(
	db: DB,
	userId: string,
	now: Date = currentTime()
): Promise<SessionInfo[]> {
	const rows = await db
		.selectFrom('sessions')
		.select([
			'id',
			'user_id',
			'two_factor_verified',
			'created_at',
			'last_renewed_at',
			'idle_expires_at',
			'absolute_expires_at',
			'ip',
			'user_agent',
			'language'
		])
		.where('user_id', '=', userId)
		.where('idle_expires_at', '>', now.toISOString())
		.where('absolute_expires_at', '>', now.toISOString())
		.orderBy('created_at', 'desc')
		.execute();
	return rows.map(toSession);
}

/* --- the cookie ------------------------------------------------------------------------- */

const PLAIN_COOKIE = 'pledgewatch_session';
/* Over HTTPS the __Host- prefix makes the browser refuse the cookie unless Secure, Path=/ and host-only. */
const HOST_COOKIE = '__Host-pledgewatch_session';

export function sessionCookieName(secure: boolean): string {
	return secure ? HOST_COOKIE : PLAIN_COOKIE;
}

export function readSessionCookie(cookies: Cookies, secure: boolean): string | undefined {
	return cookies.get(sessionCookieName(secure));
}

export function setSessionCookie(
	cookies: Cookies,
	token: string,
	expiresAt: string,
	secure: boolean
): void {
	cookies.set(sessionCookieName(secure), token, {
		httpOnly: true,
		sameSite: 'lax',
		path: '/',
		secure,
		expires: new Date(expiresAt)
	});
}

const deletion = (secure: boolean) =>
	({ httpOnly: true, sameSite: 'lax', path: '/', secure }) as const;

export function deleteSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.delete(sessionCookieName(secure), deletion(secure));
}

/** The Set-Cookie header that deletes the session cookie, for an answer made without SvelteKit's resolve. */
export function sessionCookieDeletion(cookies: Cookies, secure: boolean): string {
	return cookies.serialize(sessionCookieName(secure), '', { ...deletion(secure), maxAge: 0 });
}
