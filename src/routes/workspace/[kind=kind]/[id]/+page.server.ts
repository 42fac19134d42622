import type { Actions, PageServerLoad } from './$types';
import { can, mayWriteKind } from '$lib/server/policy';
import { db } from '$lib/server/runtime';
import { formFor } from '$lib/server/workspace/editing';
import { pendingChanges } from '$lib/server/workspace/pending';
import { markdownPreviews, recordHeading, recordPanel } from '$lib/server/workspace/record-page';
import { mayChangeRecord } from '$lib/server/workspace/workflow';
import { loadRelations } from '$lib/server/workspace/record-relations';
import {
	loadTranslationPanel,
	originalLanguageAction,
	publishTranslationAction,
	saveTranslationAction
} from '$lib/server/workspace/translation-service';
import {
	deleteAction,
	guardKind,
	moveAction,
	pendingChangesAction,
	recordOr404,
	relationAction,
	saveAction
} from '$lib/server/workspace/routes';

export const load: PageServerLoad = async (event) => {
	const { actor, kind } = await guardKind(event, 'read:internal');
	const record = await recordOr404(kind, event.params.id, actor, true);
	const form = await formFor(db(), kind, record);
	return {
		...(await recordHeading(db(), kind, record)),
		...form,
		...(await recordPanel(db(), kind, record, actor)),
		pending: await pendingChanges(db(), kind, record, actor),
		relations: await loadRelations(db(), kind.type, record.id),
		translations: await loadTranslationPanel(db(), kind, record, actor),
		mayPublish: can(actor, 'publish:records'),
		// Edits of a published record wait for review, so whoever may edit may make them.
		mayEdit: mayWriteKind(actor, kind) && !record.deleted_at,
		mayTranslate: can(actor, 'edit:records') && !record.deleted_at,
		// Withdrawing from the public (the trash, removing published links) is for editors.
		mayWithdraw: mayChangeRecord(actor, record) && mayWriteKind(actor, kind) && !record.deleted_at,
		previews: markdownPreviews(form.sections, form.values)
	};
};

export const actions: Actions = {
	save: (event) => saveAction(event, event.params.id),
	move: (event) => moveAction(event, event.params.id),
	delete: (event) => deleteAction(event, event.params.id),
	publishChanges: (event) => pendingChangesAction(event, event.params.id, 'publish'),
	discardChanges: (event) => pendingChangesAction(event, event.params.id, 'discard'),
	link: (event) => relationAction(event, event.params.id, 'link'),
	unlink: (event) => relationAction(event, event.params.id, 'unlink'),
	cite: (event) => relationAction(event, event.params.id, 'cite'),
	uncite: (event) => relationAction(event, event.params.id, 'uncite'),
	assess: (event) => relationAction(event, event.params.id, 'assess'),
	publishAssessment: (event) => relationAction(event, event.params.id, 'publishAssessment'),
	saveTranslation: (event) => saveTranslationAction(event, event.params.id),
	publishTranslation: (event) => publishTranslationAction(event, event.params.id),
	originalLanguage: (event) => originalLanguageAction(event, event.params.id)
};
