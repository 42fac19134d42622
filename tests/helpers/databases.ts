import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { createDb, type DB } from '../../src/lib/server/db/connect.js';
import { migrateToLatest } from '../../src/lib/server/db/migrate.js';

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

/** A new, empty database of the given dialect; `migrate` brings it to the latest schema. */
export async function createTestDatabase(
	dialect: Dialect,
	{ migrate = true }: { migrate?: boolean } = {}
): Promise<TestDatabase> {
	const made = dialect === 'sqlite' ? await newSqlite() : await newPostgres();
	if (migrate) await migrateToLatest(made.db);
	return made;
}

async function newSqlite(): Promise<TestDatabase> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgewatch-test-'));
	const file = path.join(dir, 'test.db');
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

async function newPostgres(): Promise<TestDatabase> {
	const adminUrl = process.env.TEST_DATABASE_URL;
	if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
	const name = `pledgewatch_t_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: adminUrl });
	await admin.connect();
	try {
		await admin.query(`CREATE DATABASE ${name}`);
	} finally {
		await admin.end();
	}
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	const db = createDb({ kind: 'postgres', url: url.toString() });
	return {
		dialect: 'postgres',
		db,
		url: url.toString(),
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
 * Declares `fn`'s tests once per dialect. Inside, call `ctx.db()` in a test or hook to get
 * that dialect's migrated database, made fresh for this describe block.
 */
export function describeEachDatabase(
	name: string,
	fn: (ctx: { db: () => DB; dialect: Dialect }) => void
): void {
	for (const dialect of testDialects()) {
		describe(`${name} [${dialect}]`, () => {
			let current: TestDatabase | undefined;
			beforeAll(async () => {
				current = await createTestDatabase(dialect);
			});
			afterAll(async () => {
				await current?.drop();
			});
			fn({
				dialect,
				db: () => {
					if (!current)
						throw new Error('test database not ready yet: call db() inside a test or hook');
					return current.db;
				}
			});
		});
	}
}
