import { error } from '@sveltejs/kit';
import { cachePublicPage } from './page-cache';

/*
 * The end of every public country page's load: a 404 that says what is missing when the
 * country or record is not published, otherwise the data, with the cache headers that let the
 * next reader be served from it (page-cache.ts).
 */

type PageEvent = Parameters<typeof cachePublicPage>[0] & { params: { code: string } };

/** The country code as the address gave it, shortened so a long address stays readable. */
function shownCode(event: PageEvent): string {
	return event.params.code.slice(0, 12).toUpperCase();
}

export function noPublishedCountry(event: PageEvent): never {
	error(404, `There is no published country with the code “${shownCode(event)}”.`);
}

/** A country page or one of its full lists; `null` when the country is not published. */
export function countryPageData<T extends object>(event: PageEvent, data: T | null): T {
	if (!data) noPublishedCountry(event);
	cachePublicPage(event, data);
	return data;
}

/** A record's own page; `what` names the record in the 404 ("case", "EU engagement"). */
export function recordPageData<T extends object>(
	event: PageEvent,
	found: T | null,
	what: string
): T {
	if (!found) {
		error(
			404,
			`There is no published ${what} with this address for the country code “${shownCode(event)}”. It may not be published yet, or the link may be mistyped; the country page lists every published record.`
		);
	}
	cachePublicPage(event, found);
	return found;
}
