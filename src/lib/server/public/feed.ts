import { sql } from 'kysely';
import { formatPeriod, fromColumns } from '$lib/dates';
import type { DB } from '$lib/server/db/connect';
import { markdownText } from '$lib/server/markdown';
import type { Rating } from '$lib/server/db/schema';
import { CASE_TYPE_LABELS, RATING_LABELS } from '$lib/labels';
import { CASE_REF_COLUMNS } from './published-columns';
import { findPublicCountry } from './public-countries';
import { newestAssessmentFirst } from '$lib/server/repositories/assessment-order';
import type { PublicCountry } from '$lib/domain/public-records';
import { groupBy, isPublished } from './visibility';

/*
 * What a country's feed announces: cases as they are published, and each published change of
 * a pledge's rating with the rating it replaced. Both are dated by when they were published,
 * which is what a reader of a feed means by "new". A summary is plain text, so a case's
 * Markdown description is read as text.
 */

export interface FeedItem {
	kind: 'case' | 'rating';
	/** The case or the assessment: stable, so a feed reader never shows an item twice. */
	recordId: string;
	/** The public page of what the item announces: the case, or the pledge whose rating changed. */
	path: string;
	title: string;
	summary: string;
	published: string;
}

export interface CountryFeed {
	country: PublicCountry;
	/** When the newest item was published (or the country, when it has none yet). */
	updated: string;
	items: FeedItem[];
}

const SUMMARY_LENGTH = 600;

function shorten(text: string): string {
	const t = text.trim();
	return t.length > SUMMARY_LENGTH ? `${t.slice(0, SUMMARY_LENGTH - 1).trimEnd()}…` : t;
}

const publishedAt = (table: 'cases' | 'pledge_assessments' | 'countries') =>
	sql<string>`coalesce(${sql.ref(`${table}.published_at`)}, ${sql.ref(`${table}.updated_at`)})`;

export async function loadCountryFeed(
	db: DB,
	code: string,
	{ limit = 50 }: { limit?: number } = {}
): Promise<CountryFeed | null> {
	const found = await findPublicCountry(db, code);
	if (!found) return null;

	const [countryRow, cases, assessments] = await Promise.all([
		db
			.selectFrom('countries')
			.where('countries.id', '=', found.id)
			.select(publishedAt('countries').as('published'))
			.executeTakeFirstOrThrow(),
		db
			.selectFrom('cases')
			.where(isPublished('cases'))
			.where('cases.country_id', '=', found.id)
			.select([...CASE_REF_COLUMNS, 'cases.description', publishedAt('cases').as('published')])
			.orderBy(publishedAt('cases'), 'desc')
			.orderBy('cases.id')
			.limit(limit)
			.execute(),
		// Every published assessment of the country's published pledges: the one before each
		// is what its rating changed from.
		db
			.selectFrom('pledge_assessments')
			.innerJoin('pledges', 'pledges.id', 'pledge_assessments.pledge_id')
			.where(isPublished('pledge_assessments'))
			.where(isPublished('pledges'))
			.where('pledges.country_id', '=', found.id)
			.select([
				'pledge_assessments.id',
				'pledge_assessments.pledge_id',
				'pledges.title as pledge_title',
				'pledge_assessments.rating',
				'pledge_assessments.assessed_on',
				'pledge_assessments.rationale',
				publishedAt('pledge_assessments').as('published')
			])
			.orderBy(newestAssessmentFirst())
			.execute()
	]);

	const countryPath = `/countries/${found.country.code.toLowerCase()}`;
	const caseItems: FeedItem[] = cases.map((c) => {
		const period = formatPeriod(
			fromColumns(c, 'start'),
			fromColumns(c, 'end'),
			Number(c.ongoing) === 1
		);
		return {
			kind: 'case',
			recordId: c.id,
			path: `${countryPath}/cases/${c.id}`,
			title: c.title,
			summary: shorten(
				[`${CASE_TYPE_LABELS[c.case_type]}, ${period}.`, markdownText(c.description)]
					.filter(Boolean)
					.join(' ')
			),
			published: c.published
		};
	});

	const ratingItems: FeedItem[] = [];
	for (const history of groupBy(assessments, (a) => a.pledge_id).values()) {
		history.forEach((a, i) => {
			const before: Rating | undefined = history[i + 1]?.rating;
			const change = before
				? `${RATING_LABELS[before]} → ${RATING_LABELS[a.rating]}`
				: RATING_LABELS[a.rating];
			ratingItems.push({
				kind: 'rating',
				recordId: a.id,
				path: `${countryPath}/pledges/${a.pledge_id}`,
				title: `${a.pledge_title}: ${change}`,
				summary: shorten(`Assessed on ${a.assessed_on}. ${a.rationale}`),
				published: a.published
			});
		});
	}

	const items = [...caseItems, ...ratingItems]
		.sort((a, b) => b.published.localeCompare(a.published) || a.recordId.localeCompare(b.recordId))
		.slice(0, limit);
	return {
		country: found.country,
		updated: items[0]?.published ?? countryRow.published,
		items
	};
}
