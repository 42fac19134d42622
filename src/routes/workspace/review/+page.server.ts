import type { PageServerLoad } from './$types';
import { guard } from '$lib/server/auth/guard';
import { db } from '$lib/server/runtime';
import { KINDS } from '$lib/server/workspace/kinds';
import { declaredLanguages } from '$lib/server/repositories/translations';
import { listChangesInReview, listQueue } from '$lib/server/workspace/queues';

export const load: PageServerLoad = async (event) => {
	await guard(event, 'review:records');
	const [items, changes] = await Promise.all([
		listQueue(db(), KINDS, { statuses: ['in_review'] }),
		listChangesInReview(db(), KINDS)
	]);
	// The titles are marked with their declared languages (one query for the page).
	const ids = [...items, ...changes].map((r) => r.id);
	return { items, changes, listedLangs: await declaredLanguages(db(), ids) };
};
