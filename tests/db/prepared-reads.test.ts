import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedReads, type DB } from '../../src/lib/server/db/connect.js';
import { readShape } from '../../src/lib/server/db/read-shape.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';

/*
 * Reads marked by preparedReads (src/lib/server/db/connect.ts) are kept prepared on their
 * PostgreSQL connection, one statement per SQL text and only so many per connection; other
 * reads are not. SQLite reuses every statement already, so its SQL is left as it is.
 */

const postgres = testDialects().includes('postgres');

/* The statements this session (one pooled connection, held by the transaction) keeps. */
const kept = async (db: DB) =>
	(
		await sql<{
			statement: string;
		}>`select statement from pg_prepared_statements order by prepare_time`.execute(db)
	).rows.map((r) => r.statement);

describe('prepared reads', () => {
	const databases: TestDatabase[] = [];
	beforeAll(async () => {
		for (const dialect of testDialects()) databases.push(await createTestDatabase(dialect));
	});
	afterAll(async () => {
		for (const database of databases) await database.drop();
	});

	it('leave SQLite statements as they are', () => {
		const sqlite = databases.find((d) => d.dialect === 'sqlite')!.db;
		const query = sqlite.selectFrom('countries').select('code');
		expect(preparedReads(sqlite).selectFrom('countries').select('code').compile().sql).toBe(
			query.compile().sql
		);
	});

	it.runIf(postgres)('keep marked reads prepared on PostgreSQL, once per text', async () => {
		const db = databases.find((d) => d.dialect === 'postgres')!.db;
		await db.transaction().execute(async (trx) => {
			const read = (code: string) =>
				preparedReads(trx)
					.selectNoFrom([sql<string>`lower(${code})`.as('code'), sql<number>`1`.as('one')])
					.execute();
			expect(await read('XT')).toEqual([{ code: 'xt', one: 1 }]);
			expect(await read('KZ')).toEqual([{ code: 'kz', one: 1 }]);
			// An unmarked read runs as before.
			expect((await trx.selectFrom('countries').select('code').execute()).length).toBe(0);
			const statements = await kept(trx);
			expect(statements).toHaveLength(1);
			expect(statements[0]).toBe('select /* prepared */ lower($1) as "code", 1 as "one"');
		});
	});

	it.runIf(postgres)('keep marked reads that begin with a common table expression', async () => {
		const db = databases.find((d) => d.dialect === 'postgres')!.db;
		await db.transaction().execute(async (trx) => {
			const read = (database: DB, code: string) =>
				database
					.with('asked', (w) => w.selectNoFrom(sql<string>`lower(${code})`.as('code')))
					.selectFrom('asked')
					.select('asked.code')
					.execute();
			expect(await read(preparedReads(trx), 'XT')).toEqual([{ code: 'xt' }]);
			expect(await read(preparedReads(trx), 'KZ')).toEqual([{ code: 'kz' }]);
			// Unmarked, the same read is not kept.
			expect(await read(trx, 'KZ')).toEqual([{ code: 'kz' }]);
			// (The connection may hold earlier tests' statements too.)
			expect((await kept(trx)).filter((s) => s.startsWith('with '))).toEqual([
				'with "asked" as (select lower($1) as "code") select /* prepared */ "asked"."code" from "asked"'
			]);
		});
	});

	it.runIf(postgres)(
		'give one marked handle per database, so reads compiled once stay so',
		async () => {
			const db = databases.find((d) => d.dialect === 'postgres')!.db;
			expect(preparedReads(db)).toBe(preparedReads(db));
			let builds = 0;
			const upper = readShape((database, p: { code: string }) => {
				builds++;
				return database.selectNoFrom(sql<string>`upper(${p.code})`.as('code'));
			});
			expect(await upper.execute(preparedReads(db), { code: 'xt' })).toEqual([{ code: 'XT' }]);
			expect(await upper.execute(preparedReads(db), { code: 'kz' })).toEqual([{ code: 'KZ' }]);
			expect(builds).toBe(1);
			expect(upper.compile(preparedReads(db), { code: 'kz' }).sql).toBe(
				'select /* prepared */ upper($1) as "code"'
			);
		}
	);

	it.runIf(postgres)('prepare no more than 200 texts on a connection', async () => {
		const db = databases.find((d) => d.dialect === 'postgres')!.db;
		await db.transaction().execute(async (trx) => {
			const answers = [];
			for (let n = 0; n < 205; n++) {
				const row = await preparedReads(trx)
					.selectNoFrom(sql<number>`${sql.lit(n)}::int`.as('n'))
					.execute();
				answers.push(row[0]?.n);
			}
			expect(answers).toEqual(Array.from({ length: 205 }, (_, n) => n));
			expect(await kept(trx)).toHaveLength(200);
		});
	});
});
