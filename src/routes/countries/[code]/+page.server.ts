import { error } from '@sveltejs/kit';
import { getPublicCountryPage } from '$lib/server/public/country-page';
import { db } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const page = await getPublicCountryPage(db(), params.code);
	if (!page) {
		const code = params.code.slice(0, 12).toUpperCase();
		error(404, `There is no published country with the code “${code}”.`);
	}
	return { page };
};
