import fs from 'node:fs';
import path from 'node:path';
import { getRandomValues } from 'node:crypto';
import { encodeBase64 } from '@oslojs/encoding';
import { ConfigError, type DatabaseConfig } from '../db/config.js';
import { log } from '../log.js';
import { SECRET_KEY_BYTES } from './secret-box.js';

/*
 * The key that seals secrets at rest (secret-box.ts), read once at start-up.
 *
 * PLEDGEWATCH_SECRET_KEY       32 random bytes, base64 (`openssl rand -base64 32`) or hex
 *                              (`openssl rand -hex 32`). Production sets this, kept apart
 *                              from the database and its backups, the same on every instance.
 * PLEDGEWATCH_SECRET_KEY_FILE  without the variable, the key is read from this file, which is
 *                              made (mode 0600) on the first start so `npm start` works on a
 *                              fresh machine. Default: secret.key beside the SQLite database,
 *                              or data/secret.key when the database is PostgreSQL.
 */

export const DEFAULT_SECRET_KEY_FILE = 'data/secret.key';

const HOW = `32 random bytes as base64 (openssl rand -base64 32) or hex (openssl rand -hex 32)`;

/** The key from its text form; `source` names where it came from, never the value itself. */
export function parseSecretKey(raw: string, source: string): Uint8Array {
	const text = raw.trim();
	let bytes: Buffer | null = null;
	if (/^[0-9a-f]{64}$/i.test(text)) bytes = Buffer.from(text, 'hex');
	else if (/^[A-Za-z0-9+/]{43}=?$/.test(text)) bytes = Buffer.from(text, 'base64');
	if (!bytes || bytes.length !== SECRET_KEY_BYTES) {
		throw new ConfigError(`${source} must be ${HOW}; it is not (${text.length} characters)`);
	}
	return new Uint8Array(bytes);
}

export function secretKeyFile(
	env: NodeJS.ProcessEnv,
	database: DatabaseConfig,
	cwd = process.cwd()
): string {
	const given = env.PLEDGEWATCH_SECRET_KEY_FILE?.trim();
	if (given) return path.resolve(cwd, given);
	if (database.kind === 'sqlite' && database.file !== ':memory:') {
		return path.join(path.dirname(database.file), 'secret.key');
	}
	return path.resolve(cwd, DEFAULT_SECRET_KEY_FILE);
}

/** Reads the key from the environment, or from its file, making the file on first use. */
export function loadSecretKey(
	env: NodeJS.ProcessEnv,
	database: DatabaseConfig,
	cwd = process.cwd()
): Uint8Array {
	const raw = env.PLEDGEWATCH_SECRET_KEY?.trim();
	if (raw) return parseSecretKey(raw, 'PLEDGEWATCH_SECRET_KEY');
	const file = secretKeyFile(env, database, cwd);
	const made = makeKeyFile(file);
	const key = parseSecretKey(readKeyFile(file), `The key file ${file}`);
	log.warn(
		`${made ? 'Created a new secret key in' : 'Using the secret key in'} ${file} to encrypt ` +
			'two-factor keys; in production set PLEDGEWATCH_SECRET_KEY instead (see README).'
	);
	return key;
}

/* Writes a new key unless the file exists ('wx'), so two instances starting together agree. */
function makeKeyFile(file: string): boolean {
	try {
		fs.mkdirSync(path.dirname(file), { recursive: true });
		const key = encodeBase64(getRandomValues(new Uint8Array(SECRET_KEY_BYTES)));
		fs.writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
		return true;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
		throw new ConfigError(`Cannot create the key file ${file}: ${(error as Error).message}`);
	}
}

function readKeyFile(file: string): string {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch (error) {
		throw new ConfigError(`Cannot read the key file ${file}: ${(error as Error).message}`);
	}
}

let current: Uint8Array | undefined;

/** Installs the key the server seals and opens secrets with (start-up, or a test). */
export function useSecretKey(key: Uint8Array): void {
	if (key.length !== SECRET_KEY_BYTES) throw new Error('The secret key must be 32 bytes.');
	current = key;
}

export function secretKey(): Uint8Array {
	if (!current) throw new Error('The secret key is not loaded yet: start-up has not finished.');
	return current;
}
