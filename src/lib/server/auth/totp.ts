import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { decodeBase64, encodeBase32UpperCaseNoPadding } from '@oslojs/encoding';
import { getRandomValues } from 'node:crypto';
import { encode } from 'uqr';
import type { DB } from '../db/connect.js';
import { log } from '../log.js';
import { authConfig } from './config.js';
import { isSealed, open, seal, SecretBoxError } from './secret-box.js';
import { secretKey } from './secret-key.js';
import { listStoredTotpKeys, replaceStoredTotpKey } from './users.js';
import { currentTime } from '../clock.js';

/*
 * Time-based one-time codes (RFC 6238: 30-second steps, 6 digits, SHA-1, the settings every
 * authenticator app supports). A code is accepted for the current step and one step either
 * side (clock drift), and each step is usable once: the user row remembers the last step
 * accepted and an update only succeeds for a later one, so a replayed code fails even when
 * two servers see it at the same moment.
 */

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;

export function generateTotpKey(): Uint8Array {
	return getRandomValues(new Uint8Array(20));
}

/*
 * Keys are stored sealed (secret-box.ts) with the user's id as associated data. Rows written
 * before sealing hold plain base64; they are still read, and start-up seals them.
 */
function associated(userId: string): string {
	return `users.totp_key:${userId}`;
}

export function sealTotpKey(
	key: Uint8Array,
	userId: string,
	secret: Uint8Array = secretKey()
): string {
	return seal(secret, key, associated(userId));
}

/** The key from its stored form; a SecretBoxError when it cannot be read. */
export function openTotpKey(
	stored: string,
	userId: string,
	secret: Uint8Array = secretKey()
): Uint8Array {
	if (isSealed(stored)) return open(secret, stored, associated(userId));
	try {
		return decodeBase64(stored);
	} catch {
		throw new SecretBoxError('the stored value is neither sealed nor base64');
	}
}

/**
 * Seals every key still stored in plain base64 (a one-off at start-up, so it runs on every
 * instance but changes a row only while it still holds the plain value), and counts the
 * sealed keys this server's secret key cannot open, which would fail those users' sign-in.
 */
export async function sealLegacyTotpKeys(
	db: DB,
	secret: Uint8Array = secretKey()
): Promise<{ sealed: number; unreadable: number }> {
	let sealed = 0;
	let unreadable = 0;
	for (const row of await listStoredTotpKeys(db)) {
		try {
			const key = openTotpKey(row.totp_key, row.id, secret);
			if (isSealed(row.totp_key)) continue;
			if (await replaceStoredTotpKey(db, row.id, row.totp_key, sealTotpKey(key, row.id, secret)))
				sealed += 1;
		} catch (error) {
			if (!(error instanceof SecretBoxError)) throw error;
			unreadable += 1;
		}
	}
	return { sealed, unreadable };
}

/** The key as authenticator apps want it typed: base32, in groups of four. */
export function displayTotpKey(key: Uint8Array): string {
	return encodeBase32UpperCaseNoPadding(key).replace(/(.{4})(?=.)/g, '$1 ');
}

export function totpKeyUri(email: string, key: Uint8Array): string {
	return createTOTPKeyURI(authConfig().totpIssuer, email, key, TOTP_PERIOD_SECONDS, TOTP_DIGITS);
}

export function totpStep(now: Date): number {
	return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The step (-1, 0 or +1 around now) whose code equals `code`, or null. Constant-time per step. */
export function matchTotpStep(
	key: Uint8Array,
	code: string,
	now: Date = currentTime()
): number | null {
	const given = code.replace(/\s+/g, '');
	if (!/^\d{6}$/.test(given)) return null;
	const current = totpStep(now);
	const bytes = new TextEncoder().encode(given);
	let matched: number | null = null;
	for (const step of [current - 1, current, current + 1]) {
		const expected = new TextEncoder().encode(generateHOTP(key, BigInt(step), TOTP_DIGITS));
		if (constantTimeEqual(expected, bytes)) matched = step;
	}
	return matched;
}

/**
 * Checks a code against a user's key and consumes its step. 'replayed' means the code was
 * right but already used (or an older one than the last used); 'unreadable' that the stored
 * key does not open (logged; the step fails for this user only).
 */
export async function consumeTotpCode(
	db: DB,
	user: { id: string; totp_key: string | null },
	code: string,
	now: Date = currentTime()
): Promise<'ok' | 'wrong' | 'replayed' | 'unreadable'> {
	if (!user.totp_key) return 'wrong';
	let key: Uint8Array;
	try {
		key = openTotpKey(user.totp_key, user.id);
	} catch (error) {
		if (!(error instanceof SecretBoxError)) throw error;
		log.error(
			`Cannot read the two-factor key of user ${user.id}: ${error.message}. Their two-factor ` +
				'step fails until PLEDGEWATCH_SECRET_KEY is the key it was sealed with ' +
				'(or an admin resets their two-factor sign-in).'
		);
		return 'unreadable';
	}
	const step = matchTotpStep(key, code, now);
	if (step === null) return 'wrong';
	const result = await db
		.updateTable('users')
		.set({ totp_last_step: step })
		.where('id', '=', user.id)
		.where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1 ? 'ok' : 'replayed';
}

/** The QR code as a square grid of dark cells, for Svelte to draw as one SVG path. */
export function qrPath(text: string): { size: number; path: string } {
	const qr = encode(text, { ecc: 'M', border: 2 });
	let path = '';
	qr.data.forEach((row, y) => {
		row.forEach((dark, x) => {
			if (dark) path += `M${x} ${y}h1v1h-1z`;
		});
	});
	return { size: qr.size, path };
}
