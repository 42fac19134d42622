import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { preparedReads, type DB } from '../../src/lib/server/db/connect.js';
import { combine, outermost, renumber } from '../../src/lib/server/db/read-batch.js';
import { batchedAndPlain } from '../helpers/batched-databases.js';
import { testDialects } from '../helpers/databases.js';

/*
 * On PostgreSQL the marked reads (preparedReads) issued together go as one statement
 * (src/lib/server/db/read-batch.ts): each read's parameters renumbered, each caller given its
 * own rows as the read alone would give them, a failing read's error to its own caller only.
 */

const postgres = testDialects().includes('postgres');

/* How many reads a statement carries: a combined one names each `as q(...)`. */
const readsIn = (text: string) => text.match(/\) as q\(c0/g)?.length ?? 1;

describe('renumbering a read for a combined statement', () => {
	it('moves every placeholder, the tenth and later too', () => {
		expect(renumber('select $1, $2, $10 where a = $12', 3)).toBe(
			'select $4, $5, $13 where a = $15'
		);
		expect(renumber('select $1', 0)).toBe('select $1');
	});

	it('leaves strings, quoted names and comments as they are', () => {
		expect(renumber(`select '$1', 'it''s $2', "a$3""b", $1 /* $4 */ -- $5\n, $2`, 10)).toBe(
			`select '$1', 'it''s $2', "a$3""b", $11 /* $4 */ -- $5\n, $12`
		);
	});

	it('refuses what it cannot read for sure', () => {
		expect(() => renumber('select $$ $1 $$', 1)).toThrow(/dollar-quoted/);
		expect(() => renumber(`select E'\\' $1'`, 1)).toThrow(/E''/);
		expect(() => renumber(`select 'open`, 1)).toThrow(/unclosed/);
	});

	it('finds the order of the whole read, not of its parts', () => {
		const ordered = (text: string) => /\border\s+by\b/i.test(outermost(text));
		expect(ordered('select a from t order by a')).toBe(true);
		expect(ordered('with x as (select 1 order by 1) select * from x')).toBe(false);
		expect(
			ordered('select row_number() over (order by a) from (select a from t order by a) q')
		).toBe(false);
		expect(ordered(`select 'order by' as "order by" /* order by */ from t`)).toBe(false);
		expect(ordered('select * from (select 1) q where a = $1 order by "q"."a" limit $2')).toBe(true);
	});

	it('combines reads as one JSON column each, parameters after the ones before', () => {
		expect(
			combine([
				{ text: 'select /* prepared */ a, b from t where x = $1', columns: [0, 0], parameters: 1 },
				{
					text: 'select /* prepared */ c from u where y = $1 and z = $2',
					columns: [0],
					parameters: 2
				}
			])
		).toBe(
			`select /* prepared */ ` +
				`(select coalesce(json_agg(json_build_array(q.c0::text, q.c1::text)), '[]'::json) from (select /* prepared */ a, b from t where x = $1) as q(c0, c1)) as "0", ` +
				`(select coalesce(json_agg(json_build_array(q.c0::text)), '[]'::json) from (select /* prepared */ c from u where y = $2 and z = $3) as q(c0)) as "1"`
		);
	});
});

describe.runIf(postgres)('batched reads on PostgreSQL', () => {
	/* The statements the batched reads sent, each as the number of reads it carried. */
	let statements: number[] = [];
	const dbs = batchedAndPlain((text, isBatched) => {
		if (isBatched) statements.push(readsIn(text));
	});

	/* A read of many types: int8 as a number, numeric as a string, timestamptz as a Date, ... */
	const typed = (db: DB, n: number) =>
		preparedReads(db)
			.selectNoFrom([
				sql<number>`${n}::int8 * 3`.as('big'),
				sql<string>`(${n}::int8 * 1000000000000)::numeric / 7`.as('ratio'),
				sql<Date>`timestamptz '2026-03-04 05:06:07.891234+02' + make_interval(days => ${n}::int)`.as(
					'at'
				),
				sql<boolean>`${n}::int % 2 = 0`.as('even'),
				sql<null>`null::text`.as('nothing'),
				sql<unknown>`json_build_object('n', ${n}::int, 's', 'a"b\\c')`.as('doc'),
				sql<unknown>`jsonb_build_array(${n}::int, 'x')`.as('docb'),
				sql<string[]>`array['a,b', ${String(n)}, null]`.as('list'),
				sql<number[]>`array[${n}::int, 2]`.as('ints'),
				sql<number>`${n}::float8 / 3`.as('fraction'),
				sql<string>`date '2026-01-31' + ${n}::int`.as('day'),
				sql<string>`'tab\tline\nquote''' || ${String(n)}`.as('text'),
				sql<string>`'first'`.as('same'),
				sql<string>`'second'`.as('same')
			])
			.execute();

	/* Rows in the read's own order, from a generated series filtered by ten or more values. */
	const many = (db: DB, values: number[]) =>
		preparedReads(db)
			.selectFrom(sql<{ i: number }>`generate_series(1, 40)`.as('s'))
			.select(sql<number>`s::int8`.as('i'))
			.where(sql.ref('s'), 'in', values)
			.orderBy(sql`s`, 'desc')
			.execute();

	const none = (db: DB) =>
		preparedReads(db)
			.selectFrom(sql<{ i: number }>`generate_series(1, 3)`.as('s'))
			.select(sql<number>`s::int8`.as('i'))
			.where(sql.ref('s'), '>', sql<number>`${10}::int`)
			.execute();

	const together = (db: DB) =>
		Promise.all([
			typed(db, 4),
			many(db, [3, 14, 15, 9, 26, 5, 35, 8, 37, 2, 39, 1]),
			typed(db, 7),
			none(db)
		]);

	it('answer each caller with its own rows, as the reads alone do', async () => {
		const expected = await together(dbs.plain);
		// The first run learns each read's columns (each alone); then they go together.
		expect(await together(dbs.batched)).toEqual(expected);
		statements = [];
		const answer = await together(dbs.batched);
		expect(statements).toEqual([4]);
		expect(answer).toEqual(expected);
		expect(answer[1].map((r) => r.i)).toEqual([39, 37, 35, 26, 15, 14, 9, 8, 5, 3, 2, 1]);
		expect(answer[3]).toEqual([]);
		expect(answer[0][0]).toMatchObject({ big: 12, even: true, nothing: null, same: 'second' });
		expect(Object.keys(answer[0][0]!)).toEqual(Object.keys(expected[0][0]!));
		expect(answer[0][0]!.at).toBeInstanceOf(Date);
		expect(typeof answer[0][0]!.ratio).toBe('string');
	});

	it('keep reads in no set order together only while they give one row', async () => {
		// Rows in no set order come as the plan makes them, which a combined statement can change.
		const unordered = (db: DB, n: number) =>
			preparedReads(db)
				.selectFrom(sql<{ s: number }>`generate_series(1, ${n}::int)`.as('s'))
				.select(sql<number>`s::int8`.as('i'))
				.execute();
		const run = (db: DB, n: number) => Promise.all([typed(db, 1), unordered(db, n)]);
		await run(dbs.batched, 1);
		statements = [];
		expect(await run(dbs.batched, 1)).toEqual(await run(dbs.plain, 1));
		expect(statements).toEqual([2]);
		// Three rows from the combined statement: answered by the read alone, and alone from then on.
		statements = [];
		expect(await run(dbs.batched, 3)).toEqual(await run(dbs.plain, 3));
		expect(statements).toEqual([2, 1]);
		statements = [];
		expect(await run(dbs.batched, 1)).toEqual(await run(dbs.plain, 1));
		expect(statements).toEqual([1, 1]);
	});

	it('send a read issued alone as it is', async () => {
		await typed(dbs.batched, 1);
		statements = [];
		expect(await typed(dbs.batched, 2)).toEqual(await typed(dbs.plain, 2));
		expect(statements).toEqual([1]);
	});

	it('batch the later reads of branches together too', async () => {
		const branch = async (db: DB, n: number) => {
			const [first] = await typed(db, n);
			return many(db, [first!.big, first!.big + 1]);
		};
		const both = (db: DB) => Promise.all([branch(db, 2), branch(db, 3), none(db)]);
		await both(dbs.batched);
		statements = [];
		expect(await both(dbs.batched)).toEqual(await both(dbs.plain));
		expect(statements).toEqual([3, 2]);
	});

	it("reject only the failing read's caller, with its own error", async () => {
		// A read that divides by its value: known from a good run, then failing in a batch.
		const dividing = (db: DB, by: number) =>
			preparedReads(db)
				.selectNoFrom(sql<number>`12 / (${by}::int)`.as('n'))
				.execute();
		const run = (db: DB, by: number) =>
			Promise.allSettled([typed(db, 5), dividing(db, by), none(db)]);
		await run(dbs.batched, 4);
		statements = [];
		expect((await run(dbs.batched, 4))[1]).toEqual({ status: 'fulfilled', value: [{ n: 3 }] });
		expect(statements).toEqual([3]);
		statements = [];
		const [good, bad, empty] = await run(dbs.batched, 0);
		// The combined statement failed; each read then ran alone.
		expect(statements).toEqual([3, 1, 1, 1]);
		expect(good).toEqual({ status: 'fulfilled', value: await typed(dbs.plain, 5) });
		expect(bad.status).toBe('rejected');
		expect((bad as PromiseRejectedResult).reason.message).toMatch(/division by zero/);
		expect(empty).toEqual({ status: 'fulfilled', value: [] });
		// Each caller is answered, and the connection is usable afterwards.
		expect(await together(dbs.batched)).toEqual(await together(dbs.plain));
	});

	it('keep a transaction’s reads on the transaction', async () => {
		await dbs.batched.transaction().execute(async (trx) => {
			await sql`create temporary table seen (n int) on commit drop`.execute(trx);
			await sql`insert into seen values (7)`.execute(trx);
			const [rows] = await Promise.all([
				preparedReads(trx)
					.selectFrom(sql<{ n: number }>`seen`.as('s'))
					.select('n')
					.execute(),
				typed(trx, 1)
			]);
			expect(rows).toEqual([{ n: 7 }]);
		});
	});
});
