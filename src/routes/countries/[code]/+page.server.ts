import { getCachedCountryPage } from '$lib/server/public/country-page';
import { listPublicBriefingPacks } from '$lib/server/repositories/briefing-packs';
import { countryPageData, noPublishedCountry } from '$lib/server/public/page-load';
import { db } from '$lib/server/runtime';
import { parseViewState } from '$lib/timeline/url';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	// A malformed view never fails the page: it falls back to defaults, with notices to show.
	// Untracked: once the page is open its timeline fetches its own data for a new view
	// (timeline.json), so a changed query must not reload the whole page's data.
	const { view, notices } = event.untrack(() => parseViewState(event.url.searchParams));
	// The packs are read beside the page, not after it: none when the country is not published.
	const [page, packs] = await Promise.all([
		getCachedCountryPage(db(), event.params.code, view),
		listPublicBriefingPacks(db(), { code: event.params.code })
	]);
	if (!page) noPublishedCountry(event);
	const briefings = packs.map((b) => ({ id: b.id, title: b.title, issuedAt: b.issued_at }));
	return countryPageData(event, { page, view, notices, briefings });
};
