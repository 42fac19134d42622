import { pageParam } from '$lib/server/public/list-params';
import { listPublicLaws } from '$lib/server/public/lists';
import { countryPageData } from '$lib/server/public/page-load';
import { db } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	countryPageData(
		event,
		await listPublicLaws(db(), event.params.code, pageParam(event.url.searchParams))
	);
