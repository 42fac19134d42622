import { error } from '@sveltejs/kit';
import { getPublicCase } from '$lib/server/public/details';
import { cachePublicPage } from '$lib/server/public/page-cache';
import { db } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const found = await getPublicCase(db(), event.params.code, event.params.id);
	if (!found) {
		error(
			404,
			`There is no published case with this address for the country code “${event.params.code.slice(0, 12).toUpperCase()}”. It may not be published yet, or the link may be mistyped; the country page lists every published record.`
		);
	}
	cachePublicPage(event, found);
	return found;
};
