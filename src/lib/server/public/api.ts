import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { fromColumns } from '$lib/dates';
import type { DB } from '$lib/server/db/connect';
import { isDeadlineMissed } from '$lib/server/repositories/pledges';
import type { LinkKind } from '$lib/server/db/schema';
import { toPublicActor } from './public-actors';
import { loadCitations } from './cite';
import { CASE_COLUMNS, ENGAGEMENT_COLUMNS, PLEDGE_COLUMNS } from './published-columns';
import { listPublicCountries } from './public-countries';
import { rankedAssessments } from './ratings';
import { toPublicCase, toPublicEngagement } from './shapes';
import {
	loadActors,
	loadCaseActors,
	loadCaseLaws,
	loadEngagementActors,
	loadLinks,
	loadPledgeLaws
} from './joined-rows';
import { loadThemes } from './published-themes';
import type { ApiCase, ApiCountry, ApiEngagement, ApiPage, ApiPledge } from './api-types';
import type { CaseQuery, CountryQuery, EngagementQuery, PledgeQuery } from './api-params';
import type { PublicLinkedRecord } from '$lib/domain/public-records';
import { groupBy, isPublished } from './visibility';
import { currentTime } from '../clock.js';

/*
 * The open-data lists: published records of published countries, filtered, ordered and cut
 * into pages in SQL, then completed with a fixed number of queries per page (actors, laws,
 * themes, links, citations), each of which filters what it joins to published rows again.
 * `limit` undefined means every match (the CSV export walks them in pages itself).
 */

/** A record's span on the calendar, as the date filters and the date order read it. */
interface Span {
	earliest: RawBuilder<string | null>;
	latest: RawBuilder<string | null>;
}

const SPANS = {
	pledges: {
		earliest: sql`pledges.made_earliest`,
		latest: sql`coalesce(pledges.made_latest, pledges.made_earliest)`
	},
	// An ongoing case reaches into every later window; a case known only to precede its source
	// (no earliest day) may have started any time before its latest.
	cases: {
		earliest: sql`cases.start_earliest`,
		latest: sql`case when cases.ongoing = 1 then '9999-12-31' else coalesce(cases.end_latest, cases.start_latest, cases.end_earliest, cases.start_earliest) end`
	},
	engagements: {
		earliest: sql`engagements.start_earliest`,
		latest: sql`coalesce(engagements.end_latest, engagements.start_latest, engagements.start_earliest)`
	}
} satisfies Record<string, Span>;

/** Records whose date or span could reach into [from, to]; undated ones cannot. */
function windowConditions(span: Span, q: { from?: string; to?: string }): RawBuilder<SqlBool>[] {
	if (!q.from && !q.to) return [];
	const where = [sql<SqlBool>`${span.latest} is not null`];
	if (q.from) where.push(sql<SqlBool>`${span.latest} >= ${q.from}`);
	if (q.to) where.push(sql<SqlBool>`(${span.earliest} is null or ${span.earliest} <= ${q.to})`);
	return where;
}

/* Undated records go last either way (SQLite and PostgreSQL disagree on NULLs); ids break ties. */
function ordering(table: 'pledges' | 'cases' | 'engagements', sort: string | undefined) {
	const span = SPANS[table];
	const key = sql`coalesce(${span.earliest}, ${span.latest})`;
	const id = sql.ref(`${table}.id`);
	if (sort === 'title') return sql`lower(${sql.ref(`${table}.title`)}), ${id}`;
	const direction = sort === '-date' ? sql`desc` : sql`asc`;
	return sql`case when ${key} is null then 1 else 0 end, ${key} ${direction}, ${id}`;
}

function themed(type: 'pledge' | 'case', idColumn: string, slugs: string[]): RawBuilder<SqlBool> {
	return sql<SqlBool>`exists (select 1 from record_themes inner join themes on themes.id = record_themes.theme_id where ${isPublished('themes')} and themes.slug in (${sql.join(slugs)}) and record_themes.record_type = ${type} and record_themes.record_id = ${sql.ref(idColumn)})`;
}

const inCountries = (codes: string[]) =>
	sql<SqlBool>`upper(countries.code) in (${sql.join(codes)})`;

function page<T>(rows: T[], q: { limit?: number; offset?: number }): T[] {
	const start = q.offset ?? 0;
	return rows.slice(start, q.limit === undefined ? undefined : start + q.limit);
}

/**
 * Published countries with their pledge ratings and counts, by name or code, each with the
 * citations its page gives for the summary (and those sources), so the data cites as the page does.
 */
export async function listApiCountries(db: DB, q: CountryQuery): Promise<ApiPage<ApiCountry>> {
	const all = (await listPublicCountries(db, { recentCases: 0 })).map(
		({ recentCases: _recent, ...country }) => country
	);
	if (q.sort === 'code') all.sort((a, b) => a.code.localeCompare(b.code));
	const shown = page(all, q);
	const idRows =
		shown.length === 0
			? []
			: await db
					.selectFrom('countries')
					.where(isPublished('countries'))
					.where(
						'countries.code',
						'in',
						shown.map((c) => c.code)
					)
					.select(['countries.id', 'countries.code'])
					.execute();
	const idByCode = new Map(idRows.map((r) => [r.code, r.id]));
	const citations = await loadCitations(db, [{ type: 'country', ids: idRows.map((r) => r.id) }]);
	const items = shown.map((country) => {
		const id = idByCode.get(country.code);
		return { ...country, citations: id ? citations.of('country', id) : [] };
	});
	return { items, sources: citations.sources, total: all.length };
}

/**
 * The titles of published records among `ids` (in published countries), for links: a link
 * to a draft, deleted or otherwise hidden record is dropped with its note.
 */
async function visibleTitles(
	db: DB,
	table: 'pledges' | 'cases' | 'asks',
	ids: readonly string[]
): Promise<Map<string, string>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.selectFrom(table)
		.innerJoin('countries', 'countries.id', `${table}.country_id`)
		.where(isPublished(table))
		.where(isPublished('countries'))
		.where(`${table}.id`, 'in', [...ids])
		.select([`${table}.id as id`, `${table}.title as title`])
		.execute();
	return new Map(rows.map((r) => [r.id, r.title]));
}

/** Typed links from or to the page's records whose far end is a visible record of `farTable`. */
async function linkedRecords(
	db: DB,
	kind: LinkKind,
	side: 'from' | 'to',
	ids: readonly string[],
	farTable: 'pledges' | 'cases' | 'asks'
): Promise<Map<string, PublicLinkedRecord[]>> {
	const held = new Set(ids);
	const far = side === 'from' ? 'to' : 'from';
	const farType = { pledges: 'pledge', cases: 'case', asks: 'ask' }[farTable];
	const links = (await loadLinks(db, [kind], ids)).filter(
		(l) => held.has(l[`${side}_id`]) && l[`${far}_type`] === farType
	);
	const titles = await visibleTitles(
		db,
		farTable,
		links.map((l) => l[`${far}_id`])
	);
	const out = new Map<string, PublicLinkedRecord[]>();
	for (const l of links) {
		const title = titles.get(l[`${far}_id`]);
		if (title === undefined) continue;
		const list = out.get(l[`${side}_id`]) ?? [];
		list.push({ id: l[`${far}_id`], title, note: l.note });
		out.set(l[`${side}_id`], list);
	}
	return out;
}

/** Both ends of a symmetric link (case related to case) read from each held record. */
async function relatedCases(db: DB, ids: readonly string[]) {
	const [forward, backward] = await Promise.all([
		linkedRecords(db, 'related_to', 'from', ids, 'cases'),
		linkedRecords(db, 'related_to', 'to', ids, 'cases')
	]);
	return (id: string) => [...(forward.get(id) ?? []), ...(backward.get(id) ?? [])];
}

export async function listApiPledges(db: DB, q: PledgeQuery): Promise<ApiPage<ApiPledge>> {
	const where = [
		...windowConditions(SPANS.pledges, q),
		...(q.country?.length ? [inCountries(q.country)] : []),
		...(q.theme?.length ? [themed('pledge', 'pledges.id', q.theme)] : []),
		...(q.rating?.length
			? [sql<SqlBool>`coalesce(rated.rating, 'not_yet_rated') in (${sql.join(q.rating)})`]
			: [])
	];
	const matching = db
		.selectFrom('pledges')
		.innerJoin('countries', 'countries.id', 'pledges.country_id')
		.leftJoin(rankedAssessments(db).as('rated'), (join) =>
			join.onRef('rated.pledge_id', '=', 'pledges.id').on('rated.recency', '=', 1)
		)
		.where(isPublished('pledges'))
		.where(isPublished('countries'))
		.where((eb) => eb.and(where));

	const [count, rows] = await Promise.all([
		matching.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
		matching
			.select([
				...PLEDGE_COLUMNS,
				'countries.code as country_code',
				'rated.id as assessment_id',
				'rated.rating',
				'rated.assessed_on',
				'rated.rationale'
			])
			.orderBy(ordering('pledges', q.sort))
			.$if(q.limit !== undefined, (b) => b.limit(q.limit ?? 0))
			.$if(q.offset !== undefined, (b) => b.offset(q.offset ?? 0))
			.execute()
	]);

	const ids = rows.map((r) => r.id);
	const assessmentIds = rows.flatMap((r) => (r.assessment_id ? [r.assessment_id] : []));
	const makerIds = [
		...new Set(rows.flatMap((r) => (r.made_by_actor_id ? [r.made_by_actor_id] : [])))
	];
	const [makers, laws, themes, citations, contradicted, supported, engagements] = await Promise.all(
		[
			loadActors(db, makerIds),
			loadPledgeLaws(db, ids),
			loadThemes(db, [{ type: 'pledge', ids }]),
			loadCitations(db, [
				{ type: 'pledge', ids },
				{ type: 'assessment', ids: assessmentIds }
			]),
			linkedRecords(db, 'contradicted_by', 'from', ids, 'cases'),
			linkedRecords(db, 'supported_by', 'from', ids, 'cases'),
			engagementsOf(db, rows)
		]
	);
	const makerById = new Map(makers.map((a) => [a.id, toPublicActor(a)]));
	const lawsByPledge = groupBy(laws, (l) => l.pledge_id);
	const today = currentTime().toISOString().slice(0, 10);

	const items = rows.map((r): ApiPledge => {
		const rating = r.rating ?? 'not_yet_rated';
		return {
			id: r.id,
			country: r.country_code,
			title: r.title,
			promise: r.promise,
			description: r.description,
			madeBy: (r.made_by_actor_id && makerById.get(r.made_by_actor_id)) || null,
			occasion: r.occasion,
			made: fromColumns(r, 'made'),
			engagement: engagements.get(r.id) ?? null,
			deadline: r.deadline,
			deadlineMissed: isDeadlineMissed(r, rating, today),
			themes: themes.of('pledge', r.id),
			current: {
				rating,
				assessedOn: r.assessed_on ?? null,
				rationale: r.rationale ?? '',
				citations: r.assessment_id ? citations.of('assessment', r.assessment_id) : []
			},
			contradictedBy: contradicted.get(r.id) ?? [],
			supportedBy: supported.get(r.id) ?? [],
			laws: (lawsByPledge.get(r.id) ?? []).map((l) => ({ id: l.id, title: l.title })),
			citations: citations.of('pledge', r.id)
		};
	});
	return { items, sources: citations.sources, total: Number(count.n) };
}

/** The published engagement each pledge was made at: its own column, else a made-at link. */
async function engagementsOf(
	db: DB,
	pledges: readonly { id: string; engagement_id: string | null }[]
): Promise<Map<string, { id: string; title: string }>> {
	const links = await loadLinks(
		db,
		['made_at'],
		pledges.map((p) => p.id)
	);
	const target = new Map<string, string>();
	for (const p of pledges) {
		const viaLink = links.find(
			(l) => l.from_id === p.id && l.from_type === 'pledge' && l.to_type === 'engagement'
		);
		const id = p.engagement_id ?? viaLink?.to_id;
		if (id) target.set(p.id, id);
	}
	if (target.size === 0) return new Map();
	const rows = await db
		.selectFrom('engagements')
		.where(isPublished('engagements'))
		.where('engagements.id', 'in', [...new Set(target.values())])
		.select(['engagements.id', 'engagements.title'])
		.execute();
	const byId = new Map(rows.map((r) => [r.id, { id: r.id, title: r.title }]));
	const out = new Map<string, { id: string; title: string }>();
	for (const [pledgeId, engagementId] of target) {
		const found = byId.get(engagementId);
		if (found) out.set(pledgeId, found);
	}
	return out;
}

export async function listApiCases(db: DB, q: CaseQuery): Promise<ApiPage<ApiCase>> {
	const where = [
		...windowConditions(SPANS.cases, q),
		...(q.country?.length ? [inCountries(q.country)] : []),
		...(q.theme?.length ? [themed('case', 'cases.id', q.theme)] : [])
	];
	const matching = db
		.selectFrom('cases')
		.innerJoin('countries', 'countries.id', 'cases.country_id')
		.where(isPublished('cases'))
		.where(isPublished('countries'))
		.$if(Boolean(q.type?.length), (b) => b.where('cases.case_type', 'in', q.type ?? []))
		.$if(Boolean(q.verification?.length), (b) =>
			b.where('cases.verification', 'in', q.verification ?? [])
		)
		.where((eb) => eb.and(where));

	const [count, rows] = await Promise.all([
		matching.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
		matching
			.select([...CASE_COLUMNS, 'countries.code as country_code'])
			.orderBy(ordering('cases', q.sort))
			.$if(q.limit !== undefined, (b) => b.limit(q.limit ?? 0))
			.$if(q.offset !== undefined, (b) => b.offset(q.offset ?? 0))
			.execute()
	]);

	const ids = rows.map((r) => r.id);
	const [actors, laws, themes, citations, contradicts, related] = await Promise.all([
		loadCaseActors(db, ids),
		loadCaseLaws(db, ids),
		loadThemes(db, [{ type: 'case', ids }]),
		loadCitations(db, [{ type: 'case', ids }]),
		linkedRecords(db, 'contradicted_by', 'to', ids, 'pledges'),
		relatedCases(db, ids)
	]);
	const actorsByCase = groupBy(actors, (a) => a.case_id);
	const lawsByCase = groupBy(laws, (l) => l.case_id);

	const items = rows.map((r): ApiCase => {
		const { id, ...rest } = toPublicCase(r, {
			actors: actorsByCase.get(r.id) ?? [],
			laws: lawsByCase.get(r.id) ?? [],
			themes: themes.of('case', r.id),
			contradicts: contradicts.get(r.id) ?? [],
			related: related(r.id),
			citations: citations.of('case', r.id)
		});
		// The country goes second, where the API has always put it.
		return { id, country: r.country_code, ...rest };
	});
	return { items, sources: citations.sources, total: Number(count.n) };
}

export async function listApiEngagements(
	db: DB,
	q: EngagementQuery
): Promise<ApiPage<ApiEngagement>> {
	const where = [
		...windowConditions(SPANS.engagements, q),
		...(q.country?.length ? [inCountries(q.country)] : [])
	];
	const matching = db
		.selectFrom('engagements')
		.innerJoin('countries', 'countries.id', 'engagements.country_id')
		.where(isPublished('engagements'))
		.where(isPublished('countries'))
		.$if(Boolean(q.type?.length), (b) => b.where('engagements.kind', 'in', q.type ?? []))
		.where((eb) => eb.and(where));

	const [count, rows] = await Promise.all([
		matching.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
		matching
			.select([...ENGAGEMENT_COLUMNS, 'countries.code as country_code'])
			.orderBy(ordering('engagements', q.sort))
			.$if(q.limit !== undefined, (b) => b.limit(q.limit ?? 0))
			.$if(q.offset !== undefined, (b) => b.offset(q.offset ?? 0))
			.execute()
	]);

	const ids = rows.map((r) => r.id);
	const [actors, citations, asksMadeFor, asksRaised] = await Promise.all([
		loadEngagementActors(db, ids),
		loadCitations(db, [{ type: 'engagement', ids }]),
		linkedRecords(db, 'made_for', 'to', ids, 'asks'),
		linkedRecords(db, 'raised_at', 'to', ids, 'asks')
	]);
	const actorsByEngagement = groupBy(actors, (a) => a.engagement_id);

	const items = rows.map((r): ApiEngagement => {
		// The API does not list the pledges made at an engagement.
		const {
			id,
			pledgesMade: _notListed,
			...rest
		} = toPublicEngagement(r, {
			actors: actorsByEngagement.get(r.id) ?? [],
			asksMadeFor: asksMadeFor.get(r.id) ?? [],
			asksRaised: asksRaised.get(r.id) ?? [],
			pledgesMade: [],
			citations: citations.of('engagement', r.id)
		});
		// The country goes second, where the API has always put it.
		return { id, country: r.country_code, ...rest };
	});
	return { items, sources: citations.sources, total: Number(count.n) };
}
