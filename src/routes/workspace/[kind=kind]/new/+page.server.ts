import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/runtime';
import { formFor } from '$lib/server/workspace/editing';
import { guardKind, saveAction } from '$lib/server/workspace/routes';

export const load: PageServerLoad = async (event) => {
	const { kind } = await guardKind(event, 'edit:records');
	return {
		slug: kind.slug,
		label: kind.label,
		plural: kind.plural,
		...(await formFor(db(), kind))
	};
};

export const actions: Actions = {
	save: (event) => saveAction(event)
};
