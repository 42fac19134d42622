import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import {
	caseTemplate,
	exportCases,
	importCases,
	previewCaseImport
} from '../../src/lib/server/csv/case-csv.js';
import { CsvImportError } from '../../src/lib/server/csv/import-errors.js';
import { exportPledges, importPledges } from '../../src/lib/server/csv/pledge-csv.js';
import { citeSource } from '../../src/lib/server/repositories/citations.js';
import { createLink } from '../../src/lib/server/repositories/links.js';
import { searchRecords } from '../../src/lib/server/search/index.js';
import { csvRows, seedCsvFixture, seedTemplateSource, type CsvFixture } from './fixture.js';

const HEADER =
	'title,case_type,start,end,verification,themes,affected_actors,responsible_actors,laws';

function csv(...rows: string[]): string {
	return [HEADER, ...rows].join('\n') + '\n';
}

function goodRow(i: number): string {
	return `Fictional case ${i}: newspaper blocked,website_blocking,2021-05,ongoing,reported,expression;media,Testland Daily (fictional),Testville District Court,Article 1 on fictional extremism`;
}

describeEachDatabase('CSV import and export of cases', { fresh: 'test' }, ({ db }) => {
	let fx: CsvFixture;
	let other: CsvFixture;
	beforeEach(async () => {
		fx = await seedCsvFixture(db());
		other = await seedCsvFixture(db(), '2');
	});

	it('offers a template whose example row is a comment from the fictional country', async () => {
		const text = caseTemplate();
		const [header, note, example] = text.trimEnd().split('\n');
		expect(header).toBe(
			'title,case_type,start,end,start_note,end_note,place,description,outcome,verification,themes,affected_actors,responsible_actors,laws,sources'
		);
		expect(note).toMatch(/^# .*Testland/);
		expect(example).toMatch(/^# Fictional case/);
		const preview = await previewCaseImport(db(), text, { countryId: fx.countryId });
		expect(preview).toMatchObject({ ok: false, rowCount: 0, create: [] });
		expect(preview.errors[0]!.message).toMatch(/no rows/);
		// With the # removed, the example row is valid once the source it cites is recorded.
		await seedTemplateSource(db());
		const uncommented = text.replace('\n# Fictional', '\nFictional');
		const used = await previewCaseImport(db(), uncommented, { countryId: fx.countryId });
		expect(used.errors).toEqual([]);
		expect(used.create).toEqual([
			{
				row: 3,
				title: 'Fictional case: a regional newspaper website blocked',
				details: 'website_blocking, 2021-05, ongoing',
				sources: ['Testland press freedom report 2021 (fictional) (p. 4)']
			}
		]);
	});

	it('names the row, the column and the problem for every wrong cell', async () => {
		const preview = await previewCaseImport(
			db(),
			csv(
				goodRow(1),
				'Bad type,arson,2021,,,,,,',
				'Bad date,detention,2021-13,,,,,,',
				'Unknown actor,detention,2021,,,,Nobody Known,,',
				'Twin actor,detention,2021,,,,Common Name,,',
				'Backwards,imprisonment,2021,2019,,,,,',
				',detention,2021,,,,,,',
				'Bad theme and law,detention,2021,,maybe,arson-theme,,,No such law',
				'Too few cells,detention'
			),
			{ countryId: fx.countryId }
		);
		expect(preview.ok).toBe(false);
		expect(preview.create).toEqual([]);
		const found = preview.errors.map((e) => `${e.row}/${e.column}`);
		expect(found).toEqual([
			'3/case_type',
			'4/start',
			'5/affected_actors',
			'6/affected_actors',
			'7/end',
			'8/title',
			'9/verification',
			'10/null'
		]);
		const byRow = new Map(preview.errors.map((e) => [e.row, e.message]));
		expect(byRow.get(3)).toMatch(/"arson" is not allowed. Use one of: party_ban/);
		expect(byRow.get(4)).toMatch(/not a date/);
		expect(byRow.get(5)).toMatch(/No actor of this country is called "Nobody Known"/);
		expect(byRow.get(6)).toMatch(/Several actors are called "Common Name"/);
		expect(byRow.get(7)).toMatch(/end date comes before the start/);
		expect(byRow.get(8)).toMatch(/title/);
		expect(byRow.get(10)).toMatch(/Expected 9 cells/);
		// A row whose cells are each fine still has its names checked.
		const refs = await previewCaseImport(
			db(),
			csv('Bad refs,detention,2021,,,arson-theme,,,No such law'),
			{
				countryId: fx.countryId
			}
		);
		expect(refs.errors.map((e) => `${e.row}/${e.column}`)).toEqual(['2/themes', '2/laws']);
	});

	it('rejects a header it does not know', async () => {
		const preview = await previewCaseImport(db(), 'title,case_typo\nX,detention\n', {
			countryId: fx.countryId
		});
		expect(preview.errors).toEqual([
			expect.objectContaining({
				row: 1,
				column: 'case_typo',
				message: expect.stringMatching(/Unknown column/)
			}),
			expect.objectContaining({ row: 1, column: 'case_type', message: 'This column is missing.' })
		]);
	});

	it('creates nothing when one row in a thousand is wrong, and names that row', async () => {
		const rows = Array.from({ length: 1000 }, (_, i) => goodRow(i));
		rows[599] = 'Fictional case 599,detention,2021-02-30,,,,,,';
		const attempt = importCases(db(), csv(...rows), { countryId: fx.countryId, userId: fx.userId });
		await expect(attempt).rejects.toBeInstanceOf(CsvImportError);
		await expect(attempt).rejects.toThrow(/Row 601, column start/);
		const count = await db()
			.selectFrom('cases')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('country_id', '=', fx.countryId)
			.executeTakeFirstOrThrow();
		expect(Number(count.n)).toBe(0);
		const revisions = await db()
			.selectFrom('revisions')
			.select('id')
			.where('action', '=', 'import')
			.execute();
		expect(revisions).toEqual([]);
	});

	it('imports drafts by the importer, each with its join rows and an import revision', async () => {
		const rows = Array.from({ length: 1000 }, (_, i) => goodRow(i));
		const result = await importCases(db(), csv(...rows), {
			countryId: fx.countryId,
			userId: fx.userId
		});
		expect(result.created).toBe(1000);
		const cases = await db()
			.selectFrom('cases')
			.selectAll()
			.where('country_id', '=', fx.countryId)
			.execute();
		expect(cases).toHaveLength(1000);
		for (const c of cases) {
			expect(c).toMatchObject({
				status: 'draft',
				version: 1,
				created_by: fx.userId,
				updated_by: fx.userId,
				ongoing: 1
			});
			expect(c.start_precision).toBe('month');
			expect(c.start_earliest).toBe('2021-05-01');
		}
		const id = result.ids[0]!;
		const revision = await db()
			.selectFrom('revisions')
			.selectAll()
			.where('record_id', '=', id)
			.executeTakeFirstOrThrow();
		expect(revision).toMatchObject({
			record_type: 'case',
			action: 'import',
			version: 1,
			created_by: fx.userId
		});
		const snapshot = JSON.parse(revision.snapshot);
		expect(snapshot).toMatchObject({
			id,
			title: 'Fictional case 0: newspaper blocked',
			theme_ids: ['theme-expression', 'theme-media'],
			actors: [
				{ actor_id: 'actor-daily', role: 'affected', note: '' },
				{ actor_id: 'actor-court', role: 'responsible', note: '' }
			],
			laws: [{ law_id: 'law-extremism', note: '' }]
		});
		const revisionCount = await db()
			.selectFrom('revisions')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.where('action', '=', 'import')
			.executeTakeFirstOrThrow();
		expect(Number(revisionCount.n)).toBe(1000);
		// The search documents were built by the triggers, actor names included.
		const found = await searchRecords(db(), {
			q: 'Testville District Court',
			countryId: fx.countryId,
			types: ['case']
		});
		expect(found.total).toBe(1000);
	});

	it('exports a filtered list to CSV and JSON that imports back to the same cases', async () => {
		await importCases(
			db(),
			[
				'title,case_type,start,start_note,end,place,description,outcome,verification,themes',
				'"=HYPERLINK(""http://evil.example"")",detention,by 2021-11,"known only from a report, fictional",2022-01..2022-03,"Testville, fictional","Line one\nline two, with ""quotes""",released,verified,assembly',
				'"#hashtag protest dispersed",assembly_dispersal,2019-06-12,,,,,,corroborated,'
			].join('\n'),
			{ countryId: other.countryId, userId: other.userId }
		);
		const first = await exportCases(db(), { countryId: other.countryId }, 'csv');
		const rows = csvRows(first);
		// Oldest first: a date known only to precede November 2021 sorts by its latest day.
		expect(rows.map((r) => r.case_type)).toEqual(['assembly_dispersal', 'detention']);
		expect(rows[1]).toMatchObject({
			// A spreadsheet shows the formula as text; the importer takes the quote off again.
			title: `'=HYPERLINK("http://evil.example")`,
			start: 'by 2021-11',
			start_precision: 'before',
			end: '2022-01..2022-03',
			end_precision: 'range',
			themes: 'assembly'
		});
		// In the file itself the formula is defused and the hashtag is quoted.
		expect(first).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
		expect(first).toContain('"#hashtag protest dispersed"');

		const json = JSON.parse(
			await exportCases(db(), { countryId: other.countryId, caseType: 'detention' }, 'json')
		);
		expect(json).toHaveLength(1);
		expect(json[0]).toMatchObject({
			start: { text: '2021-11', precision: 'before', note: 'known only from a report, fictional' },
			end: { text: '2022-01..2022-03', precision: 'range', note: '' },
			ongoing: false,
			description: 'Line one\nline two, with "quotes"'
		});

		// Re-import the export into the other country and export again: the same cases.
		await db().deleteFrom('revisions').execute();
		const copy = await seedCsvFixture(db(), '3');
		await importCases(db(), first, { countryId: copy.countryId, userId: copy.userId });
		const second = await exportCases(db(), { countryId: copy.countryId }, 'csv');
		const strip = (text: string) =>
			csvRows(text).map(
				({ id: _id, country_code: _c, created_at: _a, updated_at: _u, ...rest }) => rest
			);
		expect(strip(second)).toEqual(strip(first));
	});

	it('exports each case with its citations (source and locator) and linked pledges', async () => {
		const own = await seedCsvFixture(db(), '4');
		const [caseId] = (
			await importCases(
				db(),
				'title,case_type,start,verification\nTestland blogger detained (fictional),detention,2021,reported\n',
				{ countryId: own.countryId, userId: own.userId }
			)
		).ids;
		const [pledgeId] = (
			await importPledges(db(), 'title,made\nFree Testland press (fictional),2020\n', {
				countryId: own.countryId,
				userId: own.userId
			})
		).ids;
		await db()
			.insertInto('sources')
			.values({
				id: 'csv-export-source',
				title: 'Testland Monitor report (fictional)',
				kind: 'report',
				created_at: '2024-01-01T00:00:00.000Z',
				updated_at: '2024-01-01T00:00:00.000Z'
			})
			.execute();
		await citeSource(
			db(),
			{ source_id: 'csv-export-source', record_type: 'case', record_id: caseId!, locator: 'p. 4' },
			own.userId
		);
		await createLink(
			db(),
			{
				kind: 'contradicted_by',
				from_type: 'pledge',
				from_id: pledgeId!,
				to_type: 'case',
				to_id: caseId!
			},
			own.userId
		);
		const rows = csvRows(await exportCases(db(), { countryId: own.countryId }, 'csv'));
		expect(rows[0]).toMatchObject({
			citations: 'Testland Monitor report (fictional) (p. 4)',
			pledges: 'Free Testland press (fictional)'
		});
		// The pledge export, the same way round: its citations and the cases linked to it.
		await citeSource(
			db(),
			{ source_id: 'csv-export-source', record_type: 'pledge', record_id: pledgeId! },
			own.userId
		);
		const pledgeRows = csvRows(await exportPledges(db(), { countryId: own.countryId }, 'csv'));
		expect(pledgeRows[0]).toMatchObject({
			citations: 'Testland Monitor report (fictional)',
			cases: 'Testland blogger detained (fictional)'
		});
	});
});
