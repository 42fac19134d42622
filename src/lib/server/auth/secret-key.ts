import fs from 'node:fs';
import path from 'node:path';
import { getRandomValues } from 'node:crypto';
import { encodeBase64 } from '@oslojs/encoding';
import { ConfigError, type DatabaseConfig } from '../db/config.js';
import { log } from '../log.js';
import type { SecretKeySettings } from '../config.js';
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
	keys: SecretKeySettings,
	database: DatabaseConfig,
	cwd = process.cwd()
): string {
	const given = keys.secretKeyFile?.trim();
	if (given) return path.resolve(cwd, given);
	if (database.kind === 'sqlite' && database.file !== ':memory:') {
		return path.join(path.dirname(database.file), 'secret.key');
	}
	return path.resolve(cwd, DEFAULT_SECRET_KEY_FILE);
}

/** Where the server's key comes from: the variable, or a key file (which rotation rewrites). */
export type SecretKeySource = { kind: 'env' } | { kind: 'file'; file: string };

/** Reads the key from the environment, or from its file, making the file on first use. */
export function loadSecretKey(
	keys: SecretKeySettings,
	database: DatabaseConfig,
	cwd = process.cwd()
): Uint8Array {
	if (keys.secretKey?.trim()) return readSecretKey(keys, database, cwd).key;
	const file = secretKeyFile(keys, database, cwd);
	const made = makeKeyFile(file);
	const { key } = readSecretKey(keys, database, cwd);
	log.warn(
		`${made ? 'Created a new secret key in' : 'Using the secret key in'} ${file} to encrypt ` +
			'two-factor keys; in production set PLEDGEWATCH_SECRET_KEY instead (see README).'
	);
	return key;
}

/**
 * The key the server would use and where it comes from, without making a key file: a tool
 * that works on the sealed rows (key rotation) must fail rather than invent a key.
 */
export function readSecretKey(
	keys: SecretKeySettings,
	database: DatabaseConfig,
	cwd = process.cwd()
): { key: Uint8Array; source: SecretKeySource } {
	const raw = keys.secretKey?.trim();
	if (raw) return { key: parseSecretKey(raw, 'PLEDGEWATCH_SECRET_KEY'), source: { kind: 'env' } };
	const file = secretKeyFile(keys, database, cwd);
	const key = parseSecretKey(readKeyFile(file), `The key file ${file}`);
	return { key, source: { kind: 'file', file } };
}

export function generateSecretKey(): Uint8Array {
	return getRandomValues(new Uint8Array(SECRET_KEY_BYTES));
}

/** The text form kept in key files and printed for operators (base64, as openssl prints it). */
export function formatSecretKey(key: Uint8Array): string {
	return encodeBase64(key);
}

/* Writes a new key unless the file exists ('wx'), so two instances starting together agree. */
function makeKeyFile(file: string): boolean {
	try {
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, `${formatSecretKey(generateSecretKey())}\n`, {
			mode: 0o600,
			flag: 'wx'
		});
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
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			throw new ConfigError(
				`PLEDGEWATCH_SECRET_KEY is not set and there is no key file at ${file}; set ` +
					'PLEDGEWATCH_SECRET_KEY or PLEDGEWATCH_SECRET_KEY_FILE as the server has them'
			);
		}
		throw new ConfigError(`Cannot read the key file ${file}: ${(error as Error).message}`);
	}
}

/**
 * Replacing a key file in two steps, so it never holds half a key: `stageKeyFile` writes the
 * new key to `<file>.new` (mode 0600, flushed to disk) and `commitKeyFile` renames it over the
 * file. Rotation stages before changing the database and commits after, so if it stops in
 * between, the new key is still on disk. A staged file left from such a stop is never
 * overwritten: it may hold the only copy of the key the rows are sealed with.
 */
export function stageKeyFile(file: string, key: Uint8Array): string {
	const staged = `${file}.new`;
	let fd: number;
	try {
		fd = fs.openSync(staged, 'wx', 0o600);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
			throw new ConfigError(
				`${staged} already exists: an earlier rotation stopped part-way and it may hold the key ` +
					'the two-factor keys are sealed with. Check which key opens them (start the server ' +
					`with it), keep that one as ${file}, remove ${staged}, and run again`
			);
		}
		throw new ConfigError(`Cannot write the key file ${staged}: ${(error as Error).message}`);
	}
	try {
		fs.writeSync(fd, `${formatSecretKey(key)}\n`);
		fs.fsyncSync(fd);
	} catch (error) {
		fs.closeSync(fd);
		fs.rmSync(staged, { force: true });
		throw new ConfigError(`Cannot write the key file ${staged}: ${(error as Error).message}`);
	}
	fs.closeSync(fd);
	return staged;
}

export function commitKeyFile(staged: string, file: string): void {
	fs.renameSync(staged, file);
}

/** Removes a staged key that was not used (the rotation changed nothing). */
export function discardKeyFile(staged: string): void {
	fs.rmSync(staged, { force: true });
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
