import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { saveRecord } from '../../src/lib/server/workspace/editing.js';
import { caseKind } from '../../src/lib/server/workspace/kinds/case.js';
import { moveRecord } from '../../src/lib/server/workspace/workflow.js';
import { setFourEyesRequired } from '../../src/lib/server/workspace/settings.js';
import { citeSource } from '../../src/lib/server/repositories/citations.js';
import type { Actor } from '../../src/lib/server/policy.js';
import { addUser, formOf, testland } from './fixture.js';

describeEachDatabase('workspace workflow', ({ db }) => {
	let researcher: Actor;
	let editor: Actor;
	let otherEditor: Actor;
	let countryId: string;
	let sourceId: string;
	let n = 0;

	beforeAll(async () => {
		researcher = await addUser(db(), 'researcher', 'Rita Test');
		editor = await addUser(db(), 'editor', 'Eddie Test');
		otherEditor = await addUser(db(), 'editor', 'Erin Test');
		const made = await testland(db(), researcher.userId!);
		countryId = made.country.id;
		sourceId = made.source.id;
	});

	/** A new case by `author` (fictional), cited unless `cite` is false. */
	async function newCase(author: Actor, options: { start?: string; cite?: boolean } = {}) {
		n += 1;
		const outcome = await saveRecord(
			db(),
			caseKind,
			formOf({
				title: `Workflow case ${n} (fictional)`,
				case_type: 'prosecution',
				country_id: countryId,
				start: options.start ?? '2020',
				end: '',
				verification: 'reported'
			}),
			{ userId: author.userId, confirmedNotDuplicate: true }
		);
		if (outcome.kind !== 'saved') throw new Error(outcome.kind);
		if (options.cite !== false) {
			await citeSource(
				db(),
				{ source_id: sourceId, record_type: 'case', record_id: outcome.id, locator: 'p. 2' },
				author.userId
			);
		}
		return outcome.id;
	}

	const move = async (id: string, transition: Parameters<typeof moveRecord>[4], actor: Actor) =>
		moveRecord(db(), caseKind, id, (await caseKind.get(db(), id)).version, transition, { actor });

	it('researchers submit; editors publish; both steps move the status', async () => {
		const id = await newCase(researcher);
		await move(id, 'submit', researcher);
		expect((await caseKind.get(db(), id)).status).toBe('in_review');
		await move(id, 'publish', editor);
		const published = await caseKind.get(db(), id);
		expect(published.status).toBe('published');
		expect(published.published_at).not.toBeNull();
		await move(id, 'unpublish', editor);
		expect((await caseKind.get(db(), id)).status).toBe('draft');
	});

	it('researchers may not publish', async () => {
		const id = await newCase(researcher);
		await expect(move(id, 'publish', researcher)).rejects.toThrow(/Your role may not publish/);
	});

	it('four-eyes: the last person to change a record may not publish it, unless the setting relaxes it', async () => {
		const id = await newCase(editor);
		await move(id, 'submit', editor);
		await expect(move(id, 'publish', editor)).rejects.toThrow(/four-eyes rule/);
		expect((await caseKind.get(db(), id)).status).toBe('in_review');
		await move(id, 'publish', otherEditor);
		expect((await caseKind.get(db(), id)).status).toBe('published');

		const solo = await newCase(editor);
		await setFourEyesRequired(db(), false, editor.userId);
		try {
			await move(solo, 'publish', editor);
			expect((await caseKind.get(db(), solo)).status).toBe('published');
		} finally {
			await setFourEyesRequired(db(), true, editor.userId);
		}
	});

	it('publishing without a source, or a case without a date, is refused saying what is missing', async () => {
		const uncited = await newCase(researcher, { cite: false });
		await expect(move(uncited, 'publish', editor)).rejects.toThrow(
			'This case cannot be published yet: it needs at least one cited source.'
		);
		const undated = await newCase(researcher, { start: '' });
		await expect(move(undated, 'publish', editor)).rejects.toThrow(/it needs a start date/);
		const neither = await newCase(researcher, { start: '', cite: false });
		await expect(move(neither, 'publish', editor)).rejects.toThrow(
			/needs at least one cited source and a start date/
		);
		expect((await caseKind.get(db(), neither)).status).toBe('draft');
	});

	it('publication changes and refusals are written to the audit log', async () => {
		const id = await newCase(researcher);
		await move(id, 'publish', editor);
		await move(id, 'unpublish', editor);
		// Refused for what it lacks: no source cited.
		const uncited = await newCase(researcher, { cite: false });
		await expect(move(uncited, 'publish', editor)).rejects.toThrow(/needs at least one cited/);
		// Refused by the four-eyes rule: the editor wrote it.
		const own = await newCase(editor);
		await expect(move(own, 'publish', editor)).rejects.toThrow(/four-eyes rule/);

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
		const byEditor = { user: editor.userId, type: 'case', to: expect.any(String) };
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
