import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '$lib/server/db/connect';
import type { Database, Rating } from '$lib/server/db/schema';
import { newestAssessmentFirst } from '$lib/server/repositories/assessment-order';
import { isPublished } from './visibility';

/*
 * On public pages a pledge's current rating is its latest published assessment (the order is
 * repositories/assessment-order.ts, shared with the workspace); with none, it is "not yet
 * rated". The overview's counts, the country page's history and the feed all use that order.
 */

/**
 * Published assessments ranked per pledge, newest first: `recency = 1` is the current one.
 * Join it as a subquery to rate pledges without loading their history.
 */
export function rankedAssessments(db: DB) {
	return db
		.selectFrom('pledge_assessments')
		.where(isPublished('pledge_assessments'))
		.select([
			'pledge_assessments.id',
			'pledge_assessments.pledge_id',
			'pledge_assessments.rating',
			'pledge_assessments.assessed_on',
			'pledge_assessments.rationale',
			sql<number>`row_number() over (partition by ${sql.ref('pledge_assessments.pledge_id')} order by ${newestAssessmentFirst()})`.as(
				'recency'
			)
		]);
}

export interface RatingCountRow {
	country_id: string;
	rating: Rating;
	count: number;
}

/**
 * The current rating of each pledge in the query, as a correlated subquery: the first of its
 * published assessments in the shared order, read from the first entry of migration 0016's
 * index per pledge instead of ranking every assessment.
 */
function currentRating(eb: ExpressionBuilder<Database, 'pledges'>) {
	return eb
		.selectFrom('pledge_assessments')
		.whereRef('pledge_assessments.pledge_id', '=', 'pledges.id')
		.where(isPublished('pledge_assessments'))
		.select('pledge_assessments.rating')
		.orderBy(newestAssessmentFirst())
		.limit(1);
}

/** Published pledges per country counted by current rating, in one query. */
export async function countCurrentRatings(
	db: DB,
	countryIds: readonly string[]
): Promise<RatingCountRow[]> {
	if (countryIds.length === 0) return [];
	const rated = db
		.selectFrom('pledges')
		.where(isPublished('pledges'))
		.where('pledges.country_id', 'in', [...countryIds])
		.select((eb) => [
			'pledges.country_id',
			eb.fn.coalesce(currentRating(eb), sql<Rating>`${'not_yet_rated'}`).as('rating')
		]);
	const rows = await db
		.selectFrom(rated.as('rated'))
		.select((eb) => ['rated.country_id', 'rated.rating', eb.fn.countAll<number>().as('count')])
		.groupBy(['rated.country_id', 'rated.rating'])
		.execute();
	return rows.map((r) => ({ country_id: r.country_id, rating: r.rating, count: Number(r.count) }));
}

export interface AssessmentRow {
	id: string;
	pledge_id: string;
	rating: Rating;
	assessed_on: string;
	rationale: string;
}
