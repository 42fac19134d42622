import { caseFilterParams, pageParam } from '$lib/server/public/list-params';
import { listPublicCases } from '$lib/server/public/lists';
import { countryPageData } from '$lib/server/public/page-load';
import { db } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const filter = caseFilterParams(event.url.searchParams);
	const page = pageParam(event.url.searchParams);
	const list = await listPublicCases(db(), event.params.code, page, filter);
	return countryPageData(event, list && { ...list, filter });
};
