import { hash, verify } from '@node-rs/argon2';
import { isCommonPassword } from './common-passwords.js';
import { m } from '../../paraglide/messages.js';

/*
 * argon2id with OWASP's first recommended profile: 19 MiB of memory, 2 passes, 1 lane.
 * (@node-rs/argon2 defaults to argon2id; the numbers are spelled out so a library default
 * change cannot weaken them.)
 */
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export async function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

let decoy: Promise<string> | undefined;

/**
 * Spends the same work as a real check when there is no account (or no password) to check
 * against, so response time does not reveal whether an email address has an account.
 */
export async function verifyAgainstDecoy(password: string): Promise<false> {
	decoy ??= hashPassword('decoy password that matches nothing');
	await verifyPassword(await decoy, password);
	return false;
}

const LEET: Record<string, string> = {
	'0': 'o',
	'1': 'i',
	'3': 'e',
	'4': 'a',
	'5': 's',
	'7': 't',
	'@': 'a',
	$: 's',
	'!': 'i'
};

/* The letters a person typed around digits and symbols: "P@ssw0rd2024!" -> "password". */
function core(password: string): string {
	const trimmed = password.toLowerCase().replace(/^[^a-z@$]+|[^a-z]+$/g, '');
	return trimmed.replace(/[013457@$!]/g, (c) => LEET[c] ?? c).replace(/[^a-z]/g, '');
}

function isRepetition(text: string): boolean {
	for (let size = 1; size <= text.length / 2; size++) {
		if (text.length % size !== 0) continue;
		const unit = text.slice(0, size);
		if (unit.repeat(text.length / size) === text) return true;
	}
	return false;
}

/**
 * Why a new password is refused, in words for the form, or null when it is acceptable.
 * `context` holds words that must not be the password (the user's email and name); an
 * email address (or the part before its @) must not even appear in it.
 */
export function passwordProblem(password: string, context: string[] = []): string | null {
	if (password.length < MIN_PASSWORD_LENGTH) {
		return m.pw_too_short({ min: MIN_PASSWORD_LENGTH });
	}
	if (password.length > MAX_PASSWORD_LENGTH) {
		return m.pw_too_long({ max: MAX_PASSWORD_LENGTH });
	}
	const lower = password.toLowerCase();
	// An address is the first thing someone guessing tries: whole, or the part before the @.
	const addresses = context.filter((item) => item.includes('@')).map((a) => a.toLowerCase());
	const parts = addresses.flatMap((a) => [a, a.slice(0, a.lastIndexOf('@'))]);
	if (parts.some((part) => part.length >= 3 && lower.includes(part))) {
		return m.pw_has_email();
	}
	const letters = core(password);
	// A repeated core ("welcomewelcome") is refused whatever the word, so no list lookup for it.
	if (
		isCommonPassword(lower) ||
		isCommonPassword(letters) ||
		isRepetition(lower) ||
		letters.length === 0 ||
		isRepetition(letters)
	) {
		return m.pw_common();
	}
	// Each word of the name or address, and all of them run together ("rosalindfranklin").
	const own = context.flatMap((item) => {
		const words = item
			.toLowerCase()
			.split(/[@\s._-]+/)
			.filter((word) => word.length >= 4);
		return [...words, words.join('')];
	});
	if (own.some((word) => word.length >= 4 && (letters === word || lower === word))) {
		return m.pw_own_name();
	}
	return null;
}
