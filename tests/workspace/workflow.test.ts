import { expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { caseKind } from '../../src/lib/server/workspace/kinds/case.js';
import { moveRecord } from '../../src/lib/server/workspace/workflow.js';
import { setFourEyesRequired } from '../../src/lib/server/workspace/settings.js';
import type { Actor } from '../../src/lib/server/policy.js';
import { saveDraft, testlandNewsroom } from './fixture.js';

describeEachDatabase('workspace workflow', ({ db }) => {
	const room = testlandNewsroom(db, {
		researcher: ['researcher', 'Rita Test'],
		editor: ['editor', 'Eddie Test'],
		otherEditor: ['editor', 'Erin Test']
	});
	let n = 0;

	/** A new case by `author` (fictional), cited unless `cite` is false. */
	async function newCase(author: Actor, options: { start?: string; cite?: boolean } = {}) {
		n += 1;
		const fields = {
			title: `Workflow case ${n} (fictional)`,
			case_type: 'prosecution',
			country_id: room.countryId,
			start: options.start ?? '2020',
			end: '',
			verification: 'reported'
		};
		const cite = options.cite === false ? undefined : { sourceId: room.sourceId, locator: 'p. 2' };
		return saveDraft(db(), caseKind, fields, author, cite);
	}

	const move = async (id: string, transition: Parameters<typeof moveRecord>[4], actor: Actor) =>
		moveRecord(db(), caseKind, id, (await caseKind.get(db(), id)).version, transition, { actor });

	it('researchers submit; editors publish; both steps move the status', async () => {
		const id = await newCase(room.researcher);
		await move(id, 'submit', room.researcher);
		expect((await caseKind.get(db(), id)).status).toBe('in_review');
		await move(id, 'publish', room.editor);
		const published = await caseKind.get(db(), id);
		expect(published.status).toBe('published');
		expect(published.published_at).not.toBeNull();
		await move(id, 'unpublish', room.editor);
		expect((await caseKind.get(db(), id)).status).toBe('draft');
	});

	it('researchers may not publish', async () => {
		const id = await newCase(room.researcher);
		await expect(move(id, 'publish', room.researcher)).rejects.toThrow(/Your role may not publish/);
	});

	it('four-eyes: the last person to change a record may not publish it, unless the setting relaxes it', async () => {
		const id = await newCase(room.editor);
		await move(id, 'submit', room.editor);
		await expect(move(id, 'publish', room.editor)).rejects.toThrow(/four-eyes rule/);
		expect((await caseKind.get(db(), id)).status).toBe('in_review');
		await move(id, 'publish', room.otherEditor);
		expect((await caseKind.get(db(), id)).status).toBe('published');

		const solo = await newCase(room.editor);
		await setFourEyesRequired(db(), false, room.editor.userId);
		try {
			await move(solo, 'publish', room.editor);
			expect((await caseKind.get(db(), solo)).status).toBe('published');
		} finally {
			await setFourEyesRequired(db(), true, room.editor.userId);
		}
	});

	it('publishing without a source, or a case without a date, is refused saying what is missing', async () => {
		const uncited = await newCase(room.researcher, { cite: false });
		await expect(move(uncited, 'publish', room.editor)).rejects.toThrow(
			'This case cannot be published yet: it needs at least one cited source.'
		);
		const undated = await newCase(room.researcher, { start: '' });
		await expect(move(undated, 'publish', room.editor)).rejects.toThrow(/it needs a start date/);
		const neither = await newCase(room.researcher, { start: '', cite: false });
		await expect(move(neither, 'publish', room.editor)).rejects.toThrow(
			/needs at least one cited source and a start date/
		);
		expect((await caseKind.get(db(), neither)).status).toBe('draft');
	});

	it('publication changes and refusals are written to the audit log', async () => {
		const id = await newCase(room.researcher);
		await move(id, 'publish', room.editor);
		await move(id, 'unpublish', room.editor);
		// Refused for what it lacks: no source cited.
		const uncited = await newCase(room.researcher, { cite: false });
		await expect(move(uncited, 'publish', room.editor)).rejects.toThrow(/needs at least one cited/);
		// Refused by the four-eyes rule: the editor wrote it.
		const own = await newCase(room.editor);
		await expect(move(own, 'publish', room.editor)).rejects.toThrow(/four-eyes rule/);

		const audited = async (targetId: string) =>
			(
				await db()
					.selectFrom('audit_events')
					.selectAll()
					.where('action', '=', 'publication')
					.where('target_id', '=', targetId)
					.orderBy('occurred_at')
					.execute()
			).map((e) => ({
				outcome: e.outcome,
				user: e.user_id,
				type: e.target_type,
				to: JSON.parse(e.detail).to,
				reason: JSON.parse(e.detail).reason
			}));
		const byEditor = { user: room.editor.userId, type: 'case', to: expect.any(String) };
		expect(await audited(id)).toEqual([
			{ ...byEditor, outcome: 'success', to: 'published', reason: expect.any(String) },
			{ ...byEditor, outcome: 'success', to: 'draft', reason: expect.any(String) }
		]);
		expect(await audited(uncited)).toEqual([
			{ ...byEditor, outcome: 'failure', to: 'published', reason: 'missing' }
		]);
		expect(await audited(own)).toEqual([
			{ ...byEditor, outcome: 'denied', to: 'published', reason: 'four-eyes' }
		]);
		// A refusal changes nothing but the log.
		expect((await caseKind.get(db(), uncited)).status).toBe('draft');
		expect((await caseKind.get(db(), own)).status).toBe('draft');
	});
});
