import path from 'node:path';

/** Where the data lives, decided by `DATABASE_URL`. */
export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export const DEFAULT_SQLITE_FILE = 'data/pledgewatch.db';

export class ConfigError extends Error {
	override name = 'ConfigError';
}

/**
 * Reads `DATABASE_URL`: unset, a file path or a `sqlite:` URL means SQLite; a `postgres://`
 * or `postgresql://` URL means PostgreSQL. Anything else is a configuration error, named
 * plainly so start-up can stop with one clear line.
 */
export function parseDatabaseUrl(value: string | undefined, cwd = process.cwd()): DatabaseConfig {
	const raw = value?.trim() ?? '';
	if (raw === '') return { kind: 'sqlite', file: path.resolve(cwd, DEFAULT_SQLITE_FILE) };
	if (/^postgres(ql)?:\/\//i.test(raw)) {
		try {
			new URL(raw);
		} catch {
			throw new ConfigError(`DATABASE_URL is not a valid PostgreSQL URL: ${redact(raw)}`);
		}
		return { kind: 'postgres', url: raw };
	}
	if (/^sqlite:/i.test(raw)) {
		const file = raw.replace(/^sqlite:(\/\/)?/i, '');
		if (file === '') throw new ConfigError('DATABASE_URL "sqlite:" needs a file path after it');
		return { kind: 'sqlite', file: file === ':memory:' ? file : path.resolve(cwd, file) };
	}
	const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw)?.[1];
	if (scheme) {
		throw new ConfigError(
			`DATABASE_URL uses the unknown scheme "${scheme}:"; use a postgres:// URL, a sqlite: URL or a file path`
		);
	}
	return { kind: 'sqlite', file: raw === ':memory:' ? raw : path.resolve(cwd, raw) };
}

/** The URL with any password replaced, safe for logs and error messages. */
export function redact(url: string): string {
	return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}

export function describeDatabase(config: DatabaseConfig): string {
	return config.kind === 'sqlite'
		? `SQLite at ${config.file}`
		: `PostgreSQL at ${redact(config.url)}`;
}
