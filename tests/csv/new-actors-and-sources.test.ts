import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { caseTemplate, importCases, previewCaseImport } from '../../src/lib/server/csv/case-csv.js';
import { CsvImportError } from '../../src/lib/server/csv/import-errors.js';
import { importPledges, previewPledgeImport } from '../../src/lib/server/csv/pledge-csv.js';
import { createSource } from '../../src/lib/server/repositories/sources.js';
import { listRevisions } from '../../src/lib/server/repositories/revisions.js';
import { seedCsvFixture, type CsvFixture } from './fixture.js';

/*
 * The CSV import creates, as the case form does, the actors a file names by kind and name
 * that are not yet recorded (drafts, listed in the preview with their kind), and cites
 * existing sources from a `sources` column ("title or id | locator", separated by ";") as
 * unpublished citations written by the importer. An unknown or ambiguous source, or one
 * failing row anywhere, writes nothing at all. Fictional Testland data only.
 */

const HEADER = 'title,case_type,start,end,affected_actors,responsible_actors,sources';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';

describeEachDatabase('CSV import: new actors and sources', { fresh: 'test' }, ({ db }) => {
	let fx: CsvFixture;
	let reportId: string;
	let rulingId: string;

	const countOf = async (table: 'actors' | 'cases' | 'citations') =>
		Number(
			(
				await db()
					.selectFrom(table)
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);

	beforeEach(async () => {
		fx = await seedCsvFixture(db(), '-sources');
		reportId = (
			await createSource(
				db(),
				{ title: 'Testland press report 2021 (fictional)', kind: 'report' },
				fx.userId
			)
		).id;
		rulingId = (
			await createSource(db(), { title: 'Shared title (fictional)', kind: 'court_document' }, null)
		).id;
		await createSource(db(), { title: 'Shared title (fictional)', kind: 'article' }, null);
	});

	it('documents the sources column and the kind prefix for new actors in the template', () => {
		const [header, , example] = caseTemplate().trimEnd().split('\n');
		expect(header?.split(',')).toContain('sources');
		expect(caseTemplate()).toMatch(/"person: Jane Doe"/);
		expect(example).toMatch(/\| p\. 4/);
	});

	it('previews the actors it will create, with their kind and rows, and the sources each row cites', async () => {
		const preview = await previewCaseImport(
			db(),
			csv(
				`Editor detained (fictional),detention,2021,,person: Jana Example,Testville District Court,Testland press report 2021 (fictional) | p. 4; ${rulingId} | para. 3`,
				'Editor fined (fictional),prosecution,2021,,Person: jana example;media outlet: Testland Weekly (fictional),,testland press report 2021 (fictional)'
			),
			{ countryId: fx.countryId }
		);
		expect(preview.errors).toEqual([]);
		expect(preview.ok).toBe(true);
		expect(preview.newActors).toEqual([
			{ name: 'Jana Example', kind: 'person', rows: [2, 3] },
			{ name: 'Testland Weekly (fictional)', kind: 'media', rows: [3] }
		]);
		expect(preview.create.map((c) => c.sources)).toEqual([
			['Testland press report 2021 (fictional) (p. 4)', 'Shared title (fictional) (para. 3)'],
			['Testland press report 2021 (fictional)']
		]);
		// A preview writes nothing.
		const actors = await db()
			.selectFrom('actors')
			.select('id')
			.where('name', '=', 'Jana Example')
			.execute();
		expect(actors).toEqual([]);
	});

	it('creates the new actors as drafts with a revision, and unpublished citations by the importer', async () => {
		const result = await importCases(
			db(),
			csv(
				`Editor detained (fictional),detention,2021,,person: Jana Example,,Testland press report 2021 (fictional) | p. 4; ${rulingId} | para. 3`,
				'Editor fined (fictional),prosecution,2021,,Jana Example,,'
			),
			{ countryId: fx.countryId, userId: fx.userId }
		);
		expect(result.created).toBe(2);
		expect(result.actorIds).toHaveLength(1);
		const actor = await db()
			.selectFrom('actors')
			.selectAll()
			.where('id', '=', result.actorIds[0]!)
			.executeTakeFirstOrThrow();
		expect(actor).toMatchObject({
			name: 'Jana Example',
			kind: 'person',
			country_id: fx.countryId,
			status: 'draft',
			created_by: fx.userId,
			published_at: null
		});
		// Audited as the form's actors are: a create revision in the importer's name.
		const revisions = await listRevisions(db(), 'actor', actor.id);
		expect(revisions.map((r) => [r.action, r.created_by])).toEqual([['create', fx.userId]]);
		// Both rows name the same new person: made once, linked twice.
		const links = await db()
			.selectFrom('case_actors')
			.select(['case_id', 'role'])
			.where('actor_id', '=', actor.id)
			.execute();
		expect(links.map((l) => l.case_id).sort()).toEqual([...result.ids].sort());
		const citations = await db()
			.selectFrom('citations')
			.selectAll()
			.where('record_id', 'in', result.ids)
			.orderBy('locator')
			.execute();
		expect(citations).toHaveLength(2);
		expect(
			citations.map((c) => [c.record_type, c.source_id, c.locator, c.created_by, c.published_at])
		).toEqual([
			['case', reportId, 'p. 4', fx.userId, null],
			['case', rulingId, 'para. 3', fx.userId, null]
		]);
	});

	it('names the row, column, value and fix for an unknown or ambiguous source, and writes nothing', async () => {
		const before = await Promise.all([countOf('actors'), countOf('cases'), countOf('citations')]);
		const file = csv(
			'Fine row with a new person (fictional),detention,2021,,person: Nobody Yet,,Testland press report 2021 (fictional)',
			'Unknown source (fictional),detention,2021,,,,No such report | p. 1',
			'Ambiguous source (fictional),detention,2021,,,,Shared title (fictional)',
			'Two kinds (fictional),detention,2021,,ngo: Nobody Yet,,',
			'No kind (fictional),detention,2021,,Unrecorded Person,,'
		);
		const preview = await previewCaseImport(db(), file, { countryId: fx.countryId });
		expect(preview.ok).toBe(false);
		expect(preview.newActors).toEqual([]);
		expect(preview.errors.map((e) => `${e.row}/${e.column}`)).toEqual([
			'3/sources',
			'4/sources',
			'5/affected_actors',
			'6/affected_actors'
		]);
		const [unknown, ambiguous, twoKinds, noKind] = preview.errors.map((e) => e.message);
		expect(unknown).toMatch(/No source has the id or title "No such report"\. Add the source/);
		expect(ambiguous).toMatch(/Several sources are titled "Shared title \(fictional\)" \(ids /);
		expect(ambiguous).toContain(rulingId);
		expect(ambiguous).toMatch(/write the id of the one you mean/);
		expect(twoKinds).toMatch(/"Nobody Yet" is given as ngo here but as person in row 2/);
		expect(noKind).toMatch(/create it as a draft, as in "person: Unrecorded Person"/);

		await expect(
			importCases(db(), file, { countryId: fx.countryId, userId: fx.userId })
		).rejects.toThrow(CsvImportError);
		await expect(
			importCases(db(), file, { countryId: fx.countryId, userId: fx.userId })
		).rejects.toThrow(/Row 3, column sources: No source has the id or title "No such report"/);
		const after = await Promise.all([countOf('actors'), countOf('cases'), countOf('citations')]);
		expect(after).toEqual(before);
	});

	it('creates a pledge’s new maker and cites its sources the same way', async () => {
		const file =
			'title,made,made_by,sources\n' +
			'Reform pledged (fictional),2021-11,state_body: Testland Ministry of Information (fictional),Testland press report 2021 (fictional) | p. 7\n';
		const preview = await previewPledgeImport(db(), file, { countryId: fx.countryId });
		expect(preview.newActors).toEqual([
			{ name: 'Testland Ministry of Information (fictional)', kind: 'state_body', rows: [2] }
		]);
		const result = await importPledges(db(), file, { countryId: fx.countryId, userId: fx.userId });
		const pledge = await db()
			.selectFrom('pledges')
			.select(['made_by_actor_id'])
			.where('id', '=', result.ids[0]!)
			.executeTakeFirstOrThrow();
		expect(pledge.made_by_actor_id).toBe(result.actorIds[0]);
		const citation = await db()
			.selectFrom('citations')
			.select(['record_type', 'locator', 'published_at'])
			.where('record_id', '=', result.ids[0]!)
			.executeTakeFirstOrThrow();
		expect(citation).toEqual({ record_type: 'pledge', locator: 'p. 7', published_at: null });
	});
});
