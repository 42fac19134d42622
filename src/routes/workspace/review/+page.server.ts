import type { PageServerLoad } from './$types';
import { guard } from '$lib/server/auth/guard';
import { db } from '$lib/server/runtime';
import { KINDS } from '$lib/server/workspace/kinds';
import { listChangesInReview, listQueue } from '$lib/server/workspace/queues';

export const load: PageServerLoad = async (event) => {
	await guard(event, 'review:records');
	return {
		items: await listQueue(db(), KINDS, { statuses: ['in_review'] }),
		changes: await listChangesInReview(db(), KINDS)
	};
};
