import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { saveRecord } from '../../src/lib/server/workspace/editing.js';
import { caseKind } from '../../src/lib/server/workspace/kinds/case.js';
import { getCase } from '../../src/lib/server/repositories/cases.js';
import { getActor } from '../../src/lib/server/repositories/actors.js';
import { recordHistory, restoreRevision } from '../../src/lib/server/workspace/history.js';
import { emptyTrash, listTrash } from '../../src/lib/server/workspace/trash.js';
import { KINDS } from '../../src/lib/server/workspace/kinds/index.js';
import type { Actor } from '../../src/lib/server/policy.js';
import { addUser, formOf, testland } from './fixture.js';

describeEachDatabase('workspace editing', { fresh: 'test' }, ({ db }) => {
	let researcher: Actor;
	let countryId: string;

	beforeEach(async () => {
		researcher = await addUser(db(), 'researcher', 'Rita Test');
		({
			country: { id: countryId }
		} = await testland(db(), researcher.userId!));
	});

	const caseForm = (extra: Record<string, string | string[]> = {}) =>
		formOf({
			title: 'Testland journalist detained (fictional)',
			case_type: 'detention',
			country_id: countryId,
			place: 'Testville',
			start: '2021-05',
			end: '',
			verification: 'reported',
			...extra
		});

	it('returns every error beside its field, with everything typed filled in again', async () => {
		const outcome = await saveRecord(
			db(),
			caseKind,
			caseForm({
				title: '  ',
				start: 'May 2021',
				end: 'sometime',
				theme_ids__add: 'No such theme'
			}),
			{ userId: researcher.userId }
		);
		expect(outcome.kind).toBe('invalid');
		if (outcome.kind !== 'invalid') return;
		expect(outcome.errors.title).toBe('Title is required.');
		expect(outcome.errors.start).toMatch(/"May 2021" is not a date\. Write a year/);
		expect(outcome.errors.end).toMatch(/Or write "ongoing"/);
		expect(outcome.values.start).toBe('May 2021');
		expect(outcome.values.end).toBe('sometime');
		expect(outcome.values.place).toBe('Testville');
		expect(outcome.values.case_type).toBe('detention');
	});

	it('names typed without JavaScript that match nothing are refused beside the field', async () => {
		const outcome = await saveRecord(
			db(),
			caseKind,
			caseForm({ theme_ids__add: 'No such theme' }),
			{ userId: researcher.userId, confirmedNotDuplicate: true }
		);
		expect(outcome.kind).toBe('invalid');
		if (outcome.kind !== 'invalid') return;
		expect(outcome.errors.theme_ids).toMatch(/no theme is called "No such theme"/);
		expect(outcome.values.theme_ids__add).toBe('No such theme');
	});

	it('stores the precision typed, "ongoing" as an open end, and makes actors created in place', async () => {
		const outcome = await saveRecord(
			db(),
			caseKind,
			caseForm({ end: 'ongoing', affected: 'new:person:Test Person A (fictional)' }),
			{ userId: researcher.userId }
		);
		expect(outcome.kind).toBe('saved');
		if (outcome.kind !== 'saved') return;
		const saved = await getCase(db(), outcome.id);
		expect(saved.start_text).toBe('2021-05');
		expect(saved.start_precision).toBe('month');
		expect(saved.start_earliest).toBe('2021-05-01');
		expect(saved.start_latest).toBe('2021-05-31');
		expect(saved.ongoing).toBe(1);
		expect(saved.end_text).toBeNull();
		expect(saved.actors).toHaveLength(1);
		const actor = await getActor(db(), saved.actors[0]!.actor_id);
		expect(actor.name).toBe('Test Person A (fictional)');
		expect(actor.kind).toBe('person');
		expect(actor.country_id).toBe(countryId);
	});

	it('warns of a likely duplicate before saving, and saves once confirmed', async () => {
		const existing = await saveRecord(db(), caseKind, caseForm(), {
			userId: researcher.userId,
			confirmedNotDuplicate: true
		});
		expect(existing.kind).toBe('saved');
		const form = () =>
			caseForm({ title: 'Journalist detained in Testland (fictional)', start: '2021-06' });
		const first = await saveRecord(db(), caseKind, form(), { userId: researcher.userId });
		expect(first.kind).toBe('duplicates');
		if (first.kind !== 'duplicates') return;
		expect(first.candidates.map((c) => c.title)).toContain(
			'Testland journalist detained (fictional)'
		);
		expect(first.values.title).toBe('Journalist detained in Testland (fictional)');
		const confirmed = await saveRecord(db(), caseKind, form(), {
			userId: researcher.userId,
			confirmedNotDuplicate: true
		});
		expect(confirmed.kind).toBe('saved');
	});

	it('warns across related types when the same person was affected in an overlapping period', async () => {
		const save = (extra: Record<string, string>, confirmed = false) =>
			saveRecord(db(), caseKind, caseForm({ place: '', ...extra }), {
				userId: researcher.userId,
				confirmedNotDuplicate: confirmed
			});
		const imprisoned = await save(
			{
				title: 'Tess Testova imprisoned for peaceful protest (fictional)',
				case_type: 'imprisonment',
				start: '2016',
				end: '2021',
				affected: 'new:person:Tess Testova (fictional)'
			},
			true
		);
		if (imprisoned.kind !== 'saved') throw new Error(imprisoned.kind);
		const tess = (await getCase(db(), imprisoned.id)).actors[0]!.actor_id;
		const other = await save(
			{
				title: 'Rally organiser held in North Testville (fictional)',
				case_type: 'detention',
				start: '2016',
				affected: 'new:person:Oleg Otherov (fictional)'
			},
			true
		);
		if (other.kind !== 'saved') throw new Error(other.kind);

		// A detention of the same person in the same year, under another title and type.
		const jailed = await save({
			title: 'Tess Testova jailed (fictional)',
			case_type: 'detention',
			start: '2016',
			affected: tess
		});
		expect(jailed.kind).toBe('duplicates');
		if (jailed.kind !== 'duplicates') return;
		expect(jailed.candidates.map((c) => c.id)).toEqual([imprisoned.id]);

		// Unrelated: someone else detained that year; the same person charged years before;
		// an unrelated type in the same year.
		for (const extra of <Record<string, string>[]>[
			{
				title: 'Student detained after a march (fictional)',
				start: '2016',
				affected: 'new:person:Sam Student (fictional)'
			},
			{
				title: 'Tess Testova charged (fictional)',
				case_type: 'prosecution',
				start: '2010',
				affected: tess
			},
			{ title: 'News site blocked (fictional)', case_type: 'website_blocking', start: '2016' }
		]) {
			const outcome = await save({ case_type: 'detention', ...extra });
			expect(outcome.kind, extra.title).toBe('saved');
		}
	});

	it('a second save against the same version gets the conflict, with both versions and nothing lost', async () => {
		const created = await saveRecord(
			db(),
			caseKind,
			caseForm({ title: 'Conflict test case (fictional)' }),
			{ userId: researcher.userId, confirmedNotDuplicate: true }
		);
		if (created.kind !== 'saved') throw new Error(created.kind);
		const id = created.id;
		const other = await addUser(db(), 'researcher', 'Sam Test');
		const mine = await saveRecord(
			db(),
			caseKind,
			caseForm({ title: 'Conflict test case (fictional)', place: 'North Testville', version: '1' }),
			{ userId: researcher.userId, id }
		);
		expect(mine.kind).toBe('saved');
		const theirs = await saveRecord(
			db(),
			caseKind,
			caseForm({ title: 'Conflict test case (fictional)', outcome: 'Released', version: '1' }),
			{ userId: other.userId, id }
		);
		expect(theirs.kind).toBe('conflict');
		if (theirs.kind !== 'conflict') return;
		expect(theirs.currentVersion).toBe(2);
		expect(theirs.values.outcome).toBe('Released');
		expect(theirs.current.place).toBe('North Testville');
		const fields = theirs.changes.map((c) => c.field);
		expect(fields).toEqual(expect.arrayContaining(['place', 'outcome']));
		// Merging: the same form saved against the current version goes through.
		const merged = await saveRecord(
			db(),
			caseKind,
			caseForm({
				title: 'Conflict test case (fictional)',
				place: 'North Testville',
				outcome: 'Released',
				version: '2'
			}),
			{ userId: other.userId, id }
		);
		expect(merged.kind).toBe('saved');
		const after = await getCase(db(), id);
		expect([after.place, after.outcome, after.version]).toEqual(['North Testville', 'Released', 3]);
	});

	it('shows history field by field and restores an earlier version as a new one', async () => {
		const created = await saveRecord(
			db(),
			caseKind,
			caseForm({ title: 'History test case (fictional)', start: '2019' }),
			{ userId: researcher.userId, confirmedNotDuplicate: true }
		);
		if (created.kind !== 'saved') throw new Error(created.kind);
		const id = created.id;
		await saveRecord(
			db(),
			caseKind,
			caseForm({
				title: 'History test case, renamed (fictional)',
				start: '2019-03',
				case_type: 'imprisonment',
				version: '1'
			}),
			{ userId: researcher.userId, id }
		);
		const { entries } = await recordHistory(db(), caseKind, id);
		expect(entries.map((e) => e.version)).toEqual([2, 1]);
		const change = entries[0]!.changes.find((c) => c.field === 'start');
		expect(change).toMatchObject({ label: 'Start', before: '2019', after: '2019-03' });
		// Chosen options read as the form shows them, not as stored ids or codes.
		expect(entries[0]!.changes.find((c) => c.field === 'case_type')).toMatchObject({
			before: 'Detention',
			after: 'Imprisonment'
		});
		const v1 = entries.find((e) => e.version === 1)!;
		const country = v1.changes.find((c) => c.field === 'country_id');
		expect(country?.after).toMatch(/^Testland/);
		expect(country?.after).not.toBe(countryId);
		await restoreRevision(db(), caseKind, id, v1.revisionId, 2, researcher.userId);
		const restored = await getCase(db(), id);
		expect(restored.title).toBe('History test case (fictional)');
		expect(restored.start_text).toBe('2019');
		expect(restored.version).toBe(3);
		const again = await recordHistory(db(), caseKind, id);
		expect(again.entries).toHaveLength(3);
	});

	it('deleting moves to the trash; restoring brings it back; emptying removes it for good', async () => {
		const created = await saveRecord(
			db(),
			caseKind,
			caseForm({ title: 'Trash test case (fictional)' }),
			{ userId: researcher.userId, confirmedNotDuplicate: true }
		);
		if (created.kind !== 'saved') throw new Error(created.kind);
		const id = created.id;
		await caseKind.remove(db(), id, researcher.userId, 1);
		expect((await listTrash(db(), KINDS)).map((t) => t.id)).toContain(id);
		await expect(caseKind.get(db(), id)).rejects.toThrow(/No case/);
		await caseKind.restore(db(), id, researcher.userId);
		expect((await caseKind.get(db(), id)).deleted_at).toBeNull();
		await caseKind.remove(db(), id, researcher.userId);
		const { removed } = await emptyTrash(db(), KINDS);
		expect(removed).toBeGreaterThanOrEqual(1);
		await expect(caseKind.get(db(), id, { includeDeleted: true })).rejects.toThrow(/No case/);
		expect(await listTrash(db(), KINDS)).toEqual([]);
	});
});
