/*
 * Every account and session setting, read once from the environment with a documented
 * default. Durations are whole numbers in the unit the variable name says.
 *
 * PLEDGEWATCH_SESSION_IDLE_MINUTES      30   a session unused this long ends
 * PLEDGEWATCH_SESSION_ABSOLUTE_HOURS    12   no session lives longer than this, however active
 * PLEDGEWATCH_SESSION_RENEW_SECONDS     60   the idle deadline moves forward at most this often
 *                                            (saves a database write on every request)
 * PLEDGEWATCH_INVITE_HOURS              72   an invite link works for this long, once
 * PLEDGEWATCH_THROTTLE_WINDOW_MINUTES   15   failed attempts are counted over this window
 * PLEDGEWATCH_THROTTLE_ACCOUNT_LIMIT     5   failures per account from one client address per
 *                                            window (sign-in, two-factor); also per account for
 *                                            invite links and current-password checks
 * PLEDGEWATCH_THROTTLE_TOTAL_LIMIT      20   failures per account from all addresses together
 *                                            per window; over it only password plus second
 *                                            factor gets in
 * PLEDGEWATCH_THROTTLE_ADDRESS_LIMIT    20   failures per client address per window
 * PLEDGEWATCH_THROTTLE_BLOCK_MINUTES    15   how long a bucket stays blocked once over its limit;
 *                                            an address blocked again on one account waits
 *                                            twice as long each time, up to a day
 * PLEDGEWATCH_TOTP_ISSUER      Pledgewatch   the name authenticator apps show
 * ADMIN_EMAIL, ADMIN_PASSWORD                the first admin, created on first start if set
 */

import { ConfigError } from '../db/config.js';

export interface AuthConfig {
	sessionIdleMs: number;
	sessionAbsoluteMs: number;
	sessionRenewMs: number;
	inviteMs: number;
	throttleWindowMs: number;
	throttleAccountLimit: number;
	throttleAccountTotalLimit: number;
	throttleAddressLimit: number;
	throttleBlockMs: number;
	totpIssuer: string;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
	const raw = env[name]?.trim();
	if (!raw) return fallback;
	const value = Number(raw);
	if (!Number.isInteger(value) || value <= 0) {
		throw new ConfigError(`${name} must be a positive whole number, not "${raw}"`);
	}
	return value;
}

export function readAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
	return {
		sessionIdleMs: positive(env, 'PLEDGEWATCH_SESSION_IDLE_MINUTES', 30) * MINUTE,
		sessionAbsoluteMs: positive(env, 'PLEDGEWATCH_SESSION_ABSOLUTE_HOURS', 12) * HOUR,
		sessionRenewMs: positive(env, 'PLEDGEWATCH_SESSION_RENEW_SECONDS', 60) * SECOND,
		inviteMs: positive(env, 'PLEDGEWATCH_INVITE_HOURS', 72) * HOUR,
		throttleWindowMs: positive(env, 'PLEDGEWATCH_THROTTLE_WINDOW_MINUTES', 15) * MINUTE,
		throttleAccountLimit: positive(env, 'PLEDGEWATCH_THROTTLE_ACCOUNT_LIMIT', 5),
		throttleAccountTotalLimit: positive(env, 'PLEDGEWATCH_THROTTLE_TOTAL_LIMIT', 20),
		throttleAddressLimit: positive(env, 'PLEDGEWATCH_THROTTLE_ADDRESS_LIMIT', 20),
		throttleBlockMs: positive(env, 'PLEDGEWATCH_THROTTLE_BLOCK_MINUTES', 15) * MINUTE,
		totpIssuer: env.PLEDGEWATCH_TOTP_ISSUER?.trim() || 'Pledgewatch'
	};
}

let current: AuthConfig | undefined;

/** The server's settings, read on first use. */
export function authConfig(): AuthConfig {
	current ??= readAuthConfig();
	return current;
}
