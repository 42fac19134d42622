import type { DB } from '../db/connect.js';
import { authConfig, type AuthConfig } from './config.js';

/*
 * Failure counters in the throttle_buckets table, so limits hold across restarts and across
 * instances sharing one database. A bucket counts failures within a window; at its limit it
 * is blocked until a fixed time, which the 429 response states.
 *
 * Keys: `<scope>:account:<user id or email>` and `<scope>:address:<client address>`, where
 * scope is signin, two-factor or invite. Only failures count, so a person who signs in
 * correctly is never slowed down by their own successes.
 */

export type ThrottleScope = 'signin' | 'two-factor' | 'invite';

export interface ThrottleKey {
	key: string;
	limit: number;
}

export class ThrottledError extends Error {
	override name = 'ThrottledError';
	constructor(readonly retryAt: Date) {
		super(`Too many attempts. Try again after ${retryAt.toISOString()}.`);
	}
}

export function accountKey(
	scope: ThrottleScope,
	account: string,
	config = authConfig()
): ThrottleKey {
	return {
		key: `${scope}:account:${account.trim().toLowerCase()}`,
		limit: config.throttleAccountLimit
	};
}

export function addressKey(
	scope: ThrottleScope,
	address: string,
	config = authConfig()
): ThrottleKey {
	return { key: `${scope}:address:${address}`, limit: config.throttleAddressLimit };
}

/** The latest time any of the keys is blocked until, or null when all are open. */
export async function blockedUntil(
	db: DB,
	keys: ThrottleKey[],
	now: Date = new Date()
): Promise<Date | null> {
	if (keys.length === 0) return null;
	const rows = await db
		.selectFrom('throttle_buckets')
		.select('blocked_until')
		.where(
			'key',
			'in',
			keys.map((k) => k.key)
		)
		.where('blocked_until', '>', now.toISOString())
		.execute();
	const times = rows.map((r) => Date.parse(r.blocked_until ?? ''));
	return times.length > 0 ? new Date(Math.max(...times)) : null;
}

/** Throws ThrottledError when any key is blocked. */
export async function assertNotThrottled(
	db: DB,
	keys: ThrottleKey[],
	now: Date = new Date()
): Promise<void> {
	const until = await blockedUntil(db, keys, now);
	if (until) throw new ThrottledError(until);
}

/**
 * Counts one failure against each key, atomically (an upsert, safe with several instances),
 * and blocks a key that reaches its limit. Returns the block time if any key is now blocked.
 */
export async function recordFailure(
	db: DB,
	keys: ThrottleKey[],
	options: { now?: Date; config?: AuthConfig } = {}
): Promise<Date | null> {
	const now = options.now ?? new Date();
	const config = options.config ?? authConfig();
	const windowStart = new Date(now.getTime() - config.throttleWindowMs).toISOString();
	const blockUntil = new Date(now.getTime() + config.throttleBlockMs).toISOString();
	let latest: Date | null = null;
	for (const { key, limit } of keys) {
		const row = await db
			.insertInto('throttle_buckets')
			.values({ key, attempts: 1, window_started_at: now.toISOString(), blocked_until: null })
			.onConflict((oc) =>
				oc.column('key').doUpdateSet((eb) => ({
					// A window that has passed starts over; otherwise the count grows.
					attempts: eb
						.case()
						.when('throttle_buckets.window_started_at', '<', windowStart)
						.then(1)
						.else(eb('throttle_buckets.attempts', '+', 1))
						.end(),
					window_started_at: eb
						.case()
						.when('throttle_buckets.window_started_at', '<', windowStart)
						.then(now.toISOString())
						.else(eb.ref('throttle_buckets.window_started_at'))
						.end()
				}))
			)
			.returning(['attempts', 'blocked_until'])
			.executeTakeFirstOrThrow();
		if (row.attempts >= limit) {
			await db
				.updateTable('throttle_buckets')
				.set({ blocked_until: blockUntil, attempts: 0, window_started_at: now.toISOString() })
				.where('key', '=', key)
				.execute();
			latest = new Date(blockUntil);
		}
	}
	return latest;
}

/** Clears an account's counter after a success (the address counter keeps counting). */
export async function clearThrottle(db: DB, key: ThrottleKey): Promise<void> {
	await db.deleteFrom('throttle_buckets').where('key', '=', key.key).execute();
}

/** Words for the 429 message: "at 14:05 UTC (in 15 minutes)". */
export function describeRetry(retryAt: Date, now: Date = new Date()): string {
	const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
	const clock = retryAt.toISOString().slice(11, 16);
	return `Too many attempts. Try again at ${clock} UTC (in ${minutes} minute${minutes === 1 ? '' : 's'}).`;
}
