import { beforeEach, expect, it } from 'vitest';
import { beforeDate, pointDate, rangeDate } from '../../src/lib/dates.js';
import type { Country, Theme } from '../../src/lib/server/db/schema.js';
import { createActor, type ActorRecord } from '../../src/lib/server/repositories/actors.js';
import {
	countCases,
	createCase,
	deleteCase,
	findCase,
	getCase,
	listCases,
	restoreCase,
	setCaseStatus,
	updateCase,
	type CaseInput
} from '../../src/lib/server/repositories/cases.js';
import { ValidationError } from '../../src/lib/server/repositories/errors.js';
import { createLaw } from '../../src/lib/server/repositories/laws.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { createTestland, createTestThemes } from './fixtures.js';

describeEachDatabase('cases repository', { fresh: 'test' }, ({ db }) => {
	let country: Country;
	let other: Country;
	let themes: { assembly: Theme; expression: Theme };
	let victim: ActorRecord;
	let police: ActorRecord;
	let lawId: string;
	const ids: Record<string, string> = {};
	/** Makes a case (by no one, as an import does) and gives its id. */
	const addCase = async (input: CaseInput) => (await createCase(db(), input, null)).id;

	beforeEach(async () => {
		country = await createTestland(db());
		other = await createTestland(db(), 'XU');
		themes = await createTestThemes(db());
		victim = await createActor(
			db(),
			{ kind: 'person', name: 'Test Blogger (fictional)', country_id: country.id },
			null
		);
		police = await createActor(
			db(),
			{ kind: 'state_body', name: 'Test Police (fictional)', country_id: country.id },
			null
		);
		lawId = (
			await createLaw(
				db(),
				{
					country_id: country.id,
					title: 'Test "false information" article',
					law_status: 'in_force'
				},
				null
			)
		).id;

		// Three precisions in one year, plus a span and an undated case.
		ids.year = await addCase({
			country_id: country.id,
			title: 'Year-precise case',
			case_type: 'prosecution',
			start: pointDate('2021'),
			verification: 'verified',
			theme_ids: [themes.expression.id],
			actors: [
				{ actor_id: victim.id, role: 'affected' },
				{ actor_id: police.id, role: 'responsible', note: 'arrested' }
			],
			laws: [{ law_id: lawId, note: 'charged under it' }]
		});
		ids.may = await addCase({
			country_id: country.id,
			title: 'May case',
			case_type: 'assembly_dispersal',
			start: pointDate('2021-05'),
			theme_ids: [themes.assembly.id]
		});
		ids.before = await addCase({
			country_id: country.id,
			title: 'Case known only by November',
			case_type: 'detention',
			start: beforeDate('2021-11', 'reported without a date in a November 2021 source')
		});
		ids.span = await addCase({
			country_id: country.id,
			title: 'Long ban',
			case_type: 'party_ban',
			start: pointDate('2018-03-13'),
			ongoing: true,
			verification: 'corroborated'
		});
		ids.sentence = await addCase({
			country_id: country.id,
			title: 'Sentence served',
			case_type: 'imprisonment',
			start: rangeDate('2016-01', '2016-03', 'derived from a five-year sentence'),
			end: pointDate('2021-02'),
			actors: [{ actor_id: victim.id, role: 'affected' }]
		});
		ids.undated = await addCase({
			country_id: country.id,
			title: 'Undated case',
			case_type: 'other'
		});
		ids.elsewhere = await addCase({
			country_id: other.id,
			title: 'Case in the other test country',
			case_type: 'prosecution',
			start: pointDate('2021-06-01')
		});
	});

	const titles = async (filters: Parameters<typeof listCases>[1]) =>
		(await listCases(db(), filters)).map((c) => c.title);

	it('returns a case with its actors, laws and themes', async () => {
		const found = await getCase(db(), ids.year!);
		expect(found).toMatchObject({
			title: 'Year-precise case',
			start_text: '2021',
			start_precision: 'year',
			start_earliest: '2021-01-01',
			start_latest: '2021-12-31',
			theme_ids: [themes.expression.id],
			laws: [{ law_id: lawId, note: 'charged under it' }]
		});
		expect(found.actors).toEqual([
			{ actor_id: victim.id, role: 'affected', note: '' },
			{ actor_id: police.id, role: 'responsible', note: 'arrested' }
		]);
		expect((await findCase(db(), ids.year!))?.id).toBe(ids.year);
	});

	it('orders dates of different precision by earliest then latest day', async () => {
		const dated = await titles({ country_id: country.id });
		expect(dated).toEqual([
			'Sentence served',
			'Long ban',
			'Year-precise case',
			'May case',
			'Case known only by November',
			'Undated case'
		]);
		const newestFirst = await titles({ country_id: country.id, sort: 'date_desc' });
		expect(newestFirst).toEqual([
			'Case known only by November',
			'May case',
			'Year-precise case',
			'Long ban',
			'Sentence served',
			'Undated case'
		]);
		expect((await titles({ country_id: country.id, sort: 'title' }))[0]).toBe(
			'Case known only by November'
		);
	});

	it('filters by date window, counting spans and ongoing cases that reach into it', async () => {
		// Nov-Dec 2021: the "before" case may fall there; the year case may; the ban is ongoing.
		expect(await titles({ country_id: country.id, from: '2021-11-01', to: '2021-12-31' })).toEqual([
			'Long ban',
			'Year-precise case',
			'Case known only by November'
		]);
		// 2019: the spans cover it, and a date known only to precede November 2021 may fall there.
		expect(await titles({ country_id: country.id, from: '2019-01-01', to: '2019-12-31' })).toEqual([
			'Sentence served',
			'Long ban',
			'Case known only by November'
		]);
		// After the source's date, the "before" case is out.
		expect(await titles({ country_id: country.id, from: '2022-01-01' })).toEqual(['Long ban']);
		expect(await titles({ country_id: country.id, to: '2017-12-31' })).toEqual([
			'Sentence served',
			'Case known only by November'
		]);
	});

	it('filters by country, type, verification, theme, actor, law and ongoing', async () => {
		expect(await titles({ country_id: other.id })).toEqual(['Case in the other test country']);
		expect(await titles({ case_type: ['party_ban', 'imprisonment'] })).toEqual([
			'Sentence served',
			'Long ban'
		]);
		expect(await titles({ case_type: [] })).toEqual([]);
		expect(await titles({ verification: 'verified' })).toEqual(['Year-precise case']);
		expect(await titles({ theme_id: themes.assembly.id })).toEqual(['May case']);
		expect(await titles({ actor_id: victim.id })).toEqual(['Sentence served', 'Year-precise case']);
		expect(await titles({ actor_id: police.id, actor_role: 'affected' })).toEqual([]);
		expect(await titles({ law_id: lawId })).toEqual(['Year-precise case']);
		expect(await titles({ ongoing: true })).toEqual(['Long ban']);
		expect(await titles({ q: 'BAN' })).toEqual(['Long ban']);
		expect(await countCases(db(), { country_id: country.id })).toBe(6);
		expect(await countCases(db(), { case_type: 'prosecution' })).toBe(2);
	});

	it('pages and filters by workflow status and trash', async () => {
		expect(await titles({ country_id: country.id, limit: 2, offset: 1 })).toEqual([
			'Long ban',
			'Year-precise case'
		]);
		expect(await titles({ country_id: country.id, offset: 4 })).toEqual([
			'Case known only by November',
			'Undated case'
		]);
		await setCaseStatus(db(), ids.may!, 1, 'published', null);
		expect(await titles({ status: 'published' })).toEqual(['May case']);
		expect(await titles({ status: ['draft', 'in_review'], country_id: other.id })).toEqual([
			'Case in the other test country'
		]);
		await deleteCase(db(), ids.undated!, null);
		expect(await titles({ country_id: country.id })).not.toContain('Undated case');
		expect(await titles({ deleted: 'only' })).toEqual(['Undated case']);
		expect(await titles({ country_id: country.id, deleted: 'include' })).toContain('Undated case');
		expect(await countCases(db(), { deleted: 'only' })).toBe(1);
		await restoreCase(db(), ids.undated!, null);
		expect(await countCases(db(), { deleted: 'only' })).toBe(0);
	});

	it('replaces only the relations given in an update', async () => {
		const updated = await updateCase(
			db(),
			ids.year!,
			1,
			{ actors: [{ actor_id: police.id, role: 'responsible' }], outcome: 'Fined' },
			null
		);
		expect(updated.actors).toEqual([{ actor_id: police.id, role: 'responsible', note: '' }]);
		expect(updated.laws).toEqual([{ law_id: lawId, note: 'charged under it' }]);
		expect(updated.theme_ids).toEqual([themes.expression.id]);
		expect(updated).toMatchObject({ outcome: 'Fined', version: 2 });
		const cleared = await updateCase(db(), ids.year!, 2, { laws: [], start: null }, null);
		expect(cleared).toMatchObject({ laws: [], start_text: null, start_earliest: null });
	});

	it('checks what the database cannot', async () => {
		const base = { country_id: country.id, title: 'Invalid', case_type: 'detention' as const };
		await expect(
			createCase(db(), { ...base, start: pointDate('2021-05'), end: pointDate('2020') }, null)
		).rejects.toMatchObject({ fields: { end: 'The end date comes before the start date.' } });
		await expect(
			createCase(db(), { ...base, ongoing: true, end: pointDate('2022') }, null)
		).rejects.toMatchObject({ fields: { end: expect.stringContaining('ongoing') } });
		// The rule holds against the stored row: the ban is ongoing, so it cannot get an end.
		await expect(updateCase(db(), ids.span!, 1, { end: pointDate('2022') }, null)).rejects.toThrow(
			ValidationError
		);
		await expect(
			createCase(db(), { ...base, title: ' ', case_type: 'riot' as 'other' }, null)
		).rejects.toMatchObject({
			fields: { title: 'Title cannot be empty.', case_type: expect.stringContaining('one of') }
		});
		await expect(
			createCase(
				db(),
				{ ...base, actors: [{ actor_id: victim.id, role: 'witness' as 'affected' }] },
				null
			)
		).rejects.toMatchObject({ fields: { 'actors.0.role': expect.any(String) } });
		await expect(createCase(db(), { ...base, country_id: 'nowhere' }, null)).rejects.toMatchObject({
			fields: { country_id: expect.stringContaining('nowhere') }
		});
	});
});
