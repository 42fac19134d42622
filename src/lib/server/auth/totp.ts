import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { decodeBase64, encodeBase32UpperCaseNoPadding, encodeBase64 } from '@oslojs/encoding';
import { getRandomValues } from 'node:crypto';
import { encode } from 'uqr';
import type { DB } from '../db/connect.js';
import { authConfig } from './config.js';

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

export function encodeTotpKey(key: Uint8Array): string {
	return encodeBase64(key);
}

export function decodeTotpKey(stored: string): Uint8Array {
	return decodeBase64(stored);
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
	now: Date = new Date()
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
 * right but already used (or an older one than the last used).
 */
export async function consumeTotpCode(
	db: DB,
	user: { id: string; totp_key: string | null },
	code: string,
	now: Date = new Date()
): Promise<'ok' | 'wrong' | 'replayed'> {
	if (!user.totp_key) return 'wrong';
	const step = matchTotpStep(decodeTotpKey(user.totp_key), code, now);
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
