import type { Actions, PageServerLoad } from './$types';
import { can } from '$lib/server/policy';
import { db } from '$lib/server/runtime';
import { formFor } from '$lib/server/workspace/editing';
import { markdownPreviews, recordPanel } from '$lib/server/workspace/record-page';
import { mayChangeRecord, publishedChangeRefusal } from '$lib/server/workspace/workflow';
import { loadRelations } from '$lib/server/workspace/relations';
import {
	deleteAction,
	guardKind,
	moveAction,
	recordOr404,
	relationAction,
	saveAction
} from '$lib/server/workspace/routes';

export const load: PageServerLoad = async (event) => {
	const { actor, kind } = await guardKind(event, 'read:internal');
	const record = await recordOr404(kind, event.params.id, actor, true);
	const form = await formFor(db(), kind, record);
	return {
		slug: kind.slug,
		label: kind.label,
		plural: kind.plural,
		title: kind.title(record),
		...form,
		...(await recordPanel(db(), kind, record, actor)),
		relations: await loadRelations(db(), kind.type, record.id),
		mayPublish: can(actor, 'publish:records'),
		mayEdit: mayChangeRecord(actor, record) && !record.deleted_at,
		/** Why a researcher sees a published record read-only. */
		readOnlyReason:
			can(actor, 'edit:records') && !mayChangeRecord(actor, record)
				? publishedChangeRefusal(kind.label)
				: null,
		previews: markdownPreviews(form.sections, form.values)
	};
};

export const actions: Actions = {
	save: (event) => saveAction(event, event.params.id),
	move: (event) => moveAction(event, event.params.id),
	delete: (event) => deleteAction(event, event.params.id),
	link: (event) => relationAction(event, event.params.id, 'link'),
	unlink: (event) => relationAction(event, event.params.id, 'unlink'),
	cite: (event) => relationAction(event, event.params.id, 'cite'),
	uncite: (event) => relationAction(event, event.params.id, 'uncite'),
	assess: (event) => relationAction(event, event.params.id, 'assess'),
	publishAssessment: (event) => relationAction(event, event.params.id, 'publishAssessment')
};
