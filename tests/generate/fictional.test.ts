import { expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import {
	FICTIONAL_COUNTRY,
	generateFictional,
	removeFictional
} from '../../src/lib/server/generate/fictional.js';

describeEachDatabase('load-test data generator', ({ db }) => {
	it('makes a fictional, labelled country with the requested number of records', async () => {
		const made = await generateFictional(db(), { cases: 300, pledges: 10, engagements: 20 });
		expect(made).toMatchObject({ cases: 300, pledges: 10, engagements: 20 });
		const country = await db()
			.selectFrom('countries')
			.selectAll()
			.where('code', '=', 'XT')
			.executeTakeFirstOrThrow();
		expect(country.is_fictional).toBe(1);
		expect(country.name).toContain('fictional');
		const { n } = await db()
			.selectFrom('cases')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('country_id', '=', FICTIONAL_COUNTRY.id)
			.executeTakeFirstOrThrow();
		expect(Number(n)).toBe(300);
	});

	it('cites every generated record and keeps dates at their precision', async () => {
		await generateFictional(db(), { cases: 200, seed: 7 });
		const uncited = await db()
			.selectFrom('cases')
			.select('id')
			.where('country_id', '=', FICTIONAL_COUNTRY.id)
			.where(({ not, exists, selectFrom }) =>
				not(
					exists(
						selectFrom('citations')
							.select('citations.id')
							.whereRef('citations.record_id', '=', 'cases.id')
							.where('citations.record_type', '=', 'case')
					)
				)
			)
			.execute();
		expect(uncited).toEqual([]);
		const precisions = await db()
			.selectFrom('cases')
			.select('start_precision')
			.distinct()
			.where('country_id', '=', FICTIONAL_COUNTRY.id)
			.execute();
		expect(precisions.map((p) => p.start_precision).sort()).toEqual(['day', 'month', 'year']);
	});

	it('is repeatable and replaces its own data only', async () => {
		await generateFictional(db(), { cases: 50, seed: 3 });
		const first = await db()
			.selectFrom('cases')
			.select(['id', 'title', 'start_text'])
			.orderBy('id')
			.execute();
		await generateFictional(db(), { cases: 50, seed: 3 });
		const second = await db()
			.selectFrom('cases')
			.select(['id', 'title', 'start_text'])
			.orderBy('id')
			.execute();
		expect(second).toEqual(first);
		await removeFictional(db());
		expect(
			await db().selectFrom('countries').select('id').where('code', '=', 'XT').execute()
		).toEqual([]);
		expect(await db().selectFrom('cases').select('id').execute()).toEqual([]);
	});
});
