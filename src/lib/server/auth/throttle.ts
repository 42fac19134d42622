import type { DB } from '../db/connect.js';
import { authConfig, type AuthConfig } from './config.js';
import { currentTime } from '../clock.js';
import { m } from '../../paraglide/messages.js';

/*
 * Failure counters in the throttle_buckets table, so limits hold across restarts and across
 * instances sharing one database. A bucket counts failures within a window; at its limit it
 * is blocked until a fixed time, which the 429 response states.
 *
 * Keys, where scope is signin, two-factor, invite or password-change:
 * - `<scope>:pair:<account>|<address>`: one client address guessing at one account. This is
 *   the limit a single guesser meets, and it never keeps anyone else out. Each further block
 *   of the same pair waits twice as long (backoff), remembered in `<key>#blocks`.
 * - `<scope>:address:<address>`: one address guessing across accounts.
 * - `<scope>:account:<account>`: every address together, against guessers with many addresses.
 *   Over it the account is under attack; signin.ts still lets its owner in with password and
 *   second factor.
 * Only failures count, so a person who signs in correctly is never slowed down by their own
 * successes.
 */

export type ThrottleScope = 'signin' | 'two-factor' | 'invite' | 'password-change';

export interface ThrottleKey {
	key: string;
	limit: number;
	/** Each further block waits twice as long as the one before (up to MAX_BLOCK_MS). */
	backoff?: boolean;
}

/* However often a pair is blocked, it waits at most a day; after a quiet day it starts over. */
const MAX_BLOCK_MS = 24 * 60 * 60_000;
const BLOCKS_SUFFIX = '#blocks';

export class ThrottledError extends Error {
	override name = 'ThrottledError';
	constructor(readonly retryAt: Date) {
		super(`Too many attempts. Try again after ${retryAt.toISOString()}.`);
	}
}

const normalise = (account: string) => account.trim().toLowerCase();

/** One account's failures from every address together, at PLEDGEWATCH_THROTTLE_ACCOUNT_LIMIT. */
export function accountKey(
	scope: ThrottleScope,
	account: string,
	config = authConfig()
): ThrottleKey {
	return { key: `${scope}:account:${normalise(account)}`, limit: config.throttleAccountLimit };
}

/** The same bucket at PLEDGEWATCH_THROTTLE_TOTAL_LIMIT, for sign-in's two steps. */
export function accountTotalKey(
	scope: ThrottleScope,
	account: string,
	config = authConfig()
): ThrottleKey {
	return { ...accountKey(scope, account, config), limit: config.throttleAccountTotalLimit };
}

/** One client address's failures on one account, with a growing wait. */
export function pairKey(
	scope: ThrottleScope,
	account: string,
	address: string,
	config = authConfig()
): ThrottleKey {
	return {
		key: `${scope}:pair:${normalise(account)}|${address}`,
		limit: config.throttleAccountLimit,
		backoff: true
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
	now: Date = currentTime()
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
	now: Date = currentTime()
): Promise<void> {
	const until = await blockedUntil(db, keys, now);
	if (until) throw new ThrottledError(until);
}

/**
 * Counts one failure against each key, atomically (an upsert, safe with several instances),
 * and blocks a key that reaches its limit. Returns the latest time a key is now blocked
 * until, if any key was blocked by this failure.
 */
export async function recordFailure(
	db: DB,
	keys: ThrottleKey[],
	options: { now?: Date; config?: AuthConfig } = {}
): Promise<Date | null> {
	const now = options.now ?? currentTime();
	const config = options.config ?? authConfig();
	const windowStart = new Date(now.getTime() - config.throttleWindowMs).toISOString();
	let latest: Date | null = null;
	for (const { key, limit, backoff } of keys) {
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
			const until = backoff
				? await nextBackoff(db, key, now, config.throttleBlockMs)
				: new Date(now.getTime() + config.throttleBlockMs);
			await db
				.updateTable('throttle_buckets')
				.set({
					blocked_until: until.toISOString(),
					attempts: 0,
					window_started_at: now.toISOString()
				})
				.where('key', '=', key)
				.execute();
			if (!latest || until > latest) latest = until;
		}
	}
	return latest;
}

/*
 * The end of a pair's next block: the first waits the block time, each further one twice as
 * long as the last (15, 30, 60 minutes...), up to a day. The count of blocks lives in a
 * companion bucket (attempts = blocks so far, blocked_until = when the last one ended); a
 * day without a block starts the count over.
 */
async function nextBackoff(db: DB, key: string, now: Date, blockMs: number): Promise<Date> {
	const blocksKey = key + BLOCKS_SUFFIX;
	const previous = await db
		.selectFrom('throttle_buckets')
		.select(['attempts', 'blocked_until'])
		.where('key', '=', blocksKey)
		.executeTakeFirst();
	const lastEnd = previous?.blocked_until ? Date.parse(previous.blocked_until) : 0;
	const blocks = previous && now.getTime() - lastEnd < MAX_BLOCK_MS ? previous.attempts : 0;
	const until = new Date(now.getTime() + Math.min(blockMs * 2 ** blocks, MAX_BLOCK_MS));
	const values = {
		key: blocksKey,
		attempts: blocks + 1,
		window_started_at: now.toISOString(),
		blocked_until: until.toISOString()
	};
	await db
		.insertInto('throttle_buckets')
		.values(values)
		.onConflict((oc) =>
			oc.column('key').doUpdateSet({
				attempts: values.attempts,
				window_started_at: values.window_started_at,
				blocked_until: values.blocked_until
			})
		)
		.execute();
	return until;
}

/** Clears a counter (and its backoff) after a success; other counters keep counting. */
export async function clearThrottle(db: DB, key: ThrottleKey): Promise<void> {
	await db
		.deleteFrom('throttle_buckets')
		.where('key', 'in', [key.key, key.key + BLOCKS_SUFFIX])
		.execute();
}

/** Words for the 429 message: "at 14:05 UTC (in 15 minutes)". */
export function describeRetry(retryAt: Date, now: Date = currentTime()): string {
	const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
	const clock = retryAt.toISOString().slice(11, 16);
	return m.auth_retry({ clock, count: minutes });
}
