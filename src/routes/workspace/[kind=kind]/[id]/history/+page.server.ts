import type { Actions, PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { can } from '$lib/server/policy';
import { NotFoundError } from '$lib/server/repositories/errors';
import { db } from '$lib/server/runtime';
import { recordHistory } from '$lib/server/workspace/history';
import { guardKind, recordOr404, restoreRevisionAction } from '$lib/server/workspace/routes';

export const load: PageServerLoad = async (event) => {
	const { actor, kind } = await guardKind(event, 'read:internal');
	const record = await recordOr404(kind, event.params.id, actor, true);
	const history = await recordHistory(db(), kind, record.id).catch((e) => {
		if (e instanceof NotFoundError) error(404, 'Not found');
		throw e;
	});
	return {
		slug: kind.slug,
		label: kind.label,
		plural: kind.plural,
		title: kind.title(record),
		id: record.id,
		version: record.version,
		entries: history.entries,
		mayRestore: can(actor, 'edit:records') && !record.deleted_at
	};
};

export const actions: Actions = {
	restore: (event) => restoreRevisionAction(event, event.params.id)
};
