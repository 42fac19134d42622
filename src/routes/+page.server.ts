import { listPublicCountries } from '$lib/server/public/countries';
import { db } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	return { countries: await listPublicCountries(db()) };
};
