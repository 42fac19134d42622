/*
 * Tags on public answers, so a CDN can drop exactly what a change touched (see purge.ts):
 * `Surrogate-Key` (Fastly, Varnish; space-separated) and `Cache-Tag` (Cloudflare, Akamai;
 * comma-separated) name the country and the records an answer holds and the list it is:
 *
 *   pledgewatch          every public answer (what a change without a country purges)
 *   country:kz           anything showing a record of Kazakhstan
 *   case:<id>, pledge:<id>, engagement:<id>, law:<id>
 *                        an answer holding that record
 *   list:cases, list:pledges, list:engagements, list:countries
 *                        a list of that kind, whatever its filters (a publish may add to it)
 *   lang:en, lang:ru, lang:kk
 *                        a public page in that language (page-cache.ts)
 *
 * Headers stay small: past MAX_RECORD_TAGS records an answer is tagged by its countries and
 * list only, which every purge names too, so nothing is missed, only purged more broadly.
 */

export const SITE_TAG = 'pledgewatch';
export const MAX_RECORD_TAGS = 50;

/** The public record types that have a list of their own. */
const LISTS: Record<string, string> = {
	case: 'cases',
	pledge: 'pledges',
	engagement: 'engagements',
	country: 'countries'
};

export const countryTag = (code: string) => `country:${code.toLowerCase()}`;
export const recordTag = (type: string, id: string) => `${type}:${id}`;
/** The list of a record type, or null when the public has no such list. */
export const listTag = (type: string) => (LISTS[type] ? `list:${LISTS[type]}` : null);

export interface AnswerTags {
	countries?: Iterable<string>;
	records?: Iterable<{ type: string; id: string }>;
	lists?: Iterable<string | null>;
}

/** The tags of one answer, bounded: records are left out when there are too many. */
export function answerTags({ countries = [], records = [], lists = [] }: AnswerTags): string[] {
	const tags = new Set<string>([SITE_TAG]);
	for (const list of lists) if (list) tags.add(list);
	for (const code of countries) tags.add(countryTag(code));
	const named = [...new Set([...records].map((r) => recordTag(r.type, r.id)))];
	if (named.length <= MAX_RECORD_TAGS) for (const tag of named) tags.add(tag);
	return [...tags];
}

/** The two headers CDNs read, from the answer's tags. */
export function tagHeaders(tags: readonly string[]): Record<string, string> {
	return { 'surrogate-key': tags.join(' '), 'cache-tag': tags.join(',') };
}

/*
 * A public page's tags, from its route: /countries/[code]/cases/[id] holds a case of that
 * country, /countries/[code]/cases is the list of cases, / lists the countries.
 */
const SINGULAR: Record<string, string> = {
	cases: 'case',
	pledges: 'pledge',
	engagements: 'engagement',
	laws: 'law'
};

export function pageTags(
	routeId: string | null,
	params: Partial<Record<string, string>>,
	extra: AnswerTags = {}
): string[] {
	const segments = (routeId ?? '').split('/').filter(Boolean);
	const section = segments[2] ?? '';
	const type = SINGULAR[section];
	const lists: (string | null)[] = [...(extra.lists ?? [])];
	const records = [...(extra.records ?? [])];
	if (segments.length === 0) lists.push(listTag('country'));
	if (type && segments[3] === '[id]' && params.id) records.push({ type, id: params.id });
	else if (type) lists.push(listTag(type));
	return answerTags({
		countries: [...(params.code ? [params.code] : []), ...(extra.countries ?? [])],
		records,
		lists
	});
}
