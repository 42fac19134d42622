import type { PageServerLoad } from './$types';
import { mayWriteKind } from '$lib/server/policy';
import { db } from '$lib/server/runtime';
import { guardKind } from '$lib/server/workspace/routes';
import { listPage } from '$lib/server/workspace/list-page';
import { declaredLanguages } from '$lib/server/repositories/translations';

export const load: PageServerLoad = async (event) => {
	const { actor, kind } = await guardKind(event, 'read:internal');
	const list = await listPage(db(), kind, event.url.searchParams);
	return {
		...list,
		// The rows' titles are marked with their declared languages (one query for the page).
		listedLangs: await declaredLanguages(
			db(),
			list.rows.map((r) => r.id)
		),
		mayEdit: mayWriteKind(actor, kind)
	};
};
