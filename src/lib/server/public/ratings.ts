import { sql } from 'kysely';
import type { DB } from '$lib/server/db/connect';
import type { Rating } from '$lib/server/db/schema';
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

/** Published pledges per country counted by current rating, in one query. */
export async function countCurrentRatings(
	db: DB,
	countryIds: readonly string[]
): Promise<RatingCountRow[]> {
	if (countryIds.length === 0) return [];
	const latest = rankedAssessments(db);
	const rows = await db
		.selectFrom('pledges')
		.leftJoin(latest.as('latest'), (join) =>
			join.onRef('latest.pledge_id', '=', 'pledges.id').on('latest.recency', '=', 1)
		)
		.where(isPublished('pledges'))
		.where('pledges.country_id', 'in', [...countryIds])
		.select((eb) => [
			'pledges.country_id',
			eb.fn.coalesce('latest.rating', sql<Rating>`${'not_yet_rated'}`).as('rating'),
			eb.fn.countAll<number>().as('count')
		])
		.groupBy(['pledges.country_id', 'latest.rating'])
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
