import { listPublicCountries } from '$lib/server/public/public-countries';
import { cachePublicPage } from '$lib/server/public/page-cache';
import { inPageLanguage } from '$lib/server/translations/page-language';
import { MAP_HEIGHT, MAP_WIDTH, shadeOf, worldMap } from '$lib/server/public/world-map';
import { db } from '$lib/server/runtime';
import type { PageServerLoad } from './$types';

/*
 * The overview needs no JavaScript: the map is finished SVG and every control is a link, so the
 * page is not hydrated and sends neither map geometry as data nor any script.
 */
export const csr = false;

export const load: PageServerLoad = async (event) => {
	const countries = await listPublicCountries(db());
	const data = {
		countries: countries.map((c) => ({ ...c, shade: shadeOf(c) })),
		map: { countries: worldMap(countries), width: MAP_WIDTH, height: MAP_HEIGHT }
	};
	// Every country's figures are on the page: a publish in any of them changes it.
	const localized = await inPageLanguage(data);
	cachePublicPage(event, localized, { countries: countries.map((c) => c.code) });
	return localized;
};
