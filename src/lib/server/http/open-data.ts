import { DEFAULT_CONTENT_LANG, isContentLang } from '$lib/domain/translations';
import { pathIn } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { countryName } from '$lib/server/country-names';
import { feedInLanguage, inApiLanguage } from '$lib/server/translations/open-data';
import type { DB } from '$lib/server/db/connect';
import {
	listApiCases,
	listApiCountries,
	listApiEngagements,
	listApiPledges
} from '$lib/server/public/api';
import { toApiCsv, type ApiItems } from '$lib/server/public/api-csv';
import {
	API_RESOURCES,
	DEFAULT_LIMIT,
	MAX_LIMIT,
	describeParameters,
	LANG_HELP,
	parseApiQuery,
	type ApiQuery,
	type ApiResource
} from '$lib/server/public/api-params';
import type { ApiPage } from '$lib/server/public/api-types';
import { loadCountryFeed } from '$lib/server/public/feed';
import { openApiDocument } from '$lib/server/public/openapi';
import { getCachedCountryTimeline } from '$lib/server/public/timeline';
import { parseViewState } from '$lib/timeline/url';
import { renderAtom } from './atom';
import { cachedResponse } from './cache';
import { answerTags, listTag, SITE_TAG } from './cache-tags';
import { siteOrigin } from './site-origin';

/*
 * The answers of /api/v1: a list as JSON (one page, with links to the next and previous
 * pages and to the same list as CSV) or as CSV (every match unless a page is asked for).
 * Routes hand over their request; everything public they send is built here from the
 * public read model.
 */

type Lister<R extends ApiResource> = (db: DB, q: ApiQuery<R>) => Promise<ApiPage<ApiItems[R]>>;

const LISTERS: { [R in ApiResource]: Lister<R> } = {
	countries: listApiCountries,
	pledges: listApiPledges,
	cases: listApiCases,
	engagements: listApiEngagements
};

const JSON_TYPE = 'application/json; charset=utf-8';

/*
 * Compact: the same data as indented JSON (nothing promises a layout), and a fifth fewer bytes
 * to build, hash for the ETag and write; an indented 50-case page cost the server more to
 * send than to hash. Readers who want it laid out have a browser's or jq's viewer.
 */
function json(body: unknown): string {
	return JSON.stringify(body);
}

/** A 400 that names the parameter and what it accepts; never cached as if it were data. */
function badRequest(problem: object): Response {
	return new Response(json(problem), {
		status: 400,
		headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store' }
	});
}

/** A 404 for a country code that names no published country. */
function countryNotFound(): Response {
	return new Response(
		json({
			error: 'not_found',
			message:
				'There is no published country with this code; use a two-letter code listed at /api/v1/countries.'
		}),
		{ status: 404, headers: { 'content-type': JSON_TYPE } }
	);
}

/** The same list with some parameters changed, as an absolute URL. */
function withParams(url: URL, pathname: string, changes: Record<string, string | null>): string {
	const next = new URL(url);
	next.pathname = pathname;
	for (const [name, value] of Object.entries(changes)) {
		if (value === null) next.searchParams.delete(name);
		else next.searchParams.set(name, value);
	}
	return next.toString();
}

export async function answerList(
	db: DB,
	request: Request,
	url: URL,
	resource: ApiResource,
	format: 'json' | 'csv'
): Promise<Response> {
	const parsed = parseApiQuery(resource, url.searchParams);
	if (!parsed.ok) return badRequest(parsed.problem);
	const query = parsed.query;
	const list = LISTERS[resource] as Lister<typeof resource>;

	// Record text in the asked language (translations/open-data.ts); unchanged without `lang`.
	const inLang = <T extends object>(items: T[]) =>
		query.lang ? inApiLanguage(db, items, query.lang) : Promise.resolve(items);
	if (format === 'csv') {
		const items = await inLang(await everyMatch(db, list, query));
		return cachedResponse(
			request,
			toApiCsv(resource, items),
			{
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="pledgewatch-${resource}.csv"`
			},
			listTags(resource, query, items)
		);
	}

	const limit = query.limit ?? DEFAULT_LIMIT;
	const offset = query.offset ?? 0;
	const found = await list(db, { ...query, limit, offset });
	const base = `/api/v1/${resource}`;
	const at = (o: number) => withParams(url, base, { offset: String(o), limit: String(limit) });
	const body = {
		data: await inLang(found.items),
		sources: found.sources,
		meta: { total: found.total, limit, offset, count: found.items.length },
		links: {
			self: withParams(url, base, {}),
			next: offset + limit < found.total ? at(offset + limit) : null,
			prev: offset > 0 ? at(Math.max(0, offset - limit)) : null,
			csv: withParams(url, `${base}.csv`, { limit: null, offset: null })
		}
	};
	return cachedResponse(
		request,
		json(body),
		{ 'content-type': JSON_TYPE },
		listTags(resource, query, found.items)
	);
}

const RECORD_TYPES = {
	countries: 'country',
	pledges: 'pledge',
	cases: 'case',
	engagements: 'engagement'
} as const satisfies Record<ApiResource, string>;

/*
 * A list is tagged with the countries it asked for (a publish there may add to it, even when
 * it is empty now) and those of its records, and with the records themselves.
 */
function listTags<R extends ApiResource>(
	resource: R,
	query: ApiQuery<R>,
	items: readonly ApiItems[R][]
): string[] {
	const type = RECORD_TYPES[resource];
	const asked = 'country' in query && query.country ? query.country : [];
	const all = items as readonly ApiItems[ApiResource][];
	return answerTags({
		countries: [...asked, ...all.map((item) => ('code' in item ? item.code : item.country))],
		records: all.flatMap((item) => ('id' in item ? [{ type, id: item.id }] : [])),
		lists: [listTag(type)]
	});
}

/** Every match of a CSV export, read a page at a time so no query grows with the data. */
async function everyMatch<R extends ApiResource>(
	db: DB,
	list: Lister<R>,
	query: ApiQuery<R>
): Promise<ApiItems[R][]> {
	if (query.limit !== undefined) return (await list(db, query)).items;
	const items: ApiItems[R][] = [];
	for (let offset = query.offset ?? 0; ; offset += MAX_LIMIT) {
		const found = await list(db, { ...query, limit: MAX_LIMIT, offset });
		items.push(...found.items);
		if (found.items.length < MAX_LIMIT) return items;
	}
}

/** Any path under /api/v1 that is not an endpoint: JSON, like every other API answer. */
export function answerUnknownPath(url: URL): Response {
	return new Response(
		json({
			error: 'not_found',
			message: `There is no endpoint at ${url.pathname}; GET /api/v1 lists them.`,
			index: new URL('/api/v1', siteOrigin(url)).toString()
		}),
		{ status: 404, headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store' } }
	);
}

/** The index at /api/v1: every endpoint with the parameters it takes. */
export function answerIndex(request: Request, url: URL): Response {
	const at = (path: string) => new URL(path, siteOrigin(url)).toString();
	const body = {
		name: 'Pledgewatch open data',
		description:
			'Published records only: pledges with their current rating, documented cases and EU engagements, with the sources they cite. People at risk appear only under a pseudonym.',
		openapi: at('/api/v1/openapi.json'),
		guide: at('/open-data'),
		endpoints: [
			...API_RESOURCES.map((resource) => ({
				path: at(`/api/v1/${resource}`),
				csv: at(`/api/v1/${resource}.csv`),
				parameters: describeParameters(resource)
			})),
			{
				// A URI template (RFC 6570): the client puts a country code in place of {code}.
				path: `${at('/api/v1/countries/')}{code}/feed.atom`,
				description:
					'Atom feed of newly published cases and rating changes in one country, newest first.'
			}
		]
	};
	return cachedResponse(request, json(body), { 'content-type': JSON_TYPE }, [SITE_TAG]);
}

/** The OpenAPI 3.1 document of /api/v1, with this site's origin as its server. */
export function answerOpenApi(request: Request, url: URL): Response {
	return cachedResponse(
		request,
		json(openApiDocument(siteOrigin(url))),
		{ 'content-type': JSON_TYPE },
		[SITE_TAG]
	);
}

/*
 * Entry ids are tag URIs (RFC 4151) under this site's host, so they stay the same however
 * often a reader fetches the feed and never collide with another site's.
 */
const tag = (url: URL, specific: string) => `tag:${url.hostname},2021:${specific}`;

/** A country's Atom feed of newly published cases and rating changes; 404 when not published. */
export async function answerCountryFeed(
	db: DB,
	request: Request,
	url: URL,
	code: string
): Promise<Response> {
	const asked = url.searchParams.get('lang');
	if (asked !== null && !isContentLang(asked)) {
		return badRequest({
			error: 'invalid_parameter',
			parameter: 'lang',
			message: 'Not one of the languages en, ru, kk.',
			accepts: LANG_HELP
		});
	}
	const loaded = await loadCountryFeed(db, code);
	if (!loaded) return countryNotFound();
	const feed = asked ? await feedInLanguage(db, loaded, asked) : loaded;
	const { country } = feed;
	const locale = asked ?? DEFAULT_CONTENT_LANG;
	// Links and ids from the configured origin, never from the request's Host header.
	const site = new URL(url.pathname, siteOrigin(url));
	const page = new URL(pathIn(`/countries/${country.code.toLowerCase()}`, locale), site).toString();
	const inLocale = countryName(country, locale);
	const name = country.isFictional
		? m.feed_fictional_country({ country: inLocale }, { locale })
		: inLocale;
	// Marked only where it differs from the feed's: an English feed reads as it always has.
	const marked = (lang: string | undefined) => (lang && lang !== locale ? lang : undefined);
	const body = renderAtom({
		id: tag(site, `pledgewatch/countries/${country.code}`),
		title: m.feed_title({ country: name }, { locale }),
		subtitle: m.feed_subtitle({ country: name }, { locale }),
		updated: feed.updated,
		author: 'Pledgewatch',
		lang: locale === DEFAULT_CONTENT_LANG ? undefined : locale,
		links: [
			{ rel: 'self', type: 'application/atom+xml', href: site.href },
			{ rel: 'alternate', type: 'text/html', href: page }
		],
		entries: feed.items.map((item) => ({
			id: tag(site, `pledgewatch/${item.kind}/${item.recordId}`),
			title: item.title,
			titleLang: marked(item.langs?.title),
			updated: item.published,
			published: item.published,
			summary: item.summary,
			summaryLang: marked(item.langs?.summary),
			links: [{ rel: 'alternate', type: 'text/html', href: new URL(item.path, site).toString() }],
			categories: [
				item.kind === 'case'
					? { term: 'case', label: m.feed_category_case({}, { locale }) }
					: { term: 'rating', label: m.feed_category_rating({}, { locale }) }
			]
		}))
	});
	const tags = answerTags({
		countries: [country.code],
		// Rating changes are assessments, purged with their pledge's country.
		records: feed.items
			.filter((item) => item.kind === 'case')
			.map((item) => ({ type: 'case', id: item.recordId }))
	});
	return cachedResponse(
		request,
		body,
		{ 'content-type': 'application/atom+xml; charset=utf-8' },
		tags
	);
}

/**
 * One country's timeline for one view, as its page draws it: what the page's timeline fetches
 * when the reader zooms, pans or filters, instead of reloading the whole page. It reads the
 * view from the same parameters as the page (`from`, `to`, `theme`, `type`) and, like the page,
 * never fails on a malformed one: it answers the default with `notices` saying what was
 * wrong. The selected event is not data, so `event` is ignored.
 */
export async function answerCountryTimeline(
	db: DB,
	request: Request,
	url: URL,
	code: string
): Promise<Response> {
	const { view, notices } = parseViewState(url.searchParams);
	const asked = { ...view, selected: null };
	const timeline = await getCachedCountryTimeline(db, code, asked);
	if (!timeline) return countryNotFound();
	// Tagged by country: a timeline can hold thousands of records, and any change to the
	// country's published record purges it.
	return cachedResponse(
		request,
		json({ ...timeline, view: asked, notices }),
		{ 'content-type': JSON_TYPE },
		answerTags({ countries: [code] })
	);
}
