import { describe, expect, it } from 'vitest';
import { createDb, limitsAsSums } from '../../src/lib/server/db/connect.js';

/*
 * SQLite prepares a statement again on every run when a bound LIMIT or OFFSET may steer its
 * plan, so the statement cache prepares each bound LIMIT and OFFSET as a sum (connect.ts). The
 * text it prepares, and the rows such a read gives.
 */
describe('bound limits prepared as sums on SQLite', () => {
	it('writes each bound LIMIT and OFFSET as a sum, subqueries too, and nothing else', () => {
		const db = createDb({ kind: 'sqlite', file: ':memory:' });
		const { sql } = db
			.selectFrom('cases')
			.select('id')
			.where('id', 'in', db.selectFrom('cases').select('id').limit(3).offset(2))
			.limit(5)
			.offset(10)
			.compile();
		expect(limitsAsSums(sql)).toBe(
			'select "id" from "cases" where "id" in (select "id" from "cases" limit ? + 0 offset ? + 0) limit ? + 0 offset ? + 0'
		);
		// Already a sum, a literal, or a column named like the keyword: left as they are.
		expect(limitsAsSums('select 1 limit ? + 0 offset ? + 0')).toBe(
			'select 1 limit ? + 0 offset ? + 0'
		);
		expect(limitsAsSums('select 1 limit 1')).toBe('select 1 limit 1');
		expect(limitsAsSums('select "limit" from "t" where "offset" = ?')).toBe(
			'select "limit" from "t" where "offset" = ?'
		);
	});

	it('pages as a bound LIMIT and OFFSET would, run after run on one kept statement', async () => {
		const db = createDb({ kind: 'sqlite', file: ':memory:' });
		const numbers = db
			.selectFrom(
				db
					.selectNoFrom((eb) => eb.val(0).as('n'))
					.unionAll(
						Array.from({ length: 9 }, (_, i) => db.selectNoFrom((eb) => eb.val(i + 1).as('n')))
					)
					.as('numbers')
			)
			.select('n')
			.orderBy('n');
		for (const [limit, offset] of [
			[3, 0],
			[3, 3],
			[4, 8],
			[2, 20]
		] as const) {
			const rows = await numbers.limit(limit).offset(offset).execute();
			expect(rows.map((r) => r.n)).toEqual(
				Array.from({ length: 10 }, (_, i) => i).slice(offset, offset + limit)
			);
		}
		await db.destroy();
	});
});
