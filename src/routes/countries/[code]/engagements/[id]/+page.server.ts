import { getPublicEngagement } from '$lib/server/public/details';
import { recordPageData } from '$lib/server/public/page-load';
import { db } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	recordPageData(
		event,
		await getPublicEngagement(db(), event.params.code, event.params.id),
		'engagement'
	);
