import { m } from '$lib/paraglide/messages';
import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { guard } from '$lib/server/auth/guard';
import { can } from '$lib/server/policy';
import { db } from '$lib/server/runtime';
import { kindBySlug, KINDS } from '$lib/server/workspace/kinds';
import { findUserNames } from '$lib/server/repositories/user-names';
import { emptyTrash, listTrash } from '$lib/server/workspace/trash';

export const load: PageServerLoad = async (event) => {
	const actor = await guard(event, 'read:internal');
	const items = await listTrash(db(), KINDS);
	const names = await findUserNames(
		db(),
		items.map((i) => i.deleted_by)
	);
	return {
		items: items.map((i) => ({
			...i,
			deletedBy: (i.deleted_by && names.get(i.deleted_by)) || m.ws_someone_unknown()
		})),
		mayRestore: can(actor, 'review:records'),
		mayEmpty: can(actor, 'manage:settings')
	};
};

async function restore(event: Parameters<Actions[string]>[0]) {
	const actor = await guard(event, 'review:records');
	const data = await event.request.formData();
	const kind = kindBySlug(String(data.get('kind') ?? ''));
	if (!kind) error(404, 'Not found');
	const id = String(data.get('id') ?? '');
	await kind.restore(db(), id, actor.userId);
	redirect(303, `/workspace/${kind.slug}/${id}?restored_from_trash=1`);
}

async function empty(event: Parameters<Actions[string]>[0]) {
	await guard(event, 'manage:settings');
	const data = await event.request.formData();
	if (data.get('confirm') !== 'yes') {
		return fail(400, { message: m.ws_trash_confirm() });
	}
	const { removed, kept } = await emptyTrash(db(), KINDS);
	return {
		message: [
			m.ws_trash_removed({ count: removed }),
			...(kept > 0 ? [m.ws_trash_kept({ count: kept })] : [])
		].join(' ')
	};
}

export const actions: Actions = { restore, empty };
