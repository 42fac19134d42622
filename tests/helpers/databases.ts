import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, inject } from 'vitest';
import { createDb, type DB } from '../../src/lib/server/db/connect.js';
import { migrateToLatest } from '../../src/lib/server/db/migrate.js';
import { adminQuery, withDatabase } from './templates.js';

/*
 * One suite, looped over the databases (as Kysely's own tests do): SQLite always, and
 * PostgreSQL when TEST_DATABASE_URL is set. Every test database is new and temporary, and
 * nothing here touches data/.
 */

export type Dialect = 'sqlite' | 'postgres';

export function testDialects(): Dialect[] {
	return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestDatabase {
	dialect: Dialect;
	db: DB;
	/** The URL or file the app would be given to reach this database. */
	url: string;
	drop(): Promise<void>;
}

/**
 * A new database of the given dialect at the latest schema (a copy of the run's migrated
 * template, tests/helpers/templates.ts), or with `migrate: false` empty, with no migration
 * applied.
 */
export async function createTestDatabase(
	dialect: Dialect,
	{ migrate = true }: { migrate?: boolean } = {}
): Promise<TestDatabase> {
	const templates = migrate ? inject('migratedTemplates') : undefined;
	const template = templates?.[dialect];
	const made = dialect === 'sqlite' ? await newSqlite(template) : await newPostgres(template);
	if (migrate && !template) await migrateToLatest(made.db);
	return made;
}

/** Copies the run's migrated SQLite template to `file`, for a server to open at the latest schema. */
export function copyMigratedSqlite(file: string): void {
	fs.copyFileSync(inject('migratedTemplates').sqlite, file);
}

async function newSqlite(template?: string): Promise<TestDatabase> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgewatch-test-'));
	const file = path.join(dir, 'test.db');
	if (template) fs.copyFileSync(template, file);
	const db = createDb({ kind: 'sqlite', file });
	return {
		dialect: 'sqlite',
		db,
		url: file,
		async drop() {
			await db.destroy();
			fs.rmSync(dir, { recursive: true, force: true });
		}
	};
}

async function newPostgres(template?: string): Promise<TestDatabase> {
	const adminUrl = process.env.TEST_DATABASE_URL;
	if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
	const name = `pledgewatch_t_${randomBytes(6).toString('hex')}`;
	await adminQuery(adminUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
	const url = withDatabase(adminUrl, name);
	const db = createDb({ kind: 'postgres', url });
	return {
		dialect: 'postgres',
		db,
		url,
		async drop() {
			await db.destroy();
			await dropPostgresDatabase(adminUrl, name);
		}
	};
}

/*
 * DROP DATABASE ... WITH (FORCE) fails for a non-superuser while an autovacuum worker is busy
 * in that database ("must be a member of the role whose process is being terminated"), so the
 * drop is retried for a few seconds. A test database left behind is harmless; a suite that
 * failed because of one would not be, so the last failure is reported as a warning.
 */
async function dropPostgresDatabase(adminUrl: string, name: string): Promise<void> {
	let lastError: unknown;
	for (let attempt = 0; attempt < 20; attempt++) {
		const client = new pg.Client({ connectionString: adminUrl });
		client.on('error', () => undefined);
		try {
			await client.connect();
			await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			return;
		} catch (error) {
			lastError = error;
			await new Promise((resolve) => setTimeout(resolve, 250));
		} finally {
			await client.end().catch(() => undefined);
		}
	}
	console.warn(`could not drop test database ${name}: ${(lastError as Error).message}`);
}

/**
 * Empties a migrated PostgreSQL database back to just after its migrations (no migration
 * writes rows): one TRUNCATE of every table but the migrator's own, which skips the row
 * triggers that keep audit_events append-only. Far cheaper than a new database per test.
 */
async function emptyPostgres(db: DB): Promise<void> {
	const { rows } = await sql<{ name: string }>`
		select quote_ident(tablename) as name from pg_tables
		where schemaname = current_schema() and tablename not like 'schema_migrations%'`.execute(db);
	if (rows.length === 0) return;
	await sql
		.raw(`truncate table ${rows.map((r) => r.name).join(', ')} restart identity cascade`)
		.execute(db);
}

/*
 * A database per test, as cheap as can be: SQLite copies the run's migrated file for each test;
 * PostgreSQL empties the describe block's database before each test after the first.
 */
function freshPerTest(dialect: Dialect) {
	let shared: TestDatabase | undefined;
	let current: TestDatabase | undefined;
	let used = false;
	beforeAll(async () => {
		if (dialect === 'postgres') shared = await createTestDatabase(dialect);
	});
	beforeEach(async () => {
		if (dialect === 'sqlite') {
			current = await createTestDatabase(dialect);
			return;
		}
		if (!shared) throw new Error('the PostgreSQL database was not made');
		if (used) await emptyPostgres(shared.db);
		used = true;
		current = shared;
	});
	afterEach(async () => {
		if (current !== shared) await current?.drop();
		current = undefined;
	});
	afterAll(async () => {
		await shared?.drop();
	});
	return () => current;
}

function freshPerDescribe(dialect: Dialect) {
	let current: TestDatabase | undefined;
	beforeAll(async () => {
		current = await createTestDatabase(dialect);
	});
	afterAll(async () => {
		await current?.drop();
	});
	return () => current;
}

/**
 * Declares `fn`'s tests once per dialect. Inside, call `ctx.db()` in a test or hook to get
 * that dialect's migrated database: made fresh for this describe block, or with
 * `{ fresh: 'test' }` (before `fn`) fresh for every test, so no test sees another's rows (set up what each
 * test needs in `beforeEach`, not `beforeAll`).
 */
type DatabaseSuite = (ctx: { db: () => DB; dialect: Dialect }) => void;

export function describeEachDatabase(name: string, fn: DatabaseSuite): void;
export function describeEachDatabase(
	name: string,
	options: { fresh: 'describe' | 'test' },
	fn: DatabaseSuite
): void;
export function describeEachDatabase(
	name: string,
	...args: [DatabaseSuite] | [{ fresh: 'describe' | 'test' }, DatabaseSuite]
): void {
	const [{ fresh }, fn] = args.length === 1 ? [{ fresh: 'describe' }, args[0]] : args;
	for (const dialect of testDialects()) {
		describe(`${name} [${dialect}]`, () => {
			const current = fresh === 'test' ? freshPerTest(dialect) : freshPerDescribe(dialect);
			fn({
				dialect,
				db: () => {
					const database = current();
					if (!database)
						throw new Error('test database not ready yet: call db() inside a test or hook');
					return database.db;
				}
			});
		});
	}
}
