import { sql, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { dialectOf, type DB } from '$lib/server/db/connect';
import type { CaseType, Database } from '$lib/server/db/schema';
import {
	ASK_COLUMNS,
	CASE_COLUMNS,
	CASE_REF_COLUMNS,
	ENGAGEMENT_COLUMNS,
	LAW_COLUMNS,
	PLEDGE_COLUMNS
} from './published-columns';
import { isPublished } from './visibility';
import { readShape } from '$lib/server/db/read-shape';

/*
 * The published records of one country, one query per record type. Each query selects the
 * allow-listed columns of ./published-columns: internal notes, authorship and workflow columns never.
 *
 * A scope bounds what a page loads: given ids only, or the most recent `limit` rows after
 * `offset`, so a country with 10,000 cases costs a page no more than one with ten.
 */

export interface RowScope {
	ids?: readonly string[];
	limit?: number;
	offset?: number;
}

/** Filters for listing cases: by type (any of) and by the law applied. */
export interface CaseFilter {
	types?: readonly CaseType[];
	lawId?: string;
}

/** An IN list that is never empty (`in ()` is a syntax error): no ids match no row. */
function anyOf(ids: readonly string[] | undefined): string[] {
	return ids && ids.length > 0 ? [...ids] : [''];
}

/*
 * Most recent first by the latest day a record could have started; undated records last,
 * since one known only to precede its source could be years old. NULLS LAST is what SQLite's
 * DESC does anyway; spelled out, PostgreSQL reads this order from the indexes of migration 0014.
 */
const recentFirst = (table: string, prefix: string) =>
	sql`${sql.ref(`${table}.${prefix}_latest`)} desc nulls last, ${sql.ref(`${table}.${prefix}_earliest`)} desc, ${sql.ref(`${table}.title`)}, ${sql.ref(`${table}.id`)}`;

/** The ids of one page of the most recent rows of `ids` (a query of published rows' ids). */
function pageOfRecent<
	Q extends SelectQueryBuilder<Database, 'cases' | 'engagements', { id: string }>
>(ids: Q, table: 'cases' | 'engagements', scope: RowScope) {
	return ids
		.orderBy(recentFirst(table, 'start'))
		.limit(scope.limit ?? 0)
		.offset(scope.offset ?? 0);
}

/** A country's rows in a scope: the values of the shapes below. */
type ScopeParams = {
	countryId: string;
	ids: readonly string[] | undefined;
	limit: number | undefined;
	offset: number | undefined;
};
const scopeParams = (countryId: string, scope: RowScope): ScopeParams => ({
	countryId,
	ids: scope.ids,
	limit: scope.limit,
	// An offset without a limit skips nothing (as the queries below read a scope).
	offset: scope.limit === undefined ? undefined : scope.offset
});

const pledgeRows = readShape((db, scope: ScopeParams) =>
	db
		.selectFrom('pledges')
		.where(isPublished('pledges'))
		.where('pledges.country_id', '=', scope.countryId)
		.$if(scope.ids !== undefined, (q) => q.where('pledges.id', 'in', anyOf(scope.ids)))
		.$if(scope.limit !== undefined, (q) =>
			q
				.orderBy(recentFirst('pledges', 'made'))
				.limit(scope.limit ?? 0)
				.offset(scope.offset ?? 0)
		)
		.select(PLEDGE_COLUMNS)
		.orderBy('pledges.made_latest')
		.orderBy('pledges.title')
);

export function loadPledgeRows(db: DB, countryId: string, scope: RowScope = {}) {
	return pledgeRows.execute(db, scopeParams(countryId, scope));
}

/** A country's published cases matching the filter (the base of case lists and counts). */
export function publishedCases(db: DB, countryId: string, filter: CaseFilter = {}) {
	return db
		.selectFrom('cases')
		.where(isPublished('cases'))
		.where('cases.country_id', '=', countryId)
		.$if((filter.types?.length ?? 0) > 0, (q) =>
			q.where('cases.case_type', 'in', [...(filter.types ?? [])])
		)
		.$if(filter.lawId !== undefined, (q) =>
			q.where('cases.id', 'in', (eb) =>
				eb
					.selectFrom('case_laws')
					.where('case_laws.law_id', '=', filter.lawId ?? '')
					.select('case_laws.case_id')
			)
		);
}

const caseRows = readShape(
	(db, p: ScopeParams & { types: readonly CaseType[] | undefined; lawId: string | undefined }) => {
		const cases = publishedCases(db, p.countryId, { types: p.types, lawId: p.lawId }).$if(
			p.ids !== undefined,
			(q) => q.where('cases.id', 'in', anyOf(p.ids))
		);
		// A page of the most recent is picked by id first, from the covering index of migration
		// 0010, so only the rows shown are read whole (not every case's description, to sort).
		const rows =
			p.limit === undefined
				? cases
				: db
						.selectFrom('cases')
						.where('cases.id', 'in', pageOfRecent(cases.select('cases.id'), 'cases', p))
						.orderBy(recentFirst('cases', 'start'));
		return rows.select(CASE_COLUMNS).orderBy('cases.title');
	}
);

export function loadCaseRows(
	db: DB,
	countryId: string,
	scope: RowScope = {},
	filter: CaseFilter = {}
) {
	return caseRows.execute(db, {
		...scopeParams(countryId, scope),
		// An empty type list filters nothing, as publishedCases reads it.
		types: filter.types?.length ? filter.types : undefined,
		lawId: filter.lawId
	});
}

const lawRows = readShape((db, scope: ScopeParams) =>
	db
		.selectFrom('laws')
		.where(isPublished('laws'))
		.where('laws.country_id', '=', scope.countryId)
		.$if(scope.ids !== undefined, (q) => q.where('laws.id', 'in', anyOf(scope.ids)))
		.$if(scope.limit !== undefined, (q) => q.limit(scope.limit ?? 0).offset(scope.offset ?? 0))
		.select(LAW_COLUMNS)
		.orderBy('laws.title')
);

export function loadLawRows(db: DB, countryId: string, scope: RowScope = {}) {
	return lawRows.execute(db, scopeParams(countryId, scope));
}

const engagementRows = readShape((db, scope: ScopeParams) => {
	const engagements = db
		.selectFrom('engagements')
		.where(isPublished('engagements'))
		.where('engagements.country_id', '=', scope.countryId)
		.$if(scope.ids !== undefined, (q) => q.where('engagements.id', 'in', anyOf(scope.ids)));
	// As for cases: the page's ids from the covering index, then only those rows whole.
	const rows =
		scope.limit === undefined
			? engagements
			: db
					.selectFrom('engagements')
					.where(
						'engagements.id',
						'in',
						pageOfRecent(engagements.select('engagements.id'), 'engagements', scope)
					)
					.orderBy(recentFirst('engagements', 'start'));
	return rows.select(ENGAGEMENT_COLUMNS).orderBy('engagements.title');
});

export function loadEngagementRows(db: DB, countryId: string, scope: RowScope = {}) {
	return engagementRows.execute(db, scopeParams(countryId, scope));
}

const askRows = readShape((db, scope: Pick<ScopeParams, 'countryId' | 'ids'>) =>
	db
		.selectFrom('asks')
		.where(isPublished('asks'))
		.where('asks.country_id', '=', scope.countryId)
		.$if(scope.ids !== undefined, (q) => q.where('asks.id', 'in', anyOf(scope.ids)))
		.select(ASK_COLUMNS)
		// Asks keep the order they were made and entered in, as a source lists them.
		.orderBy('asks.made_latest')
		.orderBy('asks.created_at')
		.orderBy('asks.title')
);

export function loadAskRows(db: DB, countryId: string, scope: RowScope = {}) {
	return askRows.execute(db, { countryId, ids: scope.ids });
}

const assessmentRows = readShape((db, p: { pledgeIds: readonly string[] }) =>
	db
		.selectFrom('pledge_assessments')
		.where(isPublished('pledge_assessments'))
		.where('pledge_assessments.pledge_id', 'in', [...p.pledgeIds])
		.select([
			'pledge_assessments.id',
			'pledge_assessments.pledge_id',
			'pledge_assessments.rating',
			'pledge_assessments.assessed_on',
			'pledge_assessments.rationale'
		])
		.orderBy('pledge_assessments.assessed_on', 'desc')
		.orderBy('pledge_assessments.created_at', 'desc')
		.orderBy('pledge_assessments.id', 'desc')
);

/** Published assessments of the given pledges, newest first (the first per pledge is current). */
export function loadAssessmentRows(db: DB, pledgeIds: readonly string[]) {
	if (pledgeIds.length === 0) return Promise.resolve([]);
	return assessmentRows.execute(db, { pledgeIds });
}

/*
 * The reads by id below are ordered by it though their callers look rows up by id: on
 * PostgreSQL a read of several rows in no set order runs alone, not batched with the reads
 * issued beside it (read-batch.ts), and each statement costs a round trip.
 *
 * Records looked up by id (the far ends of the page's links) are found through the primary key.
 * Without statistics SQLite guesses that the country's published rows are fewer than a list of
 * twenty ids and walks every one of the country's cases instead; a unary plus on the country
 * column, SQLite's documented way to keep a term from choosing an index, leaves it the key.
 * PostgreSQL plans from statistics and has no unary plus for text.
 */
function ofCountry(
	db: DB,
	table: 'cases' | 'pledges' | 'engagements' | 'asks' | 'laws',
	countryId: string
) {
	const column = sql.ref(`${table}.country_id`);
	return sql<SqlBool>`${dialectOf(db) === 'sqlite' ? sql`+${column}` : column} = ${countryId}`;
}

const caseRefRows = readShape((db, p: { countryId: string; ids: readonly string[] }) =>
	db
		.selectFrom('cases')
		.where('cases.id', 'in', [...p.ids])
		.where(isPublished('cases'))
		.where(ofCountry(db, 'cases', p.countryId))
		.select(CASE_REF_COLUMNS)
		.orderBy('cases.id')
);

/** Titles (and for cases, type and dates) of published records at the far end of a link. */
export function loadCaseRefRows(db: DB, countryId: string, ids: readonly string[]) {
	if (ids.length === 0) return Promise.resolve([]);
	return caseRefRows.execute(db, { countryId, ids });
}

type TitledTable = 'pledges' | 'engagements' | 'asks' | 'laws';
const titleRead = (table: TitledTable) =>
	readShape((db, p: { countryId: string; ids: readonly string[] }) =>
		db
			.selectFrom(table)
			.where(`${table}.id`, 'in', [...p.ids])
			.where(isPublished(table))
			.where(ofCountry(db, table, p.countryId))
			.select([`${table}.id`, `${table}.title`])
			.orderBy(`${table}.id`)
	);
const titleRows = {
	pledges: titleRead('pledges'),
	engagements: titleRead('engagements'),
	asks: titleRead('asks'),
	laws: titleRead('laws')
};

export function loadTitleRows(
	db: DB,
	countryId: string,
	table: TitledTable,
	ids: readonly string[]
) {
	if (ids.length === 0) return Promise.resolve([]);
	return titleRows[table].execute(db, { countryId, ids });
}

/**
 * The five sets a country's public record is assembled from (assembleRecords), each read in
 * its own scope (laws and asks whole): the country page's first rows, a briefing pack's window.
 */
export async function loadRowSets(
	db: DB,
	countryId: string,
	scopes: { pledges?: RowScope; cases?: RowScope; engagements?: RowScope }
) {
	const [pledges, cases, laws, engagements, asks] = await Promise.all([
		loadPledgeRows(db, countryId, scopes.pledges),
		loadCaseRows(db, countryId, scopes.cases),
		loadLawRows(db, countryId),
		loadEngagementRows(db, countryId, scopes.engagements),
		loadAskRows(db, countryId)
	]);
	return { pledges, cases, laws, engagements, asks };
}
