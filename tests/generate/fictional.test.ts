import { plannedRows } from '../helpers/planner.js';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import {
	FICTIONAL_COUNTRY,
	generateFictional,
	removeFictional
} from '../../src/lib/server/generate/fictional.js';
import { pointDate } from '../../src/lib/dates.js';
import { createCase } from '../../src/lib/server/repositories/cases.js';
import { citeSource } from '../../src/lib/server/repositories/citations.js';
import { createSource } from '../../src/lib/server/repositories/sources.js';
import { createTestland } from '../repositories/fixtures.js';

describeEachDatabase('load-test data generator', ({ db, dialect }) => {
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

	it.runIf(dialect === 'postgres')(
		'leaves PostgreSQL statistics of what it wrote, so readers are planned for the rows there are',
		async () => {
			await generateFictional(db(), { cases: 400, seed: 5 });
			const { n } = await db()
				.selectFrom('cases')
				.select((eb) => eb.fn.countAll<number>().as('n'))
				.executeTakeFirstOrThrow();
			const estimate = await plannedRows(db(), ['cases', 'citations']);
			expect(estimate.cases).toBe(Number(n));
			expect(estimate.citations).toBeGreaterThan(Number(n));
		}
	);

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
		// Someone else's record, which neither generating nor removing may touch.
		const other = await createTestland(db(), 'XU');
		const source = await createSource(
			db(),
			{ title: 'XU monitor (fictional)', kind: 'report' },
			null
		);
		const kept = await createCase(
			db(),
			{
				country_id: other.id,
				title: 'Kept case (fictional)',
				case_type: 'prosecution',
				start: pointDate('2021')
			},
			null
		);
		await citeSource(db(), { source_id: source.id, record_type: 'case', record_id: kept.id }, null);
		const othersRows = async () => ({
			countries: await db()
				.selectFrom('countries')
				.select('id')
				.where('id', '=', other.id)
				.execute(),
			cases: await db()
				.selectFrom('cases')
				.select(['id', 'title'])
				.where('country_id', '=', other.id)
				.execute(),
			citations: await db()
				.selectFrom('citations')
				.select('id')
				.where('record_id', '=', kept.id)
				.execute(),
			sources: await db().selectFrom('sources').select('id').where('id', '=', source.id).execute()
		});
		const before = await othersRows();
		expect(before.cases).toEqual([{ id: kept.id, title: 'Kept case (fictional)' }]);
		expect(before.citations).toHaveLength(1);

		const fictionalCases = () =>
			db()
				.selectFrom('cases')
				.select(['id', 'title', 'start_text'])
				.where('country_id', '=', FICTIONAL_COUNTRY.id)
				.orderBy('id')
				.execute();
		await generateFictional(db(), { cases: 50, seed: 3 });
		const first = await fictionalCases();
		expect(first).toHaveLength(50);
		await generateFictional(db(), { cases: 50, seed: 3 });
		// Replaced, not added to: the same 50 rows again.
		expect(await fictionalCases()).toEqual(first);
		expect(await othersRows()).toEqual(before);

		await removeFictional(db());
		expect(
			await db().selectFrom('countries').select('id').where('code', '=', 'XT').execute()
		).toEqual([]);
		expect(await fictionalCases()).toEqual([]);
		expect(await othersRows()).toEqual(before);
	});
});
