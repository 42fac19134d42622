import type { PageServerLoad } from './$types';
import { can } from '$lib/server/policy';
import { db } from '$lib/server/runtime';
import { guardKind } from '$lib/server/workspace/routes';
import { listPage } from '$lib/server/workspace/list-page';

export const load: PageServerLoad = async (event) => {
	const { actor, kind } = await guardKind(event, 'read:internal');
	return {
		...(await listPage(db(), kind, event.url.searchParams)),
		mayEdit: can(actor, 'edit:records')
	};
};
