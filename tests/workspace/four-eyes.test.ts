import { expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { importCases } from '../../src/lib/server/csv/index.js';
import { getPublicCase, getPublicPledge } from '../../src/lib/server/public/details.js';
import { citeSource } from '../../src/lib/server/repositories/citations.js';
import { findPendingRevision } from '../../src/lib/server/repositories/pending-revisions.js';
import { listRevisions } from '../../src/lib/server/repositories/revisions.js';
import { saveRecord } from '../../src/lib/server/workspace/editing.js';
import { restoreRevision } from '../../src/lib/server/workspace/history.js';
import { actorKind } from '../../src/lib/server/workspace/kinds/actor.js';
import { caseKind } from '../../src/lib/server/workspace/kinds/case.js';
import { createActor, getActor, setActorStatus } from '../../src/lib/server/repositories/actors.js';
import { pledgeKind } from '../../src/lib/server/workspace/kinds/pledge.js';
import {
	discardPendingChanges,
	pendingChanges,
	publishPendingChanges
} from '../../src/lib/server/workspace/pending.js';
import { listChangesInReview } from '../../src/lib/server/workspace/queues.js';
import {
	addAssessmentFromForm,
	publishAssessment
} from '../../src/lib/server/workspace/assessment-service.js';
import { addCitationFromForm } from '../../src/lib/server/workspace/citation-service.js';
import { addLinkFromForm } from '../../src/lib/server/workspace/link-service.js';
import { setFourEyesRequired } from '../../src/lib/server/workspace/settings.js';
import { moveRecord, type Transition } from '../../src/lib/server/workspace/workflow.js';
import type { Actor } from '../../src/lib/server/policy.js';
import type { WorkspaceKind } from '../../src/lib/server/workspace/kinds/types.js';
import { formOf, saveDraft, testlandNewsroom } from './fixture.js';

/*
 * The four-eyes rule wherever content sits: a record's fields, a pledge's assessment, a link
 * note, a citation, an import, a restored revision. Edits of a published record wait for
 * review as pending changes while the public keeps the published version. Each hole that an
 * attacker found has a test here; the public side is read through the country page's loaders.
 * Fictional Testland data only.
 */

describeEachDatabase('four-eyes rule', ({ db }) => {
	const room = testlandNewsroom(
		db,
		{
			researcher: ['researcher', 'Rita Test'],
			otherResearcher: ['researcher', 'Rob Test'],
			editor: ['editor', 'Eddie Test'],
			otherEditor: ['editor', 'Erin Test']
		},
		{ published: true }
	);
	let n = 0;

	const caseFields = (title: string) => ({
		title,
		case_type: 'prosecution',
		country_id: room.countryId,
		start: '2020',
		end: '',
		verification: 'reported'
	});

	/** A new cited draft case by `author`. */
	async function newCase(author: Actor) {
		n += 1;
		const fields = caseFields(`Four-eyes case ${n} (fictional)`);
		return saveDraft(db(), caseKind, fields, author, { sourceId: room.sourceId, locator: 'p. 2' });
	}

	async function newPledge(author: Actor) {
		n += 1;
		const fields = {
			title: `Four-eyes pledge ${n} (fictional)`,
			country_id: room.countryId,
			made: '2021'
		};
		return saveDraft(db(), pledgeKind, fields, author, {
			sourceId: room.sourceId,
			locator: 'p. 5'
		});
	}

	const move = async (kind: WorkspaceKind, id: string, transition: Transition, actor: Actor) =>
		moveRecord(db(), kind, id, (await kind.get(db(), id)).version, transition, { actor });

	/** A case by the researcher, published by an editor who did not write it. */
	async function publishedCase() {
		const id = await newCase(room.researcher);
		await move(caseKind, id, 'publish', room.editor);
		return id;
	}

	/** Saves the case's edit form as `actor` would, from the page as it opens now. */
	async function editCase(id: string, actor: Actor, title: string) {
		const record = await caseKind.get(db(), id);
		const pending = await findPendingRevision(db(), 'case', id);
		return saveRecord(
			db(),
			caseKind,
			formOf({
				...caseFields(title),
				version: String(record.version),
				pending_version: String(pending?.version ?? 0)
			}),
			{ userId: actor.userId, id }
		);
	}

	/** Links the case to the pledge as contradicting it, with `note`, as `actor` does in the form. */
	const contradicts = (caseId: string, pledgeId: string, note: string, actor: Actor) =>
		addLinkFromForm(
			db(),
			'case',
			caseId,
			formOf({ choice: 'contradicts', other: pledgeId, note }),
			actor.userId
		);

	const publicCase = (id: string) => getPublicCase(db(), 'XT', id);
	const publicTitle = async (id: string) => (await publicCase(id))?.record.title;
	const pendingVersion = async (id: string) =>
		(await findPendingRevision(db(), 'case', id))?.version ?? 0;

	it('hole 1: restoring an earlier revision of a published case waits for review', async () => {
		const id = await newCase(room.researcher);
		const original = caseKind.title(await caseKind.get(db(), id));
		await saveRecord(
			db(),
			caseKind,
			formOf({ ...caseFields('Four-eyes reviewed title (fictional)'), version: '1' }),
			{ userId: room.researcher.userId, id }
		);
		await move(caseKind, id, 'publish', room.editor);
		const [first] = await listRevisions(db(), 'case', id);
		const record = await caseKind.get(db(), id);

		const outcome = await restoreRevision(
			db(),
			caseKind,
			id,
			first!.id,
			record.version,
			room.researcher.userId
		);
		expect(outcome).toEqual({ pending: true });
		// Still published, with the reviewed text; the public page too.
		expect(await caseKind.get(db(), id)).toMatchObject({
			status: 'published',
			version: record.version,
			title: 'Four-eyes reviewed title (fictional)'
		});
		expect(await publicTitle(id)).toBe('Four-eyes reviewed title (fictional)');
		const pending = await findPendingRevision(db(), 'case', id);
		expect(pending).toMatchObject({ action: 'restore', restored_version: 1 });
		expect(pending!.contributors).toEqual([room.researcher.userId]);

		// Published by an editor who did not write it, the old text goes public.
		await publishPendingChanges(db(), caseKind, id, pending!.version, { actor: room.editor });
		expect(await publicTitle(id)).toBe(original);
		expect(await findPendingRevision(db(), 'case', id)).toBeUndefined();
	});

	it('hole 2: an editor’s edit of a published case stays out of public view until another editor publishes it', async () => {
		const id = await publishedCase();
		const before = await publicTitle(id);
		const saved = await editCase(id, room.editor, 'Four-eyes edited by an editor (fictional)');
		expect(saved).toMatchObject({ kind: 'saved', pending: true });
		expect(await publicTitle(id)).toBe(before);
		expect(caseKind.title(await caseKind.get(db(), id))).toBe(before);

		const panel = await pendingChanges(db(), caseKind, await caseKind.get(db(), id), room.editor);
		expect(panel!.revision!.changes).toContainEqual(
			expect.objectContaining({
				field: 'title',
				before,
				after: 'Four-eyes edited by an editor (fictional)'
			})
		);
		expect(panel!.contributors).toEqual(['Eddie Test']);
		expect(panel!.blockers.join(' ')).toMatch(/four-eyes rule/);

		// The contributor may not publish their own pending change.
		await expect(
			publishPendingChanges(db(), caseKind, id, await pendingVersion(id), { actor: room.editor })
		).rejects.toThrow(
			/You wrote or changed content in this case since it was last published \(the changes waiting for review\), so someone else must publish it \(four-eyes rule\)/
		);
		expect(await publicTitle(id)).toBe(before);

		await publishPendingChanges(db(), caseKind, id, await pendingVersion(id), {
			actor: room.otherEditor
		});
		expect(await publicTitle(id)).toBe('Four-eyes edited by an editor (fictional)');
		const revisions = await listRevisions(db(), 'case', id);
		expect(revisions.at(-1)).toMatchObject({
			action: 'publish_changes',
			created_by: room.otherEditor.userId
		});
		const audit = await db()
			.selectFrom('audit_events')
			.select(['outcome', 'detail', 'user_id'])
			.where('action', '=', 'publication')
			.where('target_id', '=', id)
			.orderBy('occurred_at')
			.execute();
		expect(audit.map((e) => [e.outcome, JSON.parse(e.detail).reason])).toEqual([
			['success', 'publish'],
			['denied', 'four-eyes'],
			['success', 'publish-changes']
		]);
	});

	it('hole 3: an editor who assessed someone else’s draft pledge may not publish the pledge', async () => {
		const pledgeId = await newPledge(room.researcher);
		const problem = await addAssessmentFromForm(
			db(),
			pledgeId,
			formOf({
				rating: 'broken',
				assessed_on: '2021-12-01',
				rationale: 'Editor’s own rationale (fictional).'
			}),
			room.editor.userId
		);
		expect(problem).toBeNull();
		await expect(move(pledgeKind, pledgeId, 'publish', room.editor)).rejects.toThrow(
			/since it was last published \(the assessment of 2021-12-01\), so someone else must publish it/
		);
		expect((await pledgeKind.get(db(), pledgeId)).status).toBe('draft');

		// Published by someone else, the assessment goes with it.
		await move(pledgeKind, pledgeId, 'publish', room.otherEditor);
		const pledge = await getPublicPledge(db(), 'XT', pledgeId);
		expect(JSON.stringify(pledge)).toContain('Editor’s own rationale (fictional).');

		// An assessment of a published pledge: its author may not publish it either.
		await addAssessmentFromForm(
			db(),
			pledgeId,
			formOf({ rating: 'kept', assessed_on: '2022-01-01', rationale: 'Later (fictional).' }),
			room.editor.userId
		);
		const assessment = await db()
			.selectFrom('pledge_assessments')
			.select('id')
			.where('pledge_id', '=', pledgeId)
			.where('status', '=', 'draft')
			.executeTakeFirstOrThrow();
		expect(await publishAssessment(db(), pledgeId, assessment.id, room.editor.userId)).toMatch(
			/four-eyes rule/
		);
		expect(
			await publishAssessment(db(), pledgeId, assessment.id, room.otherEditor.userId)
		).toBeNull();
	});

	it('hole 4: an editor’s link note on a researcher’s draft case blocks that editor from publishing it', async () => {
		const pledgeId = await newPledge(room.researcher);
		await move(pledgeKind, pledgeId, 'publish', room.otherEditor);
		const caseId = await newCase(room.researcher);
		const note = 'Editor’s link note, unreviewed (fictional).';
		expect(await contradicts(caseId, pledgeId, note, room.editor)).toBeNull();
		await expect(move(caseKind, caseId, 'publish', room.editor)).rejects.toThrow(
			/\(the link note to pledge “Four-eyes pledge \d+ \(fictional\)”\), so someone else must publish it/
		);
		expect(JSON.stringify(await getPublicPledge(db(), 'XT', pledgeId))).not.toContain(note);

		await move(caseKind, caseId, 'publish', room.otherEditor);
		expect(JSON.stringify(await getPublicPledge(db(), 'XT', pledgeId))).toContain(note);
	});

	it('hole 5: an importer may not publish the cases they imported', async () => {
		const csv = [
			'title,case_type,start,verification',
			'Four-eyes imported case (fictional),prosecution,2019,reported'
		].join('\n');
		const { ids } = await importCases(db(), csv, {
			countryId: room.countryId,
			userId: room.editor.userId
		});
		const id = ids[0]!;
		// Cited by the researcher, so only the import itself is the editor's.
		await citeSource(
			db(),
			{ source_id: room.sourceId, record_type: 'case', record_id: id, locator: 'p. 9' },
			room.researcher.userId
		);
		await expect(move(caseKind, id, 'publish', room.editor)).rejects.toThrow(
			/\(its own fields\), so someone else must publish it \(four-eyes rule\)/
		);
		await move(caseKind, id, 'publish', room.otherEditor);
		expect(await publicTitle(id)).toBe('Four-eyes imported case (fictional)');
	});

	it('a pending link and citation on a published case stay private until its changes are published', async () => {
		const pledgeId = await newPledge(room.researcher);
		await move(pledgeKind, pledgeId, 'publish', room.editor);
		const caseId = await publishedCase();
		const note = 'Researcher’s pending link note (fictional).';
		expect(await contradicts(caseId, pledgeId, note, room.researcher)).toBeNull();
		expect(
			await addCitationFromForm(
				db(),
				'case',
				caseId,
				formOf({ source: room.sourceId, locator: 'p. 77 pending', note: '' }),
				room.researcher.userId
			)
		).toBeNull();
		const hidden = JSON.stringify([
			await publicCase(caseId),
			await getPublicPledge(db(), 'XT', pledgeId)
		]);
		expect(hidden).not.toContain(note);
		expect(hidden).not.toContain('p. 77 pending');

		const queue = await listChangesInReview(db(), [caseKind, pledgeKind]);
		expect(queue.find((q) => q.id === caseId)).toMatchObject({
			status: 'published',
			changes: '1 link, 1 citation'
		});

		await expect(
			publishPendingChanges(db(), caseKind, caseId, 0, { actor: room.researcher })
		).rejects.toThrow(/Your role may not publish changes/);
		await publishPendingChanges(db(), caseKind, caseId, 0, { actor: room.editor });
		const shown = JSON.stringify([
			await publicCase(caseId),
			await getPublicPledge(db(), 'XT', pledgeId)
		]);
		expect(shown).toContain(note);
		expect(shown).toContain('p. 77 pending');
	});

	it('discarding pending changes keeps the published version; a researcher discards only their own', async () => {
		const id = await publishedCase();
		const before = await publicTitle(id);
		await editCase(id, room.researcher, 'Four-eyes to be discarded (fictional)');
		// Edits build on the pending changes, and a stale form gets the conflict page.
		const stale = await saveRecord(
			db(),
			caseKind,
			formOf({
				...caseFields('Four-eyes stale edit (fictional)'),
				version: String((await caseKind.get(db(), id)).version),
				pending_version: '0'
			}),
			{ userId: room.otherResearcher.userId, id }
		);
		expect(stale).toMatchObject({ kind: 'conflict', currentPendingVersion: 1 });
		if (stale.kind === 'conflict') {
			expect(stale.current.title).toBe('Four-eyes to be discarded (fictional)');
		}
		await editCase(id, room.otherResearcher, 'Four-eyes to be discarded, twice (fictional)');
		expect((await findPendingRevision(db(), 'case', id))!.contributors).toEqual([
			room.researcher.userId,
			room.otherResearcher.userId
		]);

		await expect(
			discardPendingChanges(db(), caseKind, id, await pendingVersion(id), {
				actor: room.researcher
			})
		).rejects.toThrow(/Only an editor may discard changes that others wrote/);
		await discardPendingChanges(db(), caseKind, id, await pendingVersion(id), {
			actor: room.editor
		});
		expect(await findPendingRevision(db(), 'case', id)).toBeUndefined();
		expect(await publicTitle(id)).toBe(before);
		expect(caseKind.title(await caseKind.get(db(), id))).toBe(before);

		await editCase(id, room.researcher, 'Four-eyes mine to discard (fictional)');
		await discardPendingChanges(db(), caseKind, id, await pendingVersion(id), {
			actor: room.researcher
		});
		expect(await findPendingRevision(db(), 'case', id)).toBeUndefined();
	});

	it('changes made against an older published version must be saved again before publishing', async () => {
		const id = await publishedCase();
		await editCase(id, room.researcher, 'Four-eyes against version 2 (fictional)');
		await move(caseKind, id, 'unpublish', room.editor);
		await move(caseKind, id, 'publish', room.otherEditor);
		await expect(
			publishPendingChanges(db(), caseKind, id, await pendingVersion(id), { actor: room.editor })
		).rejects.toThrow(/changed \(it is now version \d+\) after these changes were made/);
		await editCase(id, room.researcher, 'Four-eyes against version 2 (fictional)');
		await publishPendingChanges(db(), caseKind, id, await pendingVersion(id), {
			actor: room.editor
		});
		expect(await publicTitle(id)).toBe('Four-eyes against version 2 (fictional)');
	});

	it('with the rule relaxed, a contributor publishes their own changes and the audit log says so', async () => {
		const id = await publishedCase();
		await editCase(id, room.editor, 'Four-eyes solo editor (fictional)');
		await setFourEyesRequired(db(), false, room.editor.userId);
		try {
			await publishPendingChanges(db(), caseKind, id, await pendingVersion(id), {
				actor: room.editor
			});
		} finally {
			await setFourEyesRequired(db(), true, room.editor.userId);
		}
		expect(await publicTitle(id)).toBe('Four-eyes solo editor (fictional)');
		const event = await db()
			.selectFrom('audit_events')
			.select(['detail', 'user_id'])
			.where('action', '=', 'publication')
			.where('target_id', '=', id)
			.orderBy('occurred_at', 'desc')
			.executeTakeFirstOrThrow();
		expect(event.user_id).toBe(room.editor.userId);
		expect(JSON.parse(event.detail)).toMatchObject({
			reason: 'publish-changes',
			fourEyes: 'relaxed',
			ownContent: 'the changes waiting for review'
		});
	});

	it('marking a published person at risk hides the real name at once; other edits still wait', async () => {
		const made = await createActor(
			db(),
			{ kind: 'person', name: 'Aigerim Testova (fictional)', country_id: room.countryId },
			room.researcher.userId
		);
		const published = await setActorStatus(
			db(),
			made.id,
			made.version,
			'published',
			room.editor.userId
		);
		const form = (extra: Record<string, string>) =>
			formOf({
				name: 'Aigerim Testova (fictional)',
				kind: 'person',
				country_id: room.countryId,
				aliases: '',
				description: '',
				internal_notes: '',
				at_risk: 'on',
				public_pseudonym: 'Activist A. (fictional)',
				...extra
			});
		const first = await saveRecord(db(), actorKind, form({ version: String(published.version) }), {
			userId: room.researcher.userId,
			id: made.id
		});
		expect(first).toMatchObject({ kind: 'saved', pending: false });
		const protectedRow = await getActor(db(), made.id);
		expect(protectedRow.at_risk).toBe(1);
		expect(protectedRow.public_pseudonym).toBe('Activist A. (fictional)');
		expect(protectedRow.status).toBe('published');
		expect(await findPendingRevision(db(), 'actor', made.id)).toBeFalsy();

		// Anything else in an edit of the protected person waits for review as before.
		const second = await saveRecord(
			db(),
			actorKind,
			form({ version: String(protectedRow.version), description: 'Detained twice (fictional).' }),
			{ userId: room.researcher.userId, id: made.id }
		);
		expect(second).toMatchObject({ kind: 'saved', pending: true });
		const after = await getActor(db(), made.id);
		expect(after.at_risk).toBe(1);
		expect(after.description).toBe('');
	});
});
