import { error } from '@sveltejs/kit';
import { caseFilterParams, pageParam } from '$lib/server/public/list-params';
import { listPublicCases } from '$lib/server/public/lists';
import { cachePublicPage } from '$lib/server/public/page-cache';
import { db } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const filter = caseFilterParams(event.url.searchParams);
	const list = await listPublicCases(
		db(),
		event.params.code,
		pageParam(event.url.searchParams),
		filter
	);
	if (!list) {
		const code = event.params.code.slice(0, 12).toUpperCase();
		error(404, `There is no published country with the code “${code}”.`);
	}
	const data = { ...list, filter };
	cachePublicPage(event, data);
	return data;
};
