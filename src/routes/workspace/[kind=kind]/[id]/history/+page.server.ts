import type { Actions, PageServerLoad } from './$types';
import { error } from '@sveltejs/kit';
import { mayWriteKind } from '$lib/server/policy';
import { NotFoundError } from '$lib/server/repositories/errors';
import { findPendingRevision } from '$lib/server/repositories/pending-revisions';
import { db } from '$lib/server/runtime';
import { recordHistory } from '$lib/server/workspace/history';
import { recordHeading } from '$lib/server/workspace/record-page';
import { guardKind, recordOr404, restoreRevisionAction } from '$lib/server/workspace/routes';

export const load: PageServerLoad = async (event) => {
	const { actor, kind } = await guardKind(event, 'read:internal');
	const record = await recordOr404(kind, event.params.id, actor, true);
	const history = await recordHistory(db(), kind, record.id).catch((e) => {
		if (e instanceof NotFoundError) error(404, 'Not found');
		throw e;
	});
	return {
		...(await recordHeading(db(), kind, record)),
		id: record.id,
		version: record.version,
		entries: history.entries,
		published: record.status === 'published',
		pending: await pendingSummary(kind.type, record.id),
		// Viewers read the history; those who may edit restore (on a published record the
		// restored version waits for review like any edit).
		mayRestore: mayWriteKind(actor, kind) && !record.deleted_at
	};
};

async function pendingSummary(type: Parameters<typeof findPendingRevision>[1], id: string) {
	const pending = await findPendingRevision(db(), type, id);
	return pending
		? {
				version: pending.version,
				action: pending.action,
				restoredVersion: pending.restored_version
			}
		: null;
}

export const actions: Actions = {
	restore: (event) => restoreRevisionAction(event, event.params.id)
};
