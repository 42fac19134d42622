import { expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { answerList } from '../../src/lib/server/http/open-data.js';
import { getPublicCase } from '../../src/lib/server/public/details.js';
import { getActor } from '../../src/lib/server/repositories/actors.js';
import { getCase } from '../../src/lib/server/repositories/cases.js';
import { saveRecord } from '../../src/lib/server/workspace/editing.js';
import { caseKind } from '../../src/lib/server/workspace/kinds/case.js';
import { lawKind } from '../../src/lib/server/workspace/kinds/law.js';
import { recordPanel } from '../../src/lib/server/workspace/record-page.js';
import { moveRecord, WorkflowRefusal } from '../../src/lib/server/workspace/workflow.js';
import type { Actor } from '../../src/lib/server/policy.js';
import { formOf, saveDraft, testlandNewsroom } from './fixture.js';

/*
 * Publishing a record that names unpublished records (a person created in the case form):
 * refused with their names, or published together, each under the four-eyes rule and with
 * what it lacks named. The public side is read through the case page's loader and the API.
 * Fictional Testland data only.
 */

describeEachDatabase('publishing with linked drafts', ({ db }) => {
	const room = testlandNewsroom(
		db,
		{ researcher: ['researcher', 'Rita Linked'], editor: ['editor', 'Eddie Linked'] },
		{ published: true }
	);
	let n = 0;

	/** A cited draft case by `author` naming a person created in the form, as the browser posts it. */
	async function caseWithNewPerson(author: Actor, extra: Record<string, string> = {}) {
		n += 1;
		const person = `Linked Prisoner ${n} (fictional)`;
		const fields = {
			title: `Linked case ${n} (fictional)`,
			case_type: 'imprisonment',
			country_id: room.countryId,
			start: '2020',
			end: 'ongoing',
			verification: 'reported',
			affected: `new:person:${person}`,
			...extra
		};
		const id = await saveDraft(db(), caseKind, fields, author, {
			sourceId: room.sourceId,
			locator: 'p. 1'
		});
		const record = await getCase(db(), id);
		return {
			id,
			person,
			personId: record.actors.find((a) => a.role === 'affected')!.actor_id
		};
	}

	const publish = async (id: string, actor: Actor, withLinked?: boolean) =>
		moveRecord(db(), caseKind, id, (await caseKind.get(db(), id)).version, 'publish', {
			actor,
			withLinked
		});

	async function refusal(promise: Promise<unknown>): Promise<string> {
		const error = await promise.then(
			() => null,
			(e: unknown) => e
		);
		expect(error).toBeInstanceOf(WorkflowRefusal);
		return (error as Error).message;
	}

	async function apiAffected(caseId: string): Promise<string[]> {
		const url = new URL('http://localhost/api/v1/cases?country=xt&limit=200');
		const response = await answerList(db(), new Request(url), url, 'cases', 'json');
		const body = (await response.json()) as {
			data: { id: string; affected: { name: string }[] }[];
		};
		expect(response.status).toBe(200);
		return body.data.find((c) => c.id === caseId)?.affected.map((a) => a.name) ?? [];
	}

	it('refuses to publish a case naming a draft person, naming the person', async () => {
		const { id, person, personId } = await caseWithNewPerson(room.researcher);
		const message = await refusal(publish(id, room.editor));
		expect(message).toContain(`person “${person}”`);
		expect(message).toContain('Publish these with it');
		expect((await caseKind.get(db(), id)).status).toBe('draft');
		expect((await getActor(db(), personId)).status).toBe('draft');
		expect(await getPublicCase(db(), 'XT', id)).toBeNull();
		const failures = await db()
			.selectFrom('audit_events')
			.selectAll()
			.where('target_id', '=', id)
			.where('outcome', '=', 'failure')
			.execute();
		expect(failures.map((f) => JSON.parse(f.detail).reason)).toContain('linked-unpublished');
	});

	it('publishes the case and its draft person together: the public page and the API name them', async () => {
		const { id, person, personId } = await caseWithNewPerson(room.researcher);
		const panel = await recordPanel(db(), caseKind, await caseKind.get(db(), id), room.editor);
		expect(panel.linkedDrafts).toEqual([
			{ name: `person “${person}”`, slug: 'actors', id: personId, problems: [] }
		]);
		await publish(id, room.editor, true);
		expect((await caseKind.get(db(), id)).status).toBe('published');
		expect((await getActor(db(), personId)).status).toBe('published');
		const detail = await getPublicCase(db(), 'XT', id);
		expect(detail?.record.affected.map((a) => a.name)).toEqual([person]);
		expect(await apiAffected(id)).toEqual([person]);
		const audited = await db()
			.selectFrom('audit_events')
			.selectAll()
			.where('target_id', '=', personId)
			.where('action', '=', 'publication')
			.execute();
		expect(audited.map((a) => [a.outcome, JSON.parse(a.detail).reason])).toEqual([
			['success', `with case ${id}`]
		]);
	});

	it('refuses, naming the person, when the editor wrote the linked person (four-eyes)', async () => {
		// The editor created the person in place on a case the researcher wrote; then the
		// researcher's case is theirs to review, but the person is not.
		const { id, person, personId } = await caseWithNewPerson(room.researcher);
		await db()
			.updateTable('revisions')
			.set({ created_by: room.editor.userId })
			.where('record_type', '=', 'actor')
			.where('record_id', '=', personId)
			.execute();
		const panel = await recordPanel(db(), caseKind, await caseKind.get(db(), id), room.editor);
		expect(panel.linkedDrafts[0]?.problems.join(' ')).toContain('four-eyes rule');
		const message = await refusal(publish(id, room.editor, true));
		expect(message).toContain(`person “${person}”`);
		expect(message).toContain('four-eyes rule');
		expect((await caseKind.get(db(), id)).status).toBe('draft');
		expect((await getActor(db(), personId)).status).toBe('draft');
	});

	it('names a linked law without a source and what it lacks; nothing is published', async () => {
		const title = `Uncited linked law ${n} (fictional)`;
		const law = await saveRecord(
			db(),
			lawKind,
			formOf({ title, country_id: room.countryId, law_status: 'in_force' }),
			{ userId: room.researcher.userId, confirmedNotDuplicate: true }
		);
		if (law.kind !== 'saved') throw new Error(law.kind);
		const { id, personId } = await caseWithNewPerson(room.researcher, { laws: law.id });
		const message = await refusal(publish(id, room.editor, true));
		expect(message).toContain(`law “${title}” needs at least one cited source`);
		expect((await caseKind.get(db(), id)).status).toBe('draft');
		expect((await getActor(db(), personId)).status).toBe('draft');
		expect((await lawKind.get(db(), law.id)).status).toBe('draft');
	});
});
