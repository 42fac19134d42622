import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import {
	CsvImportError,
	exportPledges,
	importPledges,
	pledgeTemplate,
	previewPledgeImport
} from '../../src/lib/server/csv/index.js';
import { csvRows, seedCsvFixture, seedTemplateSource, type CsvFixture } from './fixture.js';

const HEADER = 'title,made,made_note,made_by,deadline,themes,laws';

describeEachDatabase('CSV import and export of pledges', { fresh: 'test' }, ({ db }) => {
	let fx: CsvFixture;
	beforeEach(async () => {
		fx = await seedCsvFixture(db());
	});

	it('offers a template with the documented header and a commented example row that imports', async () => {
		const text = pledgeTemplate();
		const [header, , example] = text.trimEnd().split('\n');
		// Spelled out, not derived from the importer's own column list: files people have made
		// from the template must keep importing.
		expect(header).toBe(
			'title,made,made_note,promise,made_by,occasion,deadline,description,themes,laws,sources'
		);
		expect(example).toMatch(/^# Fictional pledge/);
		const asIs = await previewPledgeImport(db(), text, { countryId: fx.countryId });
		expect(asIs).toMatchObject({ ok: false, rowCount: 0, create: [] });
		// With the # removed, the example row is a pledge the importer accepts, once the source
		// it cites is recorded.
		await seedTemplateSource(db());
		const uncommented = text.replace('\n# Fictional', '\nFictional');
		const used = await previewPledgeImport(db(), uncommented, { countryId: fx.countryId });
		expect(used.errors).toEqual([]);
		expect(used.create).toHaveLength(1);
		expect(used.create[0]!.title).toMatch(/^Fictional pledge/);
	});

	it('names the row and column of each problem', async () => {
		const preview = await previewPledgeImport(
			db(),
			[
				HEADER,
				'Fine,2021-11,,Testland Daily (fictional),2024-12-31,assembly,Article 1 on fictional extremism',
				'No date,,,,,,',
				'Bad deadline,2021,,,2024-12,,',
				'Deadline first,2021,,,2020-01-01,,',
				'Unknown speaker,2021,,Nobody Known,,,'
			].join('\n'),
			{ countryId: fx.countryId }
		);
		expect(preview.errors.map((e) => `${e.row}/${e.column}`)).toEqual([
			'3/made',
			'4/deadline',
			'5/deadline',
			'6/made_by'
		]);
		expect(preview.errors[1]!.message).toMatch(/not a day/);
	});

	it('creates nothing when one row is wrong, and everything as drafts with revisions when all are right', async () => {
		const good = Array.from(
			{ length: 300 },
			(_, i) => `Fictional pledge ${i},2021-11,,Testland Daily (fictional),,assembly,`
		);
		const bad = [...good];
		bad[150] = 'Fictional pledge 150,someday,,,,,';
		await expect(
			importPledges(db(), [HEADER, ...bad].join('\n'), {
				countryId: fx.countryId,
				userId: fx.userId
			})
		).rejects.toThrow(CsvImportError);
		expect(await db().selectFrom('pledges').select('id').execute()).toEqual([]);

		const result = await importPledges(db(), [HEADER, ...good].join('\n'), {
			countryId: fx.countryId,
			userId: fx.userId
		});
		expect(result.created).toBe(300);
		const pledge = await db()
			.selectFrom('pledges')
			.selectAll()
			.where('id', '=', result.ids[0]!)
			.executeTakeFirstOrThrow();
		expect(pledge).toMatchObject({
			status: 'draft',
			created_by: fx.userId,
			made_by_actor_id: 'actor-daily',
			made_precision: 'month'
		});
		const revision = await db()
			.selectFrom('revisions')
			.selectAll()
			.where('record_id', '=', pledge.id)
			.executeTakeFirstOrThrow();
		expect(revision.action).toBe('import');
		expect(JSON.parse(revision.snapshot)).toMatchObject({
			law_ids: [],
			theme_ids: ['theme-assembly']
		});
	});

	it('exports with the current rating and re-imports what it exported', async () => {
		await importPledges(
			db(),
			[
				HEADER,
				...Array.from(
					{ length: 300 },
					(_, i) => `Fictional pledge ${i},2021-11,,Testland Daily (fictional),,assembly,`
				)
			].join('\n'),
			{ countryId: fx.countryId, userId: fx.userId }
		);
		const pledge = await db()
			.selectFrom('pledges')
			.select('id')
			.where('title', '=', 'Fictional pledge 7')
			.executeTakeFirstOrThrow();
		await db()
			.insertInto('pledge_assessments')
			.values({
				id: 'assessment-csv',
				pledge_id: pledge.id,
				rating: 'stalled',
				assessed_on: '2023-01-01',
				rationale: 'Fictional rationale.',
				created_at: '2023-01-01T00:00:00.000Z',
				updated_at: '2023-01-01T00:00:00.000Z',
				created_by: null,
				updated_by: null
			})
			.execute();
		const csv = await exportPledges(db(), { countryId: fx.countryId, rating: 'stalled' }, 'csv');
		const rows = csvRows(csv);
		expect(rows).toEqual([
			expect.objectContaining({
				title: 'Fictional pledge 7',
				made: '2021-11',
				made_precision: 'month',
				made_by: 'Testland Daily (fictional)',
				themes: 'assembly',
				rating: 'stalled'
			})
		]);
		const json = JSON.parse(await exportPledges(db(), { countryId: fx.countryId }, 'json'));
		expect(json).toHaveLength(300);
		const preview = await previewPledgeImport(db(), csv, { countryId: fx.countryId });
		expect(preview).toMatchObject({ ok: true, errors: [], rowCount: 1 });
	});
});
