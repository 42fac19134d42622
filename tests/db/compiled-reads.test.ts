import { sql, type SelectQueryBuilder } from 'kysely';
import { expect, it } from 'vitest';
import { compiledRead } from '../../src/lib/server/db/compiled-reads.js';
import { preparedReads, type DB } from '../../src/lib/server/db/connect.js';
import type { Database } from '../../src/lib/server/db/schema.js';
import { describeEachDatabase } from '../helpers/databases.js';

/*
 * compiledRead (src/lib/server/db/compiled-reads.ts) builds and compiles a read once per shape
 * and database, then binds each call's values: the answers must be those of the read built
 * afresh, the builder must not run again for a shape it has compiled, and a builder that does
 * more with a value than bind it must be refused rather than kept with the first call's value.
 */

const text = (value: string) => sql<string>`cast(${value} as text)`;

describeEachDatabase('compiled reads', ({ db }) => {
	it("answers each call's values as the read built afresh does, building once per shape", async () => {
		const build = (
			database: DB,
			{ upper }: { upper: boolean },
			{ code, names }: { code: string; names: readonly string[] }
		) => {
			const fn = upper ? 'upper' : 'lower';
			return database.selectNoFrom([
				sql<string>`${sql.raw(fn)}(${text(code)})`.as('code'),
				sql<string>`${sql.join(
					names.map((n) => text(n)),
					sql` || ',' || `
				)}`.as('names'),
				sql<string>`${text('fixed')}`.as('fixed')
			]);
		};
		const built: string[] = [];
		const read = compiledRead(
			'test',
			({ upper }: { upper: boolean }) => String(upper),
			(
				database: DB,
				shape: { upper: boolean },
				values: { code: string; names: readonly string[] }
			) => {
				built.push(`${shape.upper}:${values.names.length}`);
				return build(database, shape, values);
			}
		);

		const cases = [
			[{ upper: true }, { code: 'xt', names: ['a', 'b'] }],
			[{ upper: true }, { code: 'kz', names: ['c', 'd'] }],
			[{ upper: false }, { code: 'XT', names: ['e', 'f'] }],
			[{ upper: true }, { code: 'am', names: ['g', 'h', 'i'] }],
			[{ upper: true }, { code: 'ge', names: ['j', 'k'] }]
		] as const;
		for (const [shape, values] of cases) {
			const fresh = await build(db(), shape, values).execute();
			expect(await read(db(), shape, values)).toEqual(fresh);
		}
		expect(await read(db(), { upper: true }, { code: 'md', names: ['x', 'y'] })).toEqual([
			{ code: 'MD', names: 'x,y', fixed: 'fixed' }
		]);
		// Each shape (and length of a list) built twice when first asked for (the check), then
		// never again.
		expect(built).toEqual(['true:2', 'true:2', 'false:2', 'false:2', 'true:3', 'true:3']);
	});

	it('binds numbers, and keeps a read without a value apart from one with it', async () => {
		const read = compiledRead(
			'optional',
			() => '',
			(database: DB, _shape: null, { day, n }: { day?: string; n: number }) =>
				database.selectNoFrom([
					(day === undefined ? sql<string>`${text('none')}` : sql<string>`${text(day)}`).as('day'),
					sql<number>`${n} + 0`.as('n')
				])
		);
		expect(await read(db(), null, { day: '2021-05-01', n: 2 })).toEqual([
			{ day: '2021-05-01', n: 2 }
		]);
		expect(await read(db(), null, { day: undefined, n: 3 })).toEqual([{ day: 'none', n: 3 }]);
		expect(await read(db(), null, { day: '2022-01-01', n: 4 })).toEqual([
			{ day: '2022-01-01', n: 4 }
		]);
	});

	it('keeps a read per database and plugins, so a marked PostgreSQL read stays marked', async () => {
		const read = compiledRead(
			'marked',
			() => '',
			(database: DB, _shape: null, { code }: { code: string }) =>
				database.selectNoFrom(sql<string>`lower(${text(code)})`.as('code'))
		);
		expect(await read(db(), null, { code: 'XT' })).toEqual([{ code: 'xt' }]);
		expect(await read(preparedReads(db()), null, { code: 'KZ' })).toEqual([{ code: 'kz' }]);
	});

	it('refuses a builder that does more with a value than bind it', async () => {
		const refused: ((
			database: DB,
			values: { day: string }
		) => SelectQueryBuilder<Database, never, Record<string, string>>)[] = [
			(database: DB, { day }: { day: string }) =>
				database.selectNoFrom(sql<string>`${text(day.slice(0, 7))}`.as('month')),
			(database: DB, { day }: { day: string }) =>
				database.selectNoFrom(sql<string>`${sql.lit(day)}`.as('day')),
			(database: DB, { day }: { day: string }) =>
				database.selectNoFrom(sql<string>`${text(day < '2000' ? 'old' : 'new')}`.as('age')),
			(database: DB, { day: _day }: { day: string }) =>
				database.selectNoFrom(sql<string>`${text('unbound')}`.as('day'))
		];
		for (const [i, build] of refused.entries()) {
			const read = compiledRead(
				`refused${i}`,
				() => '',
				(database: DB, _shape: null, values: { day: string }) => build(database, values)
			);
			await expect(read(db(), null, { day: '2021-05-01' })).rejects.toThrow(
				/bound parameters only/
			);
		}
	});
});
