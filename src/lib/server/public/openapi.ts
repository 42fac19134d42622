import {
	ACTOR_KINDS,
	CASE_TYPES,
	DATE_PRECISIONS,
	ENGAGEMENT_KINDS,
	RATINGS,
	RELIABILITY_GRADES,
	SOURCE_KINDS,
	VERIFICATION_LEVELS,
	YES_NO_UNKNOWN
} from '$lib/server/db/schema';
import { CONTENT_LANGS, JOIN_NOTE_FIELD, translatableFields } from '$lib/domain/translations';
import type { RecordType } from '$lib/server/db/schema';
import {
	API_RESOURCES,
	LANG_HELP,
	LIST_PARAMETERS,
	MAX_LIMIT,
	SORTS,
	describeParameters,
	type ApiResource
} from './api-params';

/*
 * The OpenAPI 3.1 description of /api/v1. Parameter descriptions come from the same
 * describeParameters the 400 answers and the index use, and the value lists from the schema's
 * own constants, so the document cannot drift from what the parser accepts. The response
 * schemas mirror api-types.ts and types.ts field by field and forbid any other property: a
 * test validates real responses against them, so a field added to the read model without
 * being described here fails that test instead of going unannounced.
 */

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: 'string' };
const bool: Schema = { type: 'boolean' };
const int: Schema = { type: 'integer', minimum: 0 };
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] });
const arrayOf = (items: Schema): Schema => ({ type: 'array', items });
const oneOfValues = (values: readonly string[]): Schema => ({ type: 'string', enum: [...values] });
const day: Schema = { type: 'string', format: 'date', description: 'YYYY-MM-DD' };

/** An object with exactly these properties, every one present (the API never omits a field). */
function object(properties: Record<string, Schema>, description?: string): Schema {
	return {
		type: 'object',
		...(description ? { description } : {}),
		properties,
		required: Object.keys(properties),
		additionalProperties: false
	};
}

/**
 * A record with `lang` and `translations`, which an answer has only when asked with `lang`
 * (translations/open-data.ts): for each translatable field of this kind of record, the
 * language it is given in and every published version of it. `noted`: a join row (a link,
 * a case actor, a case law) whose `note` has versions too, found by its `noteId`.
 */
function translatable(
	type: RecordType | null,
	properties: Record<string, Schema>,
	noted = false
): Schema {
	const base = object(properties);
	const fields = [...(type ? translatableFields(type) : []), ...(noted ? [JOIN_NOTE_FIELD] : [])];
	const perField = (value: Schema, description: string): Schema => ({
		type: 'object',
		description,
		properties: Object.fromEntries(fields.map((f) => [f, value])),
		required: [...fields],
		additionalProperties: false
	});
	return {
		...base,
		properties: {
			...properties,
			lang: perField(
				oneOfValues(CONTENT_LANGS),
				`Only when asked with lang: the language each of ${fields.join(', ')} is given in (the asked language where a translation is published, else the original’s).`
			),
			translations: perField(
				arrayOf(ref('FieldVersion')),
				`Only when asked with lang: every published version of ${fields.join(', ')}, the original first.`
			)
		}
	};
}

const CITATION = {
	sourceId: { ...str, description: 'The id of the source in the answer’s `sources`.' },
	title: str,
	authors: str,
	publisher: str,
	published: nullable(ref('PreciseDate')),
	locator: { ...str, description: 'Where in the source to look (page, paragraph); may be empty.' }
};

const ACTOR = {
	id: {
		...nullable(str),
		description:
			'The actor’s id, the same in every record that names them; null for a person at risk.'
	},
	name: {
		...str,
		description: 'For a person at risk, only the pseudonym staff chose (see `pseudonymised`).'
	},
	kind: oneOfValues(ACTOR_KINDS),
	pseudonymised: bool,
	aliases: arrayOf(str),
	description: str
};

const RECORD_REF = { id: str, title: str };
const NOTE_ID = {
	...nullable(str),
	description:
		'What the note’s translations are found by (a link’s id, or a case actor’s or law’s key); null for the part of a person at risk.'
};

const LINKED = {
	...RECORD_REF,
	note: { ...str, description: 'The researcher’s note on the link.' },
	noteId: NOTE_ID
};

const CASE = {
	id: str,
	title: str,
	type: oneOfValues(CASE_TYPES),
	description: { ...str, description: 'Markdown source text.' },
	start: nullable(ref('PreciseDate')),
	end: nullable(ref('PreciseDate')),
	ongoing: bool,
	ongoingAsOf: {
		...nullable(ref('PreciseDate')),
		description:
			'For an ongoing case, the date of the latest published source reporting it: known until then, assumed after.'
	},
	place: str,
	outcome: str,
	verification: oneOfValues(VERIFICATION_LEVELS),
	themes: arrayOf(ref('Theme')),
	affected: arrayOf(ref('CaseActor')),
	responsible: arrayOf(ref('CaseActor')),
	laws: arrayOf(ref('LinkedRecord')),
	contradicts: arrayOf(ref('LinkedRecord')),
	related: arrayOf(ref('LinkedRecord')),
	citations: arrayOf(ref('Citation')),
	country: { ...str, description: 'Two-letter country code.' }
};

const ENGAGEMENT = {
	id: str,
	title: str,
	kind: oneOfValues(ENGAGEMENT_KINDS),
	euActors: str,
	counterparts: str,
	euActorRecords: arrayOf(ref('Actor')),
	counterpartRecords: arrayOf(ref('Actor')),
	start: nullable(ref('PreciseDate')),
	end: nullable(ref('PreciseDate')),
	humanRightsClause: oneOfValues(YES_NO_UNKNOWN),
	humanRightsRaised: oneOfValues(YES_NO_UNKNOWN),
	description: { ...str, description: 'Markdown source text.' },
	asksMadeFor: {
		...arrayOf(ref('LinkedRecord')),
		description: 'Asks written ahead of this engagement; whether they were raised is not known.'
	},
	asksRaised: {
		...arrayOf(ref('LinkedRecord')),
		description: 'Asks known to have been raised at this engagement.'
	},
	citations: arrayOf(ref('Citation')),
	country: { ...str, description: 'Two-letter country code.' }
};

const PLEDGE = {
	id: str,
	country: { ...str, description: 'Two-letter country code.' },
	title: str,
	promise: str,
	description: { ...str, description: 'Markdown source text.' },
	madeBy: nullable(ref('Actor')),
	occasion: str,
	made: nullable(ref('PreciseDate')),
	engagement: nullable(ref('RecordRef')),
	deadline: nullable(day),
	deadlineMissed: { ...bool, description: 'The deadline has passed and the pledge is not Kept.' },
	themes: arrayOf(ref('Theme')),
	current: ref('Rating'),
	contradictedBy: arrayOf(ref('LinkedRecord')),
	supportedBy: arrayOf(ref('LinkedRecord')),
	laws: arrayOf(ref('RecordRef')),
	citations: arrayOf(ref('Citation'))
};

const COUNTRY = {
	code: { ...str, description: 'Two-letter country code.' },
	name: str,
	region: str,
	summary: { ...str, description: 'Markdown source text.' },
	isFictional: { ...bool, description: 'Invented demonstration or test data, not a real place.' },
	pledgeCount: int,
	caseCount: int,
	ratings: arrayOf(
		object({ rating: oneOfValues(RATINGS), count: int }, 'Published pledges by current rating.')
	),
	citations: arrayOf(ref('Citation'))
};

const ITEM_SCHEMA: Record<ApiResource, string> = {
	countries: 'Country',
	pledges: 'Pledge',
	cases: 'Case',
	engagements: 'Engagement'
};

const SCHEMAS: Record<string, Schema> = {
	PreciseDate: object(
		{
			text: { ...str, description: 'The date as the source gives it.' },
			precision: oneOfValues(DATE_PRECISIONS),
			earliest: nullable(day),
			latest: nullable(day),
			note: str
		},
		'A date at the precision the source gives, with the earliest and latest day it could be; `before` means known only to precede the source’s date.'
	),
	Source: object({
		id: str,
		title: str,
		authors: str,
		publisher: str,
		kind: oneOfValues(SOURCE_KINDS),
		published: nullable(ref('PreciseDate')),
		capturedOn: nullable(day),
		url: nullable({ type: 'string', format: 'uri' }),
		archiveUrl: nullable({ type: 'string', format: 'uri' }),
		reliability: oneOfValues(RELIABILITY_GRADES)
	}),
	Citation: object(CITATION),
	Actor: translatable('actor', ACTOR),
	CaseActor: translatable('actor', { ...ACTOR, note: str, noteId: NOTE_ID }, true),
	Theme: translatable('theme', { slug: str, name: str, instrument: str, article: str }),
	RecordRef: object(RECORD_REF),
	LinkedRecord: translatable(null, LINKED, true),
	Rating: {
		...translatable('assessment', {
			assessmentId: {
				...nullable(str),
				description:
					'The current assessment’s id, which its rationale’s translations belong to; null while the pledge is not yet rated.'
			},
			rating: oneOfValues(RATINGS),
			assessedOn: nullable(day),
			rationale: str,
			citations: arrayOf(ref('Citation'))
		}),
		description:
			'The current assessment; `assessedOn` is null while the pledge is not yet rated. Asked with lang, `rationale` is in that language where its translation is published, and `lang` and `translations` say so.'
	},
	Country: translatable('country', COUNTRY),
	Pledge: translatable('pledge', PLEDGE),
	Case: translatable('case', CASE),
	Engagement: translatable('engagement', ENGAGEMENT),
	FieldVersion: object(
		{
			lang: oneOfValues(CONTENT_LANGS),
			text: str,
			original: {
				...bool,
				description: 'The text the record was written with; the others translate it.'
			}
		},
		'One field in one language.'
	),
	Meta: object({
		total: { ...int, description: 'How many records match.' },
		limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT },
		offset: int,
		count: { ...int, description: 'How many records this page holds.' }
	}),
	Links: object({
		self: { type: 'string', format: 'uri' },
		next: nullable({ type: 'string', format: 'uri' }),
		prev: nullable({ type: 'string', format: 'uri' }),
		csv: { type: 'string', format: 'uri', description: 'Every match as CSV.' }
	}),
	ParameterProblem: object({
		error: { const: 'invalid_parameter' },
		parameter: str,
		message: str,
		accepts: str
	}),
	NotFound: {
		type: 'object',
		properties: { error: { const: 'not_found' }, message: str, index: str },
		required: ['error', 'message']
	},
	...Object.fromEntries(
		API_RESOURCES.map((resource) => [
			listSchemaName(resource),
			object(
				{
					data: arrayOf(ref(ITEM_SCHEMA[resource])),
					sources: {
						...arrayOf(ref('Source')),
						description: 'Every published source the records on this page cite.'
					},
					meta: ref('Meta'),
					links: ref('Links')
				},
				`One page of ${resource}.`
			)
		])
	)
};

function listSchemaName(resource: ApiResource): string {
	return `${ITEM_SCHEMA[resource]}List`;
}

/** What a parameter's value looks like; its description comes from describeParameters. */
function parameterSchema(resource: ApiResource, name: string): Schema {
	const many = (items: Schema): Schema => arrayOf(items);
	switch (name) {
		case 'limit':
			return { type: 'integer', minimum: 1, maximum: MAX_LIMIT };
		case 'offset':
			return { type: 'integer', minimum: 0 };
		case 'sort':
			return oneOfValues(SORTS[resource]);
		case 'from':
		case 'to':
			return { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' };
		case 'country':
			return many({ type: 'string', pattern: '^[A-Za-z]{2}$' });
		case 'theme':
			return many({ type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' });
		case 'rating':
			return many(oneOfValues(RATINGS));
		case 'verification':
			return many(oneOfValues(VERIFICATION_LEVELS));
		case 'type':
			return many(oneOfValues(resource === 'cases' ? CASE_TYPES : ENGAGEMENT_KINDS));
		case 'lang':
			return oneOfValues(CONTENT_LANGS);
		default:
			throw new Error(`The OpenAPI document has no schema for the parameter ${name}; add one.`);
	}
}

function parametersOf(resource: ApiResource): Schema[] {
	return Object.entries(describeParameters(resource)).map(([name, description]) => ({
		name,
		in: 'query',
		required: false,
		description,
		schema: parameterSchema(resource, name),
		// Lists may also be sent comma-separated; the repeated form is the one OpenAPI names.
		...(LIST_PARAMETERS.has(name) ? { style: 'form', explode: true } : {})
	}));
}

const badParameter = {
	description: 'A parameter the list does not know, or a value it cannot read.',
	content: { 'application/json': { schema: ref('ParameterProblem') } }
};

const SUMMARIES: Record<ApiResource, string> = {
	countries: 'Published countries with their pledge counts, ratings and citations',
	pledges: 'Published pledges with their current rating',
	cases: 'Published cases (people at risk under a pseudonym only)',
	engagements: 'Published EU engagements with the asks made for them and raised at them'
};

/** The OpenAPI 3.1 document for this site's /api/v1, with absolute URLs under `origin`. */
export function openApiDocument(origin: string): Schema {
	const paths: Record<string, Schema> = {
		'/api/v1': {
			get: {
				operationId: 'index',
				summary: 'Every endpoint with the parameters it takes',
				responses: {
					'200': { description: 'The index.', content: { 'application/json': { schema: {} } } }
				}
			}
		},
		'/api/v1/openapi.json': {
			get: {
				operationId: 'openapi',
				summary: 'This document',
				responses: {
					'200': {
						description: 'The OpenAPI 3.1 document.',
						content: { 'application/json': { schema: {} } }
					}
				}
			}
		}
	};
	for (const resource of API_RESOURCES) {
		paths[`/api/v1/${resource}`] = {
			get: {
				operationId: `list${ITEM_SCHEMA[resource]}`,
				summary: `${SUMMARIES[resource]}, as JSON pages`,
				parameters: parametersOf(resource),
				responses: {
					'200': {
						description: 'One page of matches, with the sources they cite and page links.',
						content: { 'application/json': { schema: ref(listSchemaName(resource)) } }
					},
					'400': badParameter
				}
			}
		};
		paths[`/api/v1/${resource}.csv`] = {
			get: {
				operationId: `export${ITEM_SCHEMA[resource]}Csv`,
				summary: `${SUMMARIES[resource]}, as CSV (every match unless limit is given)`,
				parameters: parametersOf(resource),
				responses: {
					'200': {
						description:
							'One row per record; dates as text, precision, earliest and latest day; lists joined with "; ".',
						content: { 'text/csv': { schema: { type: 'string' } } }
					},
					'400': badParameter
				}
			}
		};
	}
	paths['/api/v1/countries/{code}/feed.atom'] = {
		get: {
			operationId: 'countryFeed',
			summary: 'Atom feed of newly published cases and rating changes in one country',
			parameters: [
				{
					name: 'code',
					in: 'path',
					required: true,
					description: 'A two-letter country code listed at /api/v1/countries.',
					schema: { type: 'string', pattern: '^[A-Za-z]{2}$' }
				},
				{
					name: 'lang',
					in: 'query',
					required: false,
					description: `${LANG_HELP}; the entries link to the pages in that language`,
					schema: oneOfValues(CONTENT_LANGS)
				}
			],
			responses: {
				'200': {
					description: 'The feed, newest first.',
					content: { 'application/atom+xml': { schema: { type: 'string' } } }
				},
				'400': {
					description: 'A language other than en, ru or kk.',
					content: { 'application/json': { schema: ref('ParameterProblem') } }
				},
				'404': {
					description: 'No published country has this code.',
					content: { 'application/json': { schema: ref('NotFound') } }
				}
			}
		}
	};

	return {
		openapi: '3.1.0',
		jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
		info: {
			title: 'Pledgewatch open data',
			version: '1',
			description:
				'Published records only: pledges with their current rating, documented cases and EU engagements, with the sources they cite. People at risk appear only under a pseudonym. Licence and citation guidance: /open-data. No licence is stated in this document: the organisation running this site sets it.'
		},
		externalDocs: { description: 'Open data guide', url: `${origin}/open-data` },
		servers: [{ url: origin }],
		paths,
		components: { schemas: SCHEMAS }
	};
}

/** One field of a list's records, as the open data page lists it. */
export interface FieldDoc {
	name: string;
	kind: string;
	description: string;
}

const NAMED: Record<string, string> = {
	PreciseDate: 'date (text, precision, earliest and latest day)',
	Citation: 'citation',
	Actor: 'person or organisation',
	CaseActor: 'person or organisation, with a note',
	Theme: 'theme',
	RecordRef: 'record (id and title)',
	LinkedRecord: 'record (id, title and a note)',
	Rating: 'rating (rating, assessedOn, rationale, citations)',
	FieldVersion: 'field version (lang, text, original)'
};

/** How a field's value reads in words, from its schema. */
function kindOf(schema: Schema): string {
	if (typeof schema.$ref === 'string') {
		const name = schema.$ref.split('/').pop() ?? '';
		return NAMED[name] ?? name;
	}
	if (Array.isArray(schema.anyOf)) {
		const [first] = schema.anyOf as Schema[];
		return `${first ? kindOf(first) : ''} or null`;
	}
	if (Array.isArray(schema.enum)) return `one of ${schema.enum.join(', ')}`;
	if (schema.type === 'array') return `list of ${kindOf(schema.items as Schema)}`;
	if (schema.type === 'object') return 'object';
	if (schema.format === 'date') return 'day (YYYY-MM-DD)';
	return String(schema.type ?? '');
}

/** The fields of each list's records, from the same schemas the OpenAPI document gives. */
export function describeFields(resource: ApiResource): FieldDoc[] {
	const schema = SCHEMAS[ITEM_SCHEMA[resource]] as { properties: Record<string, Schema> };
	return Object.entries(schema.properties).map(([name, field]) => ({
		name,
		kind: kindOf(field),
		description: typeof field.description === 'string' ? field.description : ''
	}));
}
