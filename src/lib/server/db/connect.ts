import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, sql } from 'kysely';
import type { Database } from './schema.js';
import { ConfigError, describeDatabase, type DatabaseConfig } from './config.js';

export type DB = Kysely<Database>;

/* SQLite runs DDL inside transactions; telling Kysely so makes a failed migration roll back whole. */
class TransactionalSqliteAdapter extends SqliteAdapter {
	override get supportsTransactionalDdl(): boolean {
		return true;
	}
}
class PledgewatchSqliteDialect extends SqliteDialect {
	override createAdapter(): SqliteAdapter {
		return new TransactionalSqliteAdapter();
	}
}

// PostgreSQL returns count(*) and bigint as strings; the app's counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

export function openSqlite(file: string): SQLite.Database {
	if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
	const handle = new SQLite(file);
	handle.pragma('journal_mode = WAL');
	handle.pragma('foreign_keys = ON');
	handle.pragma('busy_timeout = 5000');
	handle.pragma('synchronous = NORMAL');
	// A 64 MiB page cache and in-memory temp tables keep the search triggers' writes fast.
	handle.pragma('cache_size = -65536');
	handle.pragma('temp_store = MEMORY');
	return handle;
}

export function createDb(config: DatabaseConfig): DB {
	if (config.kind === 'sqlite') {
		return new Kysely<Database>({
			dialect: new PledgewatchSqliteDialect({ database: openSqlite(config.file) })
		});
	}
	return new Kysely<Database>({
		dialect: new PostgresDialect({
			pool: new pg.Pool({ connectionString: config.url, max: 10, connectionTimeoutMillis: 5000 })
		})
	});
}

/**
 * Opens the database and proves it answers, turning driver errors into one clear
 * sentence (an unreachable host, a wrong password, an unwritable file).
 */
export async function connect(config: DatabaseConfig): Promise<DB> {
	let db: DB;
	try {
		db = createDb(config);
	} catch (error) {
		throw new ConfigError(`Cannot open ${describeDatabase(config)}: ${message(error)}`);
	}
	try {
		await sql`select 1`.execute(db);
	} catch (error) {
		await db.destroy().catch(() => undefined);
		throw new ConfigError(`Cannot reach ${describeDatabase(config)}: ${message(error)}`);
	}
	return db;
}

export function dialectOf<T>(db: Kysely<T>): 'sqlite' | 'postgres' {
	return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}

function message(error: unknown): string {
	if (error instanceof AggregateError && error.errors.length > 0) return message(error.errors[0]);
	if (error instanceof Error) return error.message || error.name;
	return String(error);
}
