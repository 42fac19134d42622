import { error } from '@sveltejs/kit';
import { pageParam } from '$lib/server/public/list-params';
import { listPublicLaws } from '$lib/server/public/lists';
import { cachePublicPage } from '$lib/server/public/page-cache';
import { db } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const list = await listPublicLaws(db(), event.params.code, pageParam(event.url.searchParams));
	if (!list) {
		const code = event.params.code.slice(0, 12).toUpperCase();
		error(404, `There is no published country with the code “${code}”.`);
	}
	cachePublicPage(event, list);
	return list;
};
