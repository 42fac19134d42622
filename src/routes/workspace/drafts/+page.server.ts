import type { PageServerLoad } from './$types';
import { guardUser } from '$lib/server/auth/guard';
import { db } from '$lib/server/runtime';
import { KINDS } from '$lib/server/workspace/kinds';
import { declaredLanguages } from '$lib/server/repositories/translations';
import { listQueue } from '$lib/server/workspace/queues';

export const load: PageServerLoad = async (event) => {
	const { user } = await guardUser(event, 'edit:records');
	const items = await listQueue(db(), KINDS, { statuses: ['draft', 'in_review'], userId: user.id });
	// The titles are marked with their declared languages (one query for the page).
	return {
		items,
		listedLangs: await declaredLanguages(
			db(),
			items.map((r) => r.id)
		)
	};
};
