import type { DB } from './db/connect.js';
import type { AuditEvent } from './db/schema.js';
import { randomId } from './auth/tokens.js';
import { currentTime } from './clock.js';

/*
 * The audit log: who did what, when and from where. Append-only: this module only inserts
 * and reads, and database triggers (migrations/0002_accounts.ts) refuse updates and deletes.
 * Details never hold secrets: keys that look like one are dropped before writing.
 */

export const AUDIT_ACTIONS = [
	'signin',
	'signin.two-factor',
	'signin.under-attack',
	'signout',
	'session.revoke',
	'password.change',
	'account.language',
	'two-factor.enrol',
	'two-factor.disable',
	'two-factor.reset',
	'two-factor.recovery-codes',
	'invite.create',
	'invite.revoke',
	'invite.redeem',
	'user.bootstrap',
	'user.role',
	'user.deactivate',
	'user.reactivate',
	'access.denied',
	'throttle.blocked',
	'export',
	'import',
	'publication',
	'briefing.build',
	'briefing.issue',
	'briefing.withdraw',
	'briefing.download',
	'briefing.view'
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditOutcome = 'success' | 'failure' | 'denied';

export interface AuditEntry {
	action: AuditAction;
	outcome?: AuditOutcome;
	userId?: string | null;
	actorEmail?: string | null;
	targetType?: string | null;
	targetId?: string | null;
	ip?: string | null;
	userAgent?: string | null;
	detail?: Record<string, string | number | boolean | null>;
	now?: Date;
}

/** Who made a change and from where: the person signed in and their request. */
export interface AuditedBy {
	userId: string;
	email: string;
	ip: string | null;
	userAgent: string | null;
}

/** The audit fields naming who acted, for an entry written by a service on their behalf. */
export function actingAs(
	by: AuditedBy
): Pick<AuditEntry, 'userId' | 'actorEmail' | 'ip' | 'userAgent'> {
	return { userId: by.userId, actorEmail: by.email, ip: by.ip, userAgent: by.userAgent };
}

const SECRET_KEY = /pass|secret|token|code|key|hash|cookie/i;

function safeDetail(detail: AuditEntry['detail']): string {
	const kept = Object.fromEntries(
		Object.entries(detail ?? {}).filter(([key]) => !SECRET_KEY.test(key))
	);
	return JSON.stringify(kept);
}

export async function recordAudit(db: DB, entry: AuditEntry): Promise<void> {
	await db
		.insertInto('audit_events')
		.values({
			id: randomId(),
			occurred_at: (entry.now ?? currentTime()).toISOString(),
			user_id: entry.userId ?? null,
			actor_email: entry.actorEmail ?? null,
			action: entry.action,
			outcome: entry.outcome ?? 'success',
			target_type: entry.targetType ?? null,
			target_id: entry.targetId ?? null,
			ip: entry.ip ?? null,
			user_agent: entry.userAgent?.slice(0, 300) ?? null,
			detail: safeDetail(entry.detail)
		})
		.execute();
}

export interface AuditFilter {
	action?: string;
	outcome?: string;
	email?: string;
	from?: string;
	to?: string;
	page?: number;
}

export const AUDIT_PAGE_SIZE = 50;

/** Newest first, filtered; `to` is inclusive of that whole day. */
export async function listAuditEvents(
	db: DB,
	filter: AuditFilter
): Promise<{ events: AuditEvent[]; hasMore: boolean }> {
	const page = Math.max(1, filter.page ?? 1);
	let query = db.selectFrom('audit_events').selectAll();
	if (filter.action) query = query.where('action', '=', filter.action);
	if (filter.outcome) query = query.where('outcome', '=', filter.outcome);
	if (filter.email) query = query.where('actor_email', '=', filter.email.trim().toLowerCase());
	if (filter.from) query = query.where('occurred_at', '>=', filter.from);
	if (filter.to) query = query.where('occurred_at', '<', nextDay(filter.to));
	const rows = await query
		.orderBy('occurred_at', 'desc')
		.orderBy('id')
		.limit(AUDIT_PAGE_SIZE + 1)
		.offset((page - 1) * AUDIT_PAGE_SIZE)
		.execute();
	return { events: rows.slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE };
}

function nextDay(day: string): string {
	const date = new Date(`${day.slice(0, 10)}T00:00:00.000Z`);
	if (Number.isNaN(date.getTime())) return day;
	return new Date(date.getTime() + 86_400_000).toISOString();
}

export interface FailedSignIns {
	ip: string;
	attempts: number;
	/** ISO time of the latest attempt from this address. */
	latest: string;
}

/**
 * Failed and refused sign-in attempts (password and two-factor steps) on one account since
 * `since`, by client address, most attempts first. `exceptIp` leaves out one address (the
 * person's own).
 */
export async function listFailedSignIns(
	db: DB,
	userId: string,
	since: Date,
	options: { exceptIp?: string } = {}
): Promise<FailedSignIns[]> {
	let query = db
		.selectFrom('audit_events')
		.select(({ fn }) => [
			'ip',
			fn.countAll<number | string>().as('attempts'),
			fn.max('occurred_at').as('latest')
		])
		.where('user_id', '=', userId)
		.where('action', 'in', ['signin', 'signin.two-factor'])
		.where('outcome', '!=', 'success')
		.where('occurred_at', '>=', since.toISOString())
		.where('ip', 'is not', null);
	if (options.exceptIp) query = query.where('ip', '!=', options.exceptIp);
	const rows = await query.groupBy('ip').execute();
	return rows
		.map((r) => ({ ip: r.ip ?? '', attempts: Number(r.attempts), latest: String(r.latest) }))
		.sort((a, b) => b.attempts - a.attempts || b.latest.localeCompare(a.latest));
}
