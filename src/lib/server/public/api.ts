import { sql, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { couldReachSql, reachSpanSql, undatedLast } from '$lib/date-spans';
import { preparedReads, type DB } from '$lib/server/db/connect';
import { readShape } from '$lib/server/db/read-shape';
import type { Database } from '$lib/server/db/schema';
import { countRows, page } from '$lib/server/repositories/listing';
import type { LinkKind } from '$lib/server/db/schema';
import { toPublicActor } from './public-actors';
import { loadCitations } from './cite';
import { CASE_COLUMNS, ENGAGEMENT_COLUMNS, PLEDGE_COLUMNS } from './published-columns';
import { listPublicCountries } from './public-countries';
import { rankedAssessments } from './ratings';
import { madeAtEngagement, toApiCase, toApiEngagement, toApiPledge } from './shapes';
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
import type { PublicLinkedRecord, PublicRecordRef } from '$lib/domain/public-records';
import { groupBy, isPublished } from './visibility';
import { currentTime } from '../clock.js';

/*
 * The open-data lists: published records of published countries, filtered, ordered and cut
 * into pages in SQL, then completed with a fixed number of queries per page (actors, laws,
 * themes, links, citations), each of which filters what it joins to published rows again.
 * `limit` undefined means every match (the CSV export walks them in pages itself).
 */

type ListedTable = 'pledges' | 'cases' | 'engagements';

/** How each list's records reach a filter window: the date-span module's one rule. */
const REACH = {
	pledges: reachSpanSql('made', 'pledges'),
	cases: reachSpanSql('case', 'cases'),
	engagements: reachSpanSql('period', 'engagements')
} satisfies Record<ListedTable, unknown>;

/* By date (undated records last either way) or by title; ids break ties. */
function ordering(table: ListedTable, sort: string | undefined): RawBuilder<unknown>[] {
	const id = sql.ref(`${table}.id`);
	if (sort === 'title') return [sql`lower(${sql.ref(`${table}.title`)})`, id];
	const { earliest, latest } = REACH[table];
	return [
		...undatedLast(sql`coalesce(${earliest}, ${latest})`, sort === '-date' ? 'desc' : 'asc'),
		id
	];
}

/**
 * How many records match, and the page of them `q` asks for, in its order. A page is chosen by
 * id first and only its rows are read whole: the filters and the ordering read columns an index
 * holds, so the database sorts index entries rather than every matching record's text. `joined`
 * is the tables `matching` filters, to read the chosen rows from. The choice counts the matches
 * as it goes (a window over every match, which the sort reads anyway), so a page that holds any
 * rows needs no count of its own; only a page past the last match asks for the count apart.
 */
async function totalAndPage<D, T extends keyof D, O, R>(
	joined: SelectQueryBuilder<D, T, O>,
	matching: SelectQueryBuilder<D, T, O>,
	columns: (query: SelectQueryBuilder<D, T, O>) => SelectQueryBuilder<D, T, R>,
	table: ListedTable,
	q: { sort?: string; limit?: number; offset?: number }
): Promise<[number, R[]]> {
	if (q.limit === undefined) {
		const order = ordering(table, q.sort);
		return Promise.all([countRows(matching), page(columns(matching), order, q).execute()]);
	}
	const rows = await pageQuery(joined, matching, columns, table, q).execute();
	return [await totalOf(rows, () => matching, q), rows];
}

/** The total a page's rows carry, or, past the last match, the count apart. */
async function totalOf<D, T extends keyof D, O>(
	rows: readonly { matched: number }[],
	matching: () => SelectQueryBuilder<D, T, O>,
	q: { offset?: number }
): Promise<number> {
	const first = rows[0];
	if (first) return Number(first.matched);
	return (q.offset ?? 0) === 0 ? 0 : await countRows(matching());
}

/** totalAndPage's read of a page (with a limit): the rows chosen by id, each with the total. */
function pageQuery<D, T extends keyof D, O, R>(
	joined: SelectQueryBuilder<D, T, O>,
	matching: SelectQueryBuilder<D, T, O>,
	columns: (query: SelectQueryBuilder<D, T, O>) => SelectQueryBuilder<D, T, R>,
	table: ListedTable,
	q: { sort?: string; limit?: number; offset?: number }
) {
	const order = ordering(table, q.sort);
	const id = sql.ref(`${table}.id`);
	const chosen = page(
		matching.select([id.as('id'), sql<number>`count(*) over ()`.as('matched')]),
		order,
		q
	);
	// Kysely cannot type a join to a derived table on a query of any table (hence the casts).
	const read = columns(joined).innerJoin(
		sql<{ id: string; matched: number }>`(${chosen})`.as('chosen'),
		(join) => join.on(sql<SqlBool>`${sql.ref('chosen.id')} = ${id}`)
	) as unknown as SelectQueryBuilder<D, T, R>;
	return page(
		read
			.select(sql<number>`${sql.ref('chosen.matched')}`.as('matched'))
			.$castTo<R & { matched: number }>(),
		order,
		{}
	);
}

function themed(type: 'pledge' | 'case', idColumn: string, slugs: string[]): RawBuilder<SqlBool> {
	return sql<SqlBool>`exists (select 1 from record_themes inner join themes on themes.id = record_themes.theme_id where ${isPublished('themes')} and themes.slug in (${sql.join(slugs)}) and record_themes.record_type = ${type} and record_themes.record_id = ${sql.ref(idColumn)})`;
}

/* On the record's own country column, so an index on it (with status and type) can be used. */
const inCountries = (table: ListedTable, codes: string[]) =>
	sql<SqlBool>`${sql.ref(`${table}.country_id`)} in (select id from countries where upper(countries.code) in (${sql.join(codes)}))`;

function pageOf<T>(rows: T[], q: { limit?: number; offset?: number }): T[] {
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
	const shown = pageOf(all, q);
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

/** Links of one kind from (or to) the page's records whose far end is a record of `farTable`. */
interface LinkEnd {
	kind: LinkKind;
	side: 'from' | 'to';
	farTable: 'pledges' | 'cases' | 'asks';
}

const FAR_TYPES = { pledges: 'pledge', cases: 'case', asks: 'ask' } as const;

/**
 * For each of `ends`, by name, the typed links from or to the page's records (of type `type`)
 * whose far end is a visible record of its table, by the page's record: one query for the
 * links of every kind asked, found through the index on the held end, and one per far table
 * for the titles.
 */
async function linkedRecords<K extends string>(
	db: DB,
	type: 'pledge' | 'case' | 'engagement',
	ids: readonly string[],
	ends: Record<K, LinkEnd>
): Promise<Record<K, Map<string, PublicLinkedRecord[]>>> {
	const held = new Set(ids);
	const named = Object.entries(ends) as [K, LinkEnd][];
	const loaded = await loadLinks(db, [...new Set(named.map(([, e]) => e.kind))], ids, [type]);
	const picked = named.map(([name, { kind, side, farTable }]) => {
		const far = side === 'from' ? ('to' as const) : ('from' as const);
		const links = loaded.filter(
			(l) =>
				l.kind === kind &&
				l[`${side}_type`] === type &&
				held.has(l[`${side}_id`]) &&
				l[`${far}_type`] === FAR_TYPES[farTable]
		);
		return { name, side, far, farTable, links };
	});
	const farTables = [...new Set(named.map(([, e]) => e.farTable))];
	const titles = new Map(
		await Promise.all(
			farTables.map(
				async (table) =>
					[
						table,
						await visibleTitles(
							db,
							table,
							picked.flatMap((p) =>
								p.farTable === table ? p.links.map((l) => l[`${p.far}_id`]) : []
							)
						)
					] as const
			)
		)
	);
	const out = {} as Record<K, Map<string, PublicLinkedRecord[]>>;
	for (const { name, side, far, farTable, links } of picked) {
		const byRecord = new Map<string, PublicLinkedRecord[]>();
		for (const l of links) {
			const title = titles.get(farTable)?.get(l[`${far}_id`]);
			if (title === undefined) continue;
			const list = byRecord.get(l[`${side}_id`]) ?? [];
			list.push({ id: l[`${far}_id`], title, note: l.note, noteId: l.id });
			byRecord.set(l[`${side}_id`], list);
		}
		out[name] = byRecord;
	}
	return out;
}

export async function listApiPledges(database: DB, q: PledgeQuery): Promise<ApiPage<ApiPledge>> {
	const db = preparedReads(database);
	const where = [
		...couldReachSql(REACH.pledges, q),
		...(q.country?.length ? [inCountries('pledges', q.country)] : []),
		...(q.theme?.length ? [themed('pledge', 'pledges.id', q.theme)] : []),
		...(q.rating?.length
			? [sql<SqlBool>`coalesce(rated.rating, 'not_yet_rated') in (${sql.join(q.rating)})`]
			: [])
	];
	const joined = db
		.selectFrom('pledges')
		.innerJoin('countries', 'countries.id', 'pledges.country_id')
		.leftJoin(rankedAssessments(db).as('rated'), (join) =>
			join.onRef('rated.pledge_id', '=', 'pledges.id').on('rated.recency', '=', 1)
		);
	const matching = joined
		.where(isPublished('pledges'))
		.where(isPublished('countries'))
		.where((eb) => eb.and(where));
	const [total, rows] = await totalAndPage(
		joined,
		matching,
		(b) =>
			b.select([
				...PLEDGE_COLUMNS,
				'countries.code as country_code',
				'rated.id as assessment_id',
				'rated.rating',
				'rated.assessed_on',
				'rated.rationale'
			]),
		'pledges',
		q
	);

	const ids = rows.map((r) => r.id);
	const assessmentIds = rows.flatMap((r) => (r.assessment_id ? [r.assessment_id] : []));
	const makerIds = [
		...new Set(rows.flatMap((r) => (r.made_by_actor_id ? [r.made_by_actor_id] : [])))
	];
	const [makers, laws, themes, citations, { contradicted, supported }, engagements] =
		await Promise.all([
			loadActors(db, makerIds),
			loadPledgeLaws(db, ids),
			loadThemes(db, [{ type: 'pledge', ids }]),
			loadCitations(db, [
				{ type: 'pledge', ids },
				{ type: 'assessment', ids: assessmentIds }
			]),
			linkedRecords(db, 'pledge', ids, {
				contradicted: { kind: 'contradicted_by', side: 'from', farTable: 'cases' },
				supported: { kind: 'supported_by', side: 'from', farTable: 'cases' }
			}),
			engagementsOf(db, rows)
		]);
	const makerById = new Map(makers.map((a) => [a.id, toPublicActor(a)]));
	const lawsByPledge = groupBy(laws, (l) => l.pledge_id);
	const today = currentTime().toISOString().slice(0, 10);

	const items = rows.map((r) =>
		toApiPledge(r, r.country_code, {
			madeBy: (r.made_by_actor_id && makerById.get(r.made_by_actor_id)) || null,
			engagement: engagements(r),
			themes: themes.of('pledge', r.id),
			currentCitations: r.assessment_id ? citations.of('assessment', r.assessment_id) : [],
			contradictedBy: contradicted.get(r.id) ?? [],
			supportedBy: supported.get(r.id) ?? [],
			laws: lawsByPledge.get(r.id) ?? [],
			citations: citations.of('pledge', r.id),
			today
		})
	);
	return { items, sources: citations.sources, total };
}

/** The published engagements the pledges were made at, in any published country. */
async function engagementsOf(
	db: DB,
	pledges: readonly { id: string; engagement_id: string | null }[]
): Promise<(pledge: { id: string; engagement_id: string | null }) => PublicRecordRef | null> {
	const madeAt = (
		await loadLinks(
			db,
			['made_at'],
			pledges.map((p) => p.id),
			['pledge']
		)
	).filter((l) => l.from_type === 'pledge' && l.to_type === 'engagement');
	// The engagement each pledge would name, were every engagement visible.
	const wanted = new Set(pledges.flatMap((p) => madeAtEngagement(p, madeAt, (id) => id)?.id ?? []));
	const titles = new Map<string, string>();
	if (wanted.size > 0) {
		const rows = await db
			.selectFrom('engagements')
			.where(isPublished('engagements'))
			.where('engagements.id', 'in', [...wanted])
			.select(['engagements.id', 'engagements.title'])
			.execute();
		for (const r of rows) titles.set(r.id, r.title);
	}
	return (pledge) => madeAtEngagement(pledge, madeAt, (id) => titles.get(id));
}

/** The published cases that match a query, joined to their countries (listApiCases). */
function casesMatching(db: DB, q: CaseQuery) {
	const where = [
		...couldReachSql(REACH.cases, q),
		...(q.country?.length ? [inCountries('cases', q.country)] : []),
		...(q.theme?.length ? [themed('case', 'cases.id', q.theme)] : [])
	];
	const joined = db.selectFrom('cases').innerJoin('countries', 'countries.id', 'cases.country_id');
	const matching = joined
		.where(isPublished('cases'))
		.where(isPublished('countries'))
		.$if(Boolean(q.type?.length), (b) => b.where('cases.case_type', 'in', q.type ?? []))
		.$if(Boolean(q.verification?.length), (b) =>
			b.where('cases.verification', 'in', q.verification ?? [])
		)
		.where((eb) => eb.and(where));
	return { joined, matching };
}

const caseColumns = <O>(b: SelectQueryBuilder<Database, 'cases' | 'countries', O>) =>
	b.select([...CASE_COLUMNS, 'countries.code as country_code']);

/*
 * A page of cases (with a limit), compiled once per shape (ReadShape): Kysely took about as
 * long to build and compile its date-span filters and ordering as SQLite took to run it. The
 * shape is the order; which of the window's ends are given and the lists' lengths are added.
 */
const casePage = readShape(
	(
		db: DB,
		v: {
			country: readonly string[];
			theme: readonly string[];
			type: readonly string[];
			verification: readonly string[];
			from?: string;
			to?: string;
			limit: number;
			offset: number;
		},
		shape: { sort?: string }
	) => {
		const q = {
			country: [...v.country],
			theme: [...v.theme],
			type: [...v.type],
			verification: [...v.verification],
			from: v.from,
			to: v.to,
			sort: shape.sort,
			limit: v.limit,
			offset: v.offset
		} as CaseQuery;
		const { joined, matching } = casesMatching(db, q);
		return pageQuery(joined, matching, caseColumns, 'cases', q);
	},
	({ sort }) => `${sort}`
);

/** Every matching case (no limit: the CSV export), with the total. */
function allCases(db: DB, q: CaseQuery) {
	const { joined, matching } = casesMatching(db, q);
	return totalAndPage(joined, matching, caseColumns, 'cases', q);
}

/** A page of matching cases (casePage), with the total its rows carry. */
async function pageOfCases(db: DB, q: CaseQuery, limit: number) {
	const rows = await casePage.execute(
		db,
		{
			country: q.country ?? [],
			theme: q.theme ?? [],
			type: q.type ?? [],
			verification: q.verification ?? [],
			from: q.from,
			to: q.to,
			limit,
			offset: q.offset ?? 0
		},
		{ sort: q.sort }
	);
	return [await totalOf(rows, () => casesMatching(db, q).matching, q), rows] as const;
}

export async function listApiCases(database: DB, q: CaseQuery): Promise<ApiPage<ApiCase>> {
	const db = preparedReads(database);
	const [total, rows] =
		q.limit === undefined ? await allCases(db, q) : await pageOfCases(db, q, q.limit);

	const ids = rows.map((r) => r.id);
	const [actors, laws, themes, citations, { contradicts, relatedFrom, relatedTo }] =
		await Promise.all([
			loadCaseActors(db, ids),
			loadCaseLaws(db, ids),
			loadThemes(db, [{ type: 'case', ids }]),
			loadCitations(db, [{ type: 'case', ids }]),
			linkedRecords(db, 'case', ids, {
				contradicts: { kind: 'contradicted_by', side: 'to', farTable: 'pledges' },
				// Related is symmetric: both ends, read from each held record.
				relatedFrom: { kind: 'related_to', side: 'from', farTable: 'cases' },
				relatedTo: { kind: 'related_to', side: 'to', farTable: 'cases' }
			})
		]);
	const actorsByCase = groupBy(actors, (a) => a.case_id);
	const lawsByCase = groupBy(laws, (l) => l.case_id);

	const items = rows.map((r) =>
		toApiCase(r, r.country_code, {
			actors: actorsByCase.get(r.id) ?? [],
			laws: lawsByCase.get(r.id) ?? [],
			themes: themes.of('case', r.id),
			contradicts: contradicts.get(r.id) ?? [],
			related: [...(relatedFrom.get(r.id) ?? []), ...(relatedTo.get(r.id) ?? [])],
			citations: citations.of('case', r.id)
		})
	);
	return { items, sources: citations.sources, total };
}

export async function listApiEngagements(
	database: DB,
	q: EngagementQuery
): Promise<ApiPage<ApiEngagement>> {
	const db = preparedReads(database);
	const where = [
		...couldReachSql(REACH.engagements, q),
		...(q.country?.length ? [inCountries('engagements', q.country)] : [])
	];
	const joined = db
		.selectFrom('engagements')
		.innerJoin('countries', 'countries.id', 'engagements.country_id');
	const matching = joined
		.where(isPublished('engagements'))
		.where(isPublished('countries'))
		.$if(Boolean(q.type?.length), (b) => b.where('engagements.kind', 'in', q.type ?? []))
		.where((eb) => eb.and(where));
	const [total, rows] = await totalAndPage(
		joined,
		matching,
		(b) => b.select([...ENGAGEMENT_COLUMNS, 'countries.code as country_code']),
		'engagements',
		q
	);

	const ids = rows.map((r) => r.id);
	const [actors, citations, { asksMadeFor, asksRaised }] = await Promise.all([
		loadEngagementActors(db, ids),
		loadCitations(db, [{ type: 'engagement', ids }]),
		linkedRecords(db, 'engagement', ids, {
			asksMadeFor: { kind: 'made_for', side: 'to', farTable: 'asks' },
			asksRaised: { kind: 'raised_at', side: 'to', farTable: 'asks' }
		})
	]);
	const actorsByEngagement = groupBy(actors, (a) => a.engagement_id);

	const items = rows.map((r) =>
		toApiEngagement(r, r.country_code, {
			actors: actorsByEngagement.get(r.id) ?? [],
			asksMadeFor: asksMadeFor.get(r.id) ?? [],
			asksRaised: asksRaised.get(r.id) ?? [],
			citations: citations.of('engagement', r.id)
		})
	);
	return { items, sources: citations.sources, total };
}
