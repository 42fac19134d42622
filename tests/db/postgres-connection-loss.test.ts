import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedReads } from '../../src/lib/server/db/connect.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';

/*
 * A PostgreSQL connection that ends while the app holds it (a restart, a failover, an
 * administrator ending backends) fails the work on it, never the process. node-postgres emits
 * 'error' on a client whose connection ends, and the pool listens only while the client is
 * idle in it: an error on a checked-out client with nobody listening is thrown out of the
 * socket's event and would crash the server (seen once in tests/operations/failures.test.ts:
 * "other side closed" on the first request of the outage). Here that throw would be an
 * unhandled error, which fails the run.
 */

const postgres = testDialects().includes('postgres');

describe.runIf(postgres)('a PostgreSQL connection lost while the app holds it', () => {
	let database: TestDatabase;
	let admin: pg.Client;
	beforeAll(async () => {
		database = await createTestDatabase('postgres');
		admin = new pg.Client({ connectionString: database.url });
		admin.on('error', () => undefined);
		await admin.connect();
	});
	afterAll(async () => {
		await admin?.end();
		await database?.drop();
	});

	const end = (pid: number) => admin.query('select pg_terminate_backend($1)', [pid]);
	const ended = () => new Promise((resolve) => setTimeout(resolve, 300));

	it('fails the transaction it was in, between two of its statements', async () => {
		const outcome = database.db.transaction().execute(async (trx) => {
			const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
			await end(rows[0]!.pid);
			await ended();
			await sql`select 1`.execute(trx);
		});
		await expect(outcome).rejects.toThrow(/terminat|not queryable/i);
		expect((await sql<{ one: number }>`select 1 as one`.execute(database.db)).rows).toEqual([
			{ one: 1 }
		]);
	});

	it('fails the read it was running, plain or batched', async () => {
		for (const db of [database.db, preparedReads(database.db)]) {
			const failed = expect(sql`select pg_sleep(5)`.execute(db)).rejects.toThrow(/terminat/i);
			// The read holds a connection (the pool's other ones are idle): end every one but ours.
			await new Promise((resolve) => setTimeout(resolve, 100));
			await admin.query(
				'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()'
			);
			await failed;
			await ended();
			expect((await sql<{ one: number }>`select 1 as one`.execute(db)).rows).toEqual([{ one: 1 }]);
		}
	});
});
