import { createCipheriv, createDecipheriv, getRandomValues } from 'node:crypto';
import { decodeBase64, encodeBase64 } from '@oslojs/encoding';

/*
 * Seals small secrets that must be kept in the database (two-factor keys) so that a copy of
 * the database or a backup alone does not reveal them: AES-256-GCM with a fresh random 96-bit
 * IV per value. The caller names where the value lives (column and row id) as associated
 * data, so a sealed value copied into another row does not open there.
 *
 * Stored form: "v1.<IV, base64>.<ciphertext and 16-byte tag, base64>". The version prefix
 * tells sealed values from older plain ones and leaves room for a later format.
 */

export const SECRET_KEY_BYTES = 32;
const PREFIX = 'v1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretBoxError extends Error {
	override name = 'SecretBoxError';
}

export function isSealed(stored: string): boolean {
	return stored.startsWith(PREFIX);
}

export function seal(key: Uint8Array, plaintext: Uint8Array, associated: string): string {
	assertKey(key);
	const iv = getRandomValues(new Uint8Array(IV_BYTES));
	const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
	cipher.setAAD(new TextEncoder().encode(associated));
	const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
	return `${PREFIX}${encodeBase64(iv)}.${encodeBase64(body)}`;
}

/** The plaintext, or a SecretBoxError when the value is malformed, altered, moved or sealed under another key. */
export function open(key: Uint8Array, stored: string, associated: string): Uint8Array {
	assertKey(key);
	if (!isSealed(stored)) throw new SecretBoxError('the value is not sealed (no "v1." prefix)');
	const parts = stored.slice(PREFIX.length).split('.');
	let iv: Uint8Array;
	let body: Uint8Array;
	try {
		if (parts.length !== 2) throw new Error();
		iv = decodeBase64(parts[0]!);
		body = decodeBase64(parts[1]!);
	} catch {
		throw new SecretBoxError('the sealed value is malformed');
	}
	if (iv.length !== IV_BYTES || body.length < TAG_BYTES) {
		throw new SecretBoxError('the sealed value is malformed');
	}
	try {
		const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
		decipher.setAAD(new TextEncoder().encode(associated));
		decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
		const plain = Buffer.concat([
			decipher.update(body.subarray(0, body.length - TAG_BYTES)),
			decipher.final()
		]);
		return new Uint8Array(plain);
	} catch {
		throw new SecretBoxError(
			'the sealed value does not open: a different secret key, or the value was altered or moved'
		);
	}
}

function assertKey(key: Uint8Array): void {
	if (key.length !== SECRET_KEY_BYTES) {
		throw new SecretBoxError(`the secret key must be ${SECRET_KEY_BYTES} bytes`);
	}
}
