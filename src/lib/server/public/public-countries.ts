import { sql } from 'kysely';
import { preparedReads, type DB } from '$lib/server/db/connect';
import { RATING_ORDER } from '$lib/labels';
import { CASE_REF_COLUMNS } from './published-columns';
import { countCurrentRatings } from './ratings';
import type {
	PublicCountry,
	PublicCountrySummary,
	PublicRecentCase
} from '$lib/domain/public-records';
import { groupBy, isPublished } from './visibility';
import { toCaseLine } from './shapes';
import { readShape } from '$lib/server/db/read-shape';

const countryColumns = [
	'countries.id',
	'countries.code',
	'countries.name',
	'countries.region',
	'countries.summary',
	'countries.is_fictional'
] as const;

interface CountryRow {
	id: string;
	code: string;
	name: string;
	region: string;
	summary: string;
	is_fictional: number;
}

function toPublicCountry(row: CountryRow): PublicCountry {
	return {
		code: row.code,
		name: row.name,
		region: row.region,
		summary: row.summary,
		isFictional: Number(row.is_fictional) === 1
	};
}

const publicCountry = readShape((db, p: { code: string }) =>
	db
		.selectFrom('countries')
		.where(isPublished('countries'))
		.where((eb) => eb(eb.fn('upper', ['countries.code']), '=', p.code))
		.select(countryColumns)
);

/**
 * A published country by its code, matched case-insensitively. The id is for the read model's
 * own queries; only `country` is meant to reach a page. Every public page of a country starts
 * here, so PostgreSQL keeps the read prepared (preparedReads).
 */
export async function findPublicCountry(
	db: DB,
	code: string
): Promise<{ id: string; country: PublicCountry } | null> {
	const row = await publicCountry.executeTakeFirst(preparedReads(db), {
		code: code.trim().toUpperCase()
	});
	return row ? { id: row.id, country: toPublicCountry(row) } : null;
}

/*
 * Most recent first, by the earliest day a case could have started: a case known only to
 * precede its source ("by November 2021") could be years old, so it ranks after dated ones.
 */
const mostRecentFirst = sql`case when ${sql.ref('cases.start_earliest')} is null then 1 else 0 end, ${sql.ref('cases.start_earliest')} desc, ${sql.ref('cases.start_latest')} desc, ${sql.ref('cases.title')}`;

/**
 * Every published country with its pledge ratings at a glance and its most recent published
 * cases (none when `recentCases` is 0): four queries however many countries there are.
 */
export async function listPublicCountries(
	db: DB,
	{ recentCases = 3 }: { recentCases?: number } = {}
): Promise<PublicCountrySummary[]> {
	const countries = await db
		.selectFrom('countries')
		.where(isPublished('countries'))
		.select(countryColumns)
		.orderBy('countries.name')
		.execute();
	if (countries.length === 0) return [];
	const ids = countries.map((c) => c.id);

	const ranked = db
		.selectFrom('cases')
		.where(isPublished('cases'))
		.where('cases.country_id', 'in', ids)
		.select([
			...CASE_REF_COLUMNS,
			'cases.country_id',
			sql<number>`row_number() over (partition by ${sql.ref('cases.country_id')} order by ${mostRecentFirst})`.as(
				'recency'
			)
		]);

	const [ratingRows, caseCounts, caseRows] = await Promise.all([
		countCurrentRatings(db, ids),
		db
			.selectFrom('cases')
			.where(isPublished('cases'))
			.where('cases.country_id', 'in', ids)
			.select(['cases.country_id', (eb) => eb.fn.countAll<number>().as('total')])
			.groupBy('cases.country_id')
			.execute(),
		// Ranking every case is the costly part: skipped when no recent case is wanted (the API).
		recentCases === 0
			? []
			: db
					.selectFrom(ranked.as('ranked'))
					.selectAll()
					.where('ranked.recency', '<=', recentCases)
					.orderBy('ranked.country_id')
					.orderBy('ranked.recency')
					.execute()
	]);
	const caseCountOf = new Map(caseCounts.map((r) => [r.country_id, Number(r.total)]));
	const ratingsByCountry = groupBy(ratingRows, (r) => r.country_id);
	const casesByCountry = groupBy(caseRows, (r) => r.country_id);

	return countries.map((row) => {
		const ratings = ratingsByCountry.get(row.id) ?? [];
		const cases = casesByCountry.get(row.id) ?? [];
		const recent: PublicRecentCase[] = cases.map(toCaseLine);
		return {
			...toPublicCountry(row),
			pledgeCount: ratings.reduce((sum, r) => sum + r.count, 0),
			caseCount: caseCountOf.get(row.id) ?? 0,
			ratings: RATING_ORDER.flatMap((rating) => {
				const count = ratings.find((r) => r.rating === rating)?.count ?? 0;
				return count > 0 ? [{ rating, count }] : [];
			}),
			recentCases: recent
		};
	});
}
