import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { dialectOf, type DB } from '../../src/lib/server/db/connect.js';
import { readShape } from '../../src/lib/server/db/read-shape.js';
import { describeEachDatabase } from '../helpers/databases.js';

/*
 * A ReadShape (src/lib/server/db/read-shape.ts) compiles a read once per shape and binds each
 * call's values into it. Whatever it keeps, the text and parameters must be the ones Kysely
 * compiles from the same builder and values, call after call, shape after shape, and the rows
 * those of the query run directly.
 */

type Params = {
	code: string;
	codes: readonly string[] | undefined;
	limit: number | undefined;
	offset: number | undefined;
};

/* Optional parts, an `in` list, a value used twice, a sub-query, limit and offset, raw sql. */
const build = (db: DB, p: Params) =>
	db
		.selectFrom('countries')
		.where('countries.status', '=', 'published')
		.where((eb) =>
			eb.or([
				eb(eb.fn('upper', ['countries.code']), '=', p.code),
				eb('countries.name', '=', p.code)
			])
		)
		.$if(p.codes !== undefined, (q) => q.where('countries.code', 'in', [...(p.codes ?? [])]))
		.where('countries.id', 'in', (eb) =>
			eb
				.selectFrom('countries as c')
				.where(sql<boolean>`${sql.ref('c.region')} <> ${'nowhere'}`)
				.select('c.id')
		)
		.$if(dialectOf(db) === 'sqlite', (q) =>
			q.where(sql<boolean>`+${sql.ref('countries.id')} <> ${''}`)
		)
		.$if(p.limit !== undefined, (q) => q.limit(p.limit ?? 0).offset(p.offset ?? 0))
		.select(['countries.id', 'countries.code', 'countries.name'])
		.orderBy('countries.code');

const read = readShape(build);

const CALLS: Params[] = [
	{ code: 'XT', codes: undefined, limit: undefined, offset: undefined },
	{ code: 'KZ', codes: undefined, limit: undefined, offset: undefined },
	{ code: 'XT', codes: ['XT', 'KZ'], limit: 5, offset: 0 },
	{ code: 'KZ', codes: ['KZ', 'XT'], limit: 1, offset: 1 },
	{ code: 'KZ', codes: ['KZ'], limit: 2, offset: 0 },
	{ code: 'XT', codes: ['AA', 'XT'], limit: 3, offset: 0 },
	{ code: 'Country AA', codes: ['XT', 'KZ', 'AA'], limit: undefined, offset: undefined }
];

describeEachDatabase('a read compiled once per shape', ({ db }) => {
	beforeAll(async () => {
		await db()
			.insertInto('countries')
			.values(
				['XT', 'KZ', 'AA'].map((code, i) => ({
					id: `country-${i}`,
					code,
					name: `Country ${code}`,
					region: 'Central Asia',
					status: 'published',
					created_at: '2026-01-01T00:00:00.000Z',
					updated_at: '2026-01-01T00:00:00.000Z'
				}))
			)
			.execute();
	});

	it('compiles the text and parameters Kysely compiles, call after call', () => {
		for (let round = 0; round < 2; round++) {
			for (const params of CALLS) {
				const direct = build(db(), params).compile();
				const bound = read.compile(db(), params);
				expect(bound.sql).toBe(direct.sql);
				expect(bound.parameters).toEqual(direct.parameters);
			}
		}
	});

	it('returns the rows of the query run directly', async () => {
		for (const params of CALLS) {
			const rows = await read.execute(db(), params);
			expect(rows).toEqual(await build(db(), params).execute());
			expect(await read.executeTakeFirst(db(), params)).toEqual(rows[0]);
		}
		// Each call's own values: the same shape, other rows.
		const codes = async (params: Params) => (await read.execute(db(), params)).map((r) => r.code);
		expect(await codes(CALLS[0]!)).toEqual(['XT']);
		expect(await codes(CALLS[1]!)).toEqual(['KZ']);
		expect(await codes(CALLS[2]!)).toEqual(['XT']);
		expect(await codes(CALLS[3]!)).toEqual([]);
		expect(await codes(CALLS[6]!)).toEqual(['AA']);
	});

	it('stays right past the shapes it keeps', async () => {
		for (let n = 1; n <= 70; n++) {
			const params = { ...CALLS[0]!, codes: Array.from({ length: n }, (_, i) => `c${i}`) };
			expect(read.compile(db(), params).parameters).toEqual(
				build(db(), params).compile().parameters
			);
		}
		expect(await read.execute(db(), { ...CALLS[0]!, codes: ['XT'] })).toHaveLength(1);
	});

	it('refuses a builder that reads a value instead of passing it on', () => {
		const sum = readShape((db: DB, p: { limit: number }) =>
			db
				.selectFrom('countries')
				.select('id')
				.limit(p.limit + 1)
		);
		expect(() => sum.compile(db(), { limit: 1 })).toThrow(/"limit" was read/);
		const written = readShape((db: DB, p: { code: string }) =>
			db
				.selectFrom('countries')
				.select('id')
				.where(
					sql<boolean>`${sql.ref('code')} = ${sql.raw(`'${p.code}'`)} or ${sql.ref('code')} = ${p.code}`
				)
		);
		expect(() => written.compile(db(), { code: 'XT' })).toThrow(/"code" was read/);
		const unused = readShape((db: DB, p: { code: string; region: string }) =>
			db.selectFrom('countries').select('id').where('code', '=', p.code)
		);
		expect(() => unused.compile(db(), { code: 'XT', region: 'x' })).toThrow(
			/"region" is not a parameter/
		);
		// Cut, or written into the text as a literal: refused as well.
		const sliced = readShape((db: DB, p: { day: string }) =>
			db.selectNoFrom(sql<string>`${p.day.slice(0, 7)}`.as('month'))
		);
		expect(() => sliced.compile(db(), { day: '2021-05-01' })).toThrow();
		const literal = readShape((db: DB, p: { day: string }) =>
			db.selectNoFrom(sql<string>`${sql.lit(p.day)}`.as('day'))
		);
		expect(() => literal.compile(db(), { day: '2021-05-01' })).toThrow();
	});

	it('builds a keyed shape once, with the text and rows of the read built afresh', async () => {
		type Shape = { upper: boolean };
		type Values = { code: string; names: readonly string[] };
		const text = (value: string) => sql<string>`cast(${value} as text)`;
		const direct = (database: DB, { code, names }: Values, { upper }: Shape) =>
			database.selectNoFrom([
				sql<string>`${sql.raw(upper ? 'upper' : 'lower')}(${text(code)})`.as('code'),
				sql<string>`${sql.join(
					names.map((n) => text(n)),
					sql` || ',' || `
				)}`.as('names'),
				sql<string>`${text('fixed')}`.as('fixed')
			]);
		const built: string[] = [];
		const keyed = readShape(
			(database: DB, values: Values, shape: Shape) => {
				built.push(`${shape.upper}:${values.names.length}`);
				return direct(database, values, shape);
			},
			({ upper }) => String(upper)
		);
		const calls: [Values, Shape][] = [
			[{ code: 'xt', names: ['a', 'b'] }, { upper: true }],
			[{ code: 'kz', names: ['c', 'd'] }, { upper: true }],
			[{ code: 'XT', names: ['e', 'f'] }, { upper: false }],
			[{ code: 'am', names: ['g', 'h', 'i'] }, { upper: true }],
			[{ code: 'GE', names: ['j', 'k'] }, { upper: false }]
		];
		for (const [values, shape] of calls) {
			const fresh = direct(db(), values, shape);
			expect(keyed.compile(db(), values, shape).sql).toBe(fresh.compile().sql);
			expect(await keyed.execute(db(), values, shape)).toEqual(await fresh.execute());
		}
		expect(await keyed.execute(db(), { code: 'md', names: ['x', 'y'] }, { upper: true })).toEqual([
			{ code: 'MD', names: 'x,y', fixed: 'fixed' }
		]);
		// Once per shape and length of a list, then never again.
		expect(built).toEqual(['true:2', 'false:2', 'true:3']);
	});
});
