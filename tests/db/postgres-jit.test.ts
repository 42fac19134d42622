import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';

/*
 * The app's PostgreSQL connections run without JIT compilation (src/lib/server/db/connect.ts):
 * compiling the timeline's extent query took longer than running it. Every connection of the
 * pool must say so, not only the first.
 */

const postgres = testDialects().includes('postgres');

describe('PostgreSQL connections', () => {
	let database: TestDatabase | undefined;
	beforeAll(async () => {
		if (postgres) database = await createTestDatabase('postgres');
	});
	afterAll(async () => {
		await database?.drop();
	});

	it.runIf(postgres)('run with JIT compilation off, on every pooled connection', async () => {
		const db = database!.db;
		// Ten at once, so the pool opens ten connections.
		const settings = await Promise.all(
			Array.from({ length: 10 }, () =>
				sql<{
					jit: string;
					pid: number;
				}>`select current_setting('jit') as jit, pg_backend_pid() as pid, pg_sleep(0.05)`
					.execute(db)
					.then((r) => r.rows[0])
			)
		);
		expect(new Set(settings.map((s) => s?.pid)).size).toBeGreaterThan(1);
		expect(settings.map((s) => s?.jit)).toEqual(Array(10).fill('off'));
	});
});
