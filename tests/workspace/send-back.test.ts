import { expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { listRevisions } from '../../src/lib/server/repositories/revisions.js';
import { saveRecord } from '../../src/lib/server/workspace/editing.js';
import { KINDS } from '../../src/lib/server/workspace/kinds/index.js';
import { caseKind } from '../../src/lib/server/workspace/kinds/case.js';
import { listQueue } from '../../src/lib/server/workspace/queues.js';
import { recordPanel } from '../../src/lib/server/workspace/record-page.js';
import {
	moveRecord,
	WorkflowRefusal,
	type Transition
} from '../../src/lib/server/workspace/workflow.js';
import type { Actor } from '../../src/lib/server/policy.js';
import { formOf, saveDraft, testlandNewsroom } from './fixture.js';

/*
 * "Back to draft" takes a comment: kept on the status revision, audited, and shown to the
 * researcher on the record page and in their drafts list until the record moves again.
 * Fictional Testland data only.
 */

describeEachDatabase('back to draft with a comment', ({ db }) => {
	const room = testlandNewsroom(db, {
		researcher: ['researcher', 'Rita Sendback'],
		editor: ['editor', 'Eddie Sendback']
	});
	let n = 0;

	async function submittedCase() {
		n += 1;
		const fields = {
			title: `Sent-back case ${n} (fictional)`,
			case_type: 'prosecution',
			country_id: room.countryId,
			start: '2020',
			verification: 'reported'
		};
		const id = await saveDraft(db(), caseKind, fields, room.researcher, {
			sourceId: room.sourceId
		});
		await move(id, 'submit', room.researcher);
		return id;
	}

	const move = async (id: string, transition: Transition, actor: Actor, comment?: string) =>
		moveRecord(db(), caseKind, id, (await caseKind.get(db(), id)).version, transition, {
			actor,
			comment
		});

	it('refuses "Back to draft" without a comment, saying what to write', async () => {
		const id = await submittedCase();
		const error = await move(id, 'withdraw', room.editor, '   ').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(WorkflowRefusal);
		expect((error as Error).message).toMatch(/Write a comment saying why it goes back to draft/);
		expect((await caseKind.get(db(), id)).status).toBe('in_review');
	});

	it("keeps the editor's comment, audits it, and shows it on the record and in the drafts list", async () => {
		const id = await submittedCase();
		const comment = 'Cite the court record for the sentence, please.';
		await move(id, 'withdraw', room.editor, `  ${comment}\n`);
		expect((await caseKind.get(db(), id)).status).toBe('draft');

		const revisions = await listRevisions(db(), 'case', id);
		expect(revisions.at(-1)).toMatchObject({ action: 'status', note: comment });

		const audit = await db()
			.selectFrom('audit_events')
			.selectAll()
			.where('target_id', '=', id)
			.where('action', '=', 'publication')
			.execute();
		expect(audit.map((a) => JSON.parse(a.detail))).toEqual([
			{ from: 'in_review', to: 'draft', reason: 'withdraw', comment }
		]);

		const panel = await recordPanel(db(), caseKind, await caseKind.get(db(), id), room.researcher);
		expect(panel.draftComment).toMatchObject({ text: comment, by: 'Eddie Sendback' });

		const drafts = await listQueue(db(), KINDS, {
			statuses: ['draft', 'in_review'],
			userId: room.researcher.userId!
		});
		expect(drafts.find((d) => d.id === id)?.comment).toMatchObject({
			text: comment,
			by: 'Eddie Sendback'
		});

		// Sent for review again, the comment has been answered: it no longer shows.
		await move(id, 'submit', room.researcher);
		const again = await recordPanel(db(), caseKind, await caseKind.get(db(), id), room.researcher);
		expect(again.draftComment).toBeNull();
		const queue = await listQueue(db(), KINDS, {
			statuses: ['draft', 'in_review'],
			userId: room.researcher.userId!
		});
		expect(queue.find((d) => d.id === id)?.comment).toBeUndefined();
	});

	it('a researcher withdrawing their own submission leaves their comment too', async () => {
		const id = await submittedCase();
		await move(id, 'withdraw', room.researcher, 'Adding the second source first.');
		const panel = await recordPanel(db(), caseKind, await caseKind.get(db(), id), room.researcher);
		expect(panel.draftComment).toMatchObject({
			text: 'Adding the second source first.',
			by: 'Rita Sendback'
		});
	});

	it("gives the record's own editor the four-eyes reason that the page prints beside the disabled Publish", async () => {
		// An editor who wrote the case sees why they may not publish it (the page disables the
		// button and prints this beside it).
		const id = await submittedCase();
		await saveRecord(
			db(),
			caseKind,
			formOf({
				title: `Sent-back case ${n} (fictional), edited`,
				case_type: 'prosecution',
				country_id: room.countryId,
				start: '2020',
				verification: 'reported',
				version: String((await caseKind.get(db(), id)).version)
			}),
			{ userId: room.editor.userId, id }
		);
		const panel = await recordPanel(db(), caseKind, await caseKind.get(db(), id), room.editor);
		expect(panel.publishBlockers.join(' ')).toMatch(
			/someone else must publish it \(four-eyes rule\)/
		);
		await expect(move(id, 'publish', room.editor)).rejects.toThrow(/four-eyes rule/);
	});
});
