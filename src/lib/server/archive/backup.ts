import { refreshStatistics } from '../db/statistics.js';
import { childEnvironment } from '../config.js';
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import SQLite from 'better-sqlite3';
import { describeDatabase, redact, type DatabaseConfig } from '../db/config.js';
import { connect } from '../db/connect.js';
import { dropAllPostgresObjects, listTables } from '../repositories/catalog.js';
import { KIND_NAMES, OperationError, fileKind, writeAtomically } from './files.js';

/*
 * Backups of the whole database, taken while the server runs and saves. SQLite: the online
 * backup API copies a consistent snapshot into a single self-contained database file.
 * PostgreSQL: pg_dump in custom format, which reads one snapshot. Either way the file holds
 * the two-factor keys only as sealed in the database; the secret key that opens them is
 * never in it (it lives in PLEDGEWATCH_SECRET_KEY or the key file, kept apart).
 */

/** Copies the whole database in one step, so a burst of saves cannot keep restarting the copy. */
const ALL_PAGES = 2 ** 30;

export async function backupDatabase(config: DatabaseConfig, file: string): Promise<void> {
	if (config.kind === 'sqlite') await backupSqlite(config.file, file);
	else await backupPostgres(config.url, file);
}

async function backupSqlite(source: string, file: string): Promise<void> {
	if (source === ':memory:') throw new OperationError('An in-memory database cannot be backed up');
	let handle: SQLite.Database;
	try {
		handle = new SQLite(source, { fileMustExist: true });
	} catch (error) {
		throw new OperationError(
			`Cannot open ${describeDatabase({ kind: 'sqlite', file: source })} to back it up: ${(error as Error).message}`
		);
	}
	try {
		handle.pragma('busy_timeout = 5000');
		await writeAtomically(file, async (temporary) => {
			await handle.backup(temporary, { progress: () => ALL_PAGES });
			checkSqliteFile(temporary, { selfContained: true });
		});
	} finally {
		handle.close();
	}
}

/**
 * Proves a SQLite file is a whole Pledgewatch database. `selfContained` also turns a fresh
 * copy out of WAL mode, so the backup is one file with no -wal or -shm beside it.
 */
function checkSqliteFile(file: string, { selfContained = false } = {}): void {
	const handle = new SQLite(file, { fileMustExist: true, readonly: !selfContained });
	try {
		if (selfContained) handle.pragma('journal_mode = DELETE');
		const integrity = handle.pragma('integrity_check', { simple: true });
		if (integrity !== 'ok') {
			throw new OperationError(`${file} fails SQLite's integrity check (${String(integrity)})`);
		}
		const migrations = handle
			.prepare("select 1 from sqlite_master where type = 'table' and name = 'schema_migrations'")
			.get();
		if (!migrations) {
			throw new OperationError(`${file} is a SQLite database but not a Pledgewatch one`);
		}
	} finally {
		handle.close();
	}
}

/** Runs a PostgreSQL client tool with the password passed in its environment, not on the command line. */
function runPostgresTool(tool: string, url: string, args: string[]): Promise<void> {
	const parsed = new URL(url);
	const password = decodeURIComponent(parsed.password);
	parsed.password = '';
	return new Promise((resolve, reject) => {
		const child = spawn(tool, [...args, '--dbname', parsed.toString()], {
			env: childEnvironment(password ? { PGPASSWORD: password } : {}),
			stdio: ['ignore', 'ignore', 'pipe']
		});
		let errors = '';
		child.stderr.on('data', (chunk) => (errors += String(chunk)));
		child.on('error', (error) => {
			reject(
				(error as NodeJS.ErrnoException).code === 'ENOENT'
					? new OperationError(
							`${tool} was not found on PATH; install the PostgreSQL client tools of the ` +
								`server's major version (Debian: apt install postgresql-client-15)`
						)
					: error
			);
		});
		child.on('close', (code) => {
			if (code === 0) resolve();
			else
				reject(
					new OperationError(
						`${tool} failed (exit ${code}) on PostgreSQL at ${redact(url)}: ${errors.trim() || 'no message'}`
					)
				);
		});
	});
}

async function backupPostgres(url: string, file: string): Promise<void> {
	await writeAtomically(file, (temporary) =>
		runPostgresTool('pg_dump', url, ['--format=custom', '--file', temporary])
	);
}

export interface RestoreOptions {
	/** Replace whatever the database at DATABASE_URL holds. */
	force?: boolean;
}

/** Loads a backup into the database at DATABASE_URL, which must be empty unless `force`. */
export async function restoreDatabase(
	config: DatabaseConfig,
	file: string,
	options: RestoreOptions = {}
): Promise<void> {
	const kind = fileKind(file);
	const wanted = config.kind === 'sqlite' ? 'sqlite-backup' : 'postgres-backup';
	if (kind !== wanted) {
		const hint =
			kind === 'sqlite-backup' || kind === 'postgres-backup'
				? `; DATABASE_URL is ${describeDatabase(config)}. Restore it into the same kind of ` +
					'database, or move data between kinds with npm run export-all and npm run import-all'
				: '';
		throw new OperationError(`${file} is ${KIND_NAMES[kind]}${hint}`);
	}
	if (config.kind === 'sqlite') await restoreSqlite(config.file, file, options);
	else await restorePostgres(config, file, options);
}

async function restoreSqlite(target: string, file: string, options: RestoreOptions) {
	if (target === ':memory:') throw new OperationError('Cannot restore into an in-memory database');
	checkSqliteFile(file);
	if (!options.force) await refuseNonEmpty({ kind: 'sqlite', file: target });
	const backup = new SQLite(file, { fileMustExist: true, readonly: true });
	try {
		await writeAtomically(target, async (temporary) => {
			await backup.backup(temporary, { progress: () => ALL_PAGES });
			// Leftovers of the database being replaced would be replayed into the restored one.
			for (const suffix of ['-wal', '-shm', '-journal'])
				fs.rmSync(target + suffix, { force: true });
		});
	} finally {
		backup.close();
	}
}

async function restorePostgres(
	config: DatabaseConfig & { kind: 'postgres' },
	file: string,
	options: RestoreOptions
) {
	if (options.force) {
		const db = await connect(config);
		try {
			await db.transaction().execute((trx) => dropAllPostgresObjects(trx));
		} finally {
			await db.destroy();
		}
	} else {
		await refuseNonEmpty(config);
	}
	await runPostgresTool('pg_restore', config.url, [
		'--no-owner',
		'--no-privileges',
		'--single-transaction',
		'--exit-on-error',
		path.resolve(file)
	]);
	// pg_restore brings no planner statistics: without them the restored server plans every
	// query as if its tables were empty until autovacuum comes round (statistics.ts).
	const db = await connect(config);
	try {
		await refreshStatistics(db);
	} finally {
		await db.destroy();
	}
}

async function refuseNonEmpty(config: DatabaseConfig): Promise<void> {
	if (config.kind === 'sqlite' && !fs.existsSync(config.file)) return;
	const db = await connect(config);
	try {
		const tables = await listTables(db);
		if (tables.length > 0) {
			throw new OperationError(
				`${describeDatabase(config)} is not empty (it has ${tables.length} tables). Restore ` +
					'into a new database, or add --force to replace everything in it (stop the server first)'
			);
		}
	} finally {
		await db.destroy();
	}
}
