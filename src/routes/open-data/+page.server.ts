import { getLocale } from '$lib/i18n';
import { withCountryNames } from '$lib/server/country-names';
import { listTag } from '$lib/server/http/cache-tags';
import { API_RESOURCES, describeParameters } from '$lib/server/public/api-params';
import { listPublicCountries } from '$lib/server/public/public-countries';
import { describeFields } from '$lib/server/public/openapi';
import { cachePublicPage } from '$lib/server/public/page-cache';
import { db } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

/*
 * The guide to the open data: every endpoint with its parameters and fields, described from
 * the same code that parses the parameters and the schemas the OpenAPI document gives, so the
 * page cannot drift from the API. Links only, so the page needs no JavaScript.
 */
export const csr = false;

export const load: PageServerLoad = async (event) => {
	const countries = await listPublicCountries(db(), { recentCases: 0 });
	const data = {
		countries: withCountryNames(
			countries.map(({ code, name, isFictional }) => ({ code, name, isFictional })),
			getLocale()
		),
		resources: API_RESOURCES.map((name) => ({
			name,
			parameters: Object.entries(describeParameters(name)).map(([parameter, accepts]) => ({
				name: parameter,
				accepts
			})),
			fields: describeFields(name)
		}))
	};
	// The per-country links list every published country: a newly published one changes it.
	cachePublicPage(event, data, {
		countries: countries.map((c) => c.code),
		lists: [listTag('country')]
	});
	return data;
};
