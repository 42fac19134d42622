import { CONTENT_LANGS } from '$lib/domain/translations';
import { z } from 'zod';
import { pointBounds } from '$lib/dates';
import { CASE_TYPES, ENGAGEMENT_KINDS, RATINGS, VERIFICATION_LEVELS } from '$lib/server/db/schema';

/*
 * The query parameters of the open-data lists, checked once here. They mirror the public
 * pages' own (`from`, `to`, `theme`, `type`), so a filtered page translates into an API call.
 * A parameter the API does not know, or a value it cannot read, is answered with a 400 that
 * names the parameter and says what it accepts, rather than being silently ignored: a typo
 * must not pass for "no filter". A well-formed country code or theme slug that matches
 * nothing published simply yields an empty list, so a draft country cannot be told from one
 * that does not exist.
 */

export const API_RESOURCES = ['countries', 'pledges', 'cases', 'engagements'] as const;
export type ApiResource = (typeof API_RESOURCES)[number];

/** Largest page a client may ask for. */
export const MAX_LIMIT = 500;
/** The page size of JSON lists when the client names none; CSV exports everything. */
export const DEFAULT_LIMIT = 50;

const digits = (name: string, min: number, max: number) =>
	z
		.string()
		.regex(/^\d{1,7}$/, `${name} must be a whole number.`)
		.transform(Number)
		.pipe(
			z
				.number()
				.min(min, `${name} must be at least ${min}.`)
				.max(max, `${name} must be at most ${max}.`)
		);

const edge = (which: 'earliest' | 'latest') =>
	z.string().transform((value, ctx) => {
		const bounds = pointBounds(value);
		if (!bounds) {
			ctx.addIssue({ code: 'custom', message: `“${value.slice(0, 40)}” is not a date.` });
			return z.NEVER;
		}
		return bounds[which];
	});

const anyOf = <const T extends readonly [string, ...string[]]>(values: T) =>
	z.array(
		z.enum(values, {
			error: (issue) => `“${String(issue.input).slice(0, 40)}” is not one of the accepted values.`
		})
	);

const code = z
	.string()
	.regex(/^[A-Za-z]{2}$/, 'A country code has two letters.')
	.transform((c) => c.toUpperCase());
const slug = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'A theme slug is lower-case letters, digits and hyphens.');

/** The orders each list accepts; the OpenAPI document lists them too. */
export const SORTS = {
	countries: ['name', 'code'],
	pledges: ['date', '-date', 'title'],
	cases: ['date', '-date', 'title'],
	engagements: ['date', '-date', 'title']
} as const satisfies Record<ApiResource, readonly [string, ...string[]]>;

const page = {
	limit: digits('limit', 1, MAX_LIMIT).optional(),
	offset: digits('offset', 0, 10_000_000).optional(),
	// Record text in this language where a translation is published (translations/open-data.ts).
	lang: z.enum(CONTENT_LANGS, { error: 'Not one of the languages en, ru, kk.' }).optional()
};
const window = { from: edge('earliest').optional(), to: edge('latest').optional() };
const sortOf = <R extends ApiResource>(resource: R) =>
	z.enum(SORTS[resource] as (typeof SORTS)[R], { error: 'Not an accepted order.' }).optional();

const SCHEMAS = {
	countries: z.strictObject({ ...page, sort: sortOf('countries') }),
	pledges: z.strictObject({
		...page,
		...window,
		country: z.array(code).optional(),
		theme: z.array(slug).optional(),
		rating: anyOf(RATINGS).optional(),
		sort: sortOf('pledges')
	}),
	cases: z.strictObject({
		...page,
		...window,
		country: z.array(code).optional(),
		theme: z.array(slug).optional(),
		type: anyOf(CASE_TYPES).optional(),
		verification: anyOf(VERIFICATION_LEVELS).optional(),
		sort: sortOf('cases')
	}),
	engagements: z.strictObject({
		...page,
		...window,
		country: z.array(code).optional(),
		type: anyOf(ENGAGEMENT_KINDS).optional(),
		sort: sortOf('engagements')
	})
};

export type ApiQuery<R extends ApiResource> = z.output<(typeof SCHEMAS)[R]>;
export type CountryQuery = ApiQuery<'countries'>;
export type PledgeQuery = ApiQuery<'pledges'>;
export type CaseQuery = ApiQuery<'cases'>;
export type EngagementQuery = ApiQuery<'engagements'>;

/** What `lang` does, here and for the Atom feed. */
export const LANG_HELP =
	'en, ru or kk: each translatable field (title, description, summary) in that language where a translation is published, else in its original language; every record then also lists its published translations with their language tags';
const DATE_HELP = 'a year (2018), a month (2021-05) or a day (2021-11-25)';
const listOf = (values: readonly string[]) =>
	`one or more of ${values.join(', ')} (repeat the parameter or separate values with commas)`;

/** What each parameter accepts, for 400 answers and the index at /api/v1. */
export function describeParameters(resource: ApiResource): Record<string, string> {
	const common = {
		limit: `a whole number from 1 to ${MAX_LIMIT}; the page size (JSON lists default to ${DEFAULT_LIMIT}, CSV exports every match)`,
		offset: 'a whole number from 0; how many matches to skip',
		lang: LANG_HELP
	};
	const sort = `one of ${SORTS[resource].join(', ')}`;
	if (resource === 'countries') return { ...common, sort };
	const shared = {
		...common,
		country:
			'one or more two-letter country codes (repeat the parameter or separate codes with commas)',
		from: `${DATE_HELP}: records whose date or span reaches to or after it`,
		to: `${DATE_HELP}: records whose date or span starts by its end`,
		sort: `${sort}; date orders by the earliest day a record could be`
	};
	if (resource === 'pledges') {
		return {
			...shared,
			theme: 'one or more theme slugs (repeat the parameter or separate slugs with commas)',
			rating: `${listOf(RATINGS)}; the current rating`
		};
	}
	if (resource === 'cases') {
		return {
			...shared,
			theme: 'one or more theme slugs (repeat the parameter or separate slugs with commas)',
			type: listOf(CASE_TYPES),
			verification: listOf(VERIFICATION_LEVELS)
		};
	}
	return { ...shared, type: listOf(ENGAGEMENT_KINDS) };
}

/** A 400 answer's body: which parameter, what was wrong, what it accepts. */
export interface ParameterProblem {
	error: 'invalid_parameter';
	parameter: string;
	message: string;
	accepts: string;
}

export type Parsed<R extends ApiResource> =
	| { ok: true; query: ApiQuery<R> }
	| { ok: false; problem: ParameterProblem };

/** Parameters that take several values, repeated or comma-separated. */
export const LIST_PARAMETERS = new Set(['country', 'theme', 'rating', 'type', 'verification']);

/* What each list's parameters accept, written once: every request's check would build the same. */
const ACCEPTED = Object.fromEntries(
	API_RESOURCES.map((resource) => [resource, describeParameters(resource)])
) as Record<ApiResource, Readonly<Record<string, string>>>;

/** Reads and checks a list's query string. */
export function parseApiQuery<R extends ApiResource>(
	resource: R,
	params: URLSearchParams
): Parsed<R> {
	const accepted = ACCEPTED[resource];
	const problem = (parameter: string, message: string): Parsed<R> => ({
		ok: false,
		problem: {
			error: 'invalid_parameter',
			parameter,
			message,
			accepts: Object.hasOwn(accepted, parameter)
				? (accepted[parameter] ?? '')
				: `only these parameters: ${Object.keys(accepted).join(', ')}`
		}
	});

	const raw: Record<string, string | string[]> = {};
	for (const name of new Set(params.keys())) {
		const values = params.getAll(name);
		if (LIST_PARAMETERS.has(name)) {
			raw[name] = values
				.flatMap((v) => v.split(','))
				.map((v) => v.trim())
				.filter((v) => v !== '');
		} else if (values.length > 1) {
			return problem(name, `${name} was given more than once.`);
		} else {
			raw[name] = (values[0] ?? '').trim();
		}
	}

	const result = SCHEMAS[resource].safeParse(raw);
	if (!result.success) {
		const issue = result.error.issues[0];
		if (issue?.code === 'unrecognized_keys') {
			const name = issue.keys[0] ?? '';
			return problem(name, `${name.slice(0, 40)} is not a parameter of /api/v1/${resource}.`);
		}
		const name = String(issue?.path[0] ?? '');
		return problem(name, issue?.message ?? 'Not an accepted value.');
	}
	const query = result.data as ApiQuery<R>;
	if ('from' in query && 'to' in query && query.from && query.to && query.from > query.to) {
		return problem('to', 'to must not come before from.');
	}
	return { ok: true, query };
}
