import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { FieldLangs } from '$lib/domain/translations';
import { inPageLanguage } from '$lib/server/translations/page-language';
import { cachePublicPage } from './page-cache';

/*
 * The end of every public country page's load: a 404 that says what is missing when the
 * country or record is not published, otherwise the data in the page's language (published
 * translations swapped in, the language of each shown field beside it: translations/
 * page-language.ts), with the cache headers that let the next reader be served from it
 * (page-cache.ts).
 */

type PageEvent = Parameters<typeof cachePublicPage>[0] & { params: { code: string } };

/** The country code as the address gave it, shortened so a long address stays readable. */
function shownCode(event: PageEvent): string {
	return event.params.code.slice(0, 12).toUpperCase();
}

export function noPublishedCountry(event: PageEvent): never {
	error(404, m.err_no_country({ code: shownCode(event) }));
}

/** A country page or one of its full lists; `null` when the country is not published. */
export async function countryPageData<T extends object>(
	event: PageEvent,
	data: T | null
): Promise<T & { fieldLangs: FieldLangs }> {
	if (!data) noPublishedCountry(event);
	return inLanguageCached(event, data);
}

async function inLanguageCached<T extends object>(
	event: PageEvent,
	data: T
): Promise<T & { fieldLangs: FieldLangs }> {
	const localized = await inPageLanguage(data);
	cachePublicPage(event, localized);
	return localized;
}

/* What the 404 of each kind of record page says is missing, in the reader's language. */
const NOT_PUBLISHED = {
	case: m.err_no_case,
	pledge: m.err_no_pledge,
	law: m.err_no_law,
	engagement: m.err_no_engagement
} as const;

/** A record's own page; `kind` names the record in the 404. */
export async function recordPageData<T extends object>(
	event: PageEvent,
	found: T | null,
	kind: keyof typeof NOT_PUBLISHED
): Promise<T & { fieldLangs: FieldLangs }> {
	if (!found) {
		error(404, `${NOT_PUBLISHED[kind]({ code: shownCode(event) })} ${m.err_no_record_hint()}`);
	}
	return inLanguageCached(event, found);
}
