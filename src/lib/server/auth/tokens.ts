import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase, decodeHex } from '@oslojs/encoding';
import { getRandomValues } from 'node:crypto';

/*
 * Bearer tokens of the form `id.secret` (the Lucia guide's shape), used for sessions and
 * invite links. The id finds the row; only a SHA-256 hash of the secret is stored, and it is
 * compared in constant time, so a stolen database cannot be replayed as cookies or links.
 */

/** 160 random bits for ids (lookup keys, not secrets), 256 bits for secrets. */
export function randomId(): string {
	return encodeBase32LowerCaseNoPadding(getRandomValues(new Uint8Array(20)));
}

function randomSecret(): string {
	return encodeBase32LowerCaseNoPadding(getRandomValues(new Uint8Array(32)));
}

export function hashSecret(secret: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}

export function secretMatches(secret: string, storedHash: string): boolean {
	if (!/^[0-9a-f]{64}$/.test(storedHash)) return false;
	return constantTimeEqual(sha256(new TextEncoder().encode(secret)), decodeHex(storedHash));
}

export interface SplitToken {
	id: string;
	secret: string;
}

/** Splits `id.secret`; anything else (tampered, truncated, empty) is null. */
export function splitToken(token: string | undefined | null): SplitToken | null {
	if (!token) return null;
	const parts = token.split('.');
	if (parts.length !== 2) return null;
	const [id, secret] = parts as [string, string];
	if (!/^[a-z2-7]{16,64}$/.test(id) || !/^[a-z2-7]{26,128}$/.test(secret)) return null;
	return { id, secret };
}

export interface NewToken {
	/** The row's key. */
	id: string;
	/** `id.secret`, for the holder (a cookie, a link); never stored. */
	token: string;
	/** What is stored of the secret. */
	hash: string;
}

/** A new bearer token: a random id and secret, the token that joins them, and the hash to store. */
export function newToken(): NewToken {
	const id = randomId();
	const secret = randomSecret();
	return { id, token: `${id}.${secret}`, hash: hashSecret(secret) };
}
