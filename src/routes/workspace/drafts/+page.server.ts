import type { PageServerLoad } from './$types';
import { guardUser } from '$lib/server/auth/guard';
import { db } from '$lib/server/runtime';
import { KINDS } from '$lib/server/workspace/kinds';
import { listQueue } from '$lib/server/workspace/queues';

export const load: PageServerLoad = async (event) => {
	const { user } = await guardUser(event, 'edit:records');
	return {
		items: await listQueue(db(), KINDS, { statuses: ['draft', 'in_review'], userId: user.id })
	};
};
