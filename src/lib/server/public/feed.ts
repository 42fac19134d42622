import { sql } from 'kysely';
import { formatPeriod, fromColumns, type PreciseDate } from '$lib/dates';
import type { ContentLang } from '$lib/domain/translations';
import type { DB } from '$lib/server/db/connect';
import { markdownText } from '$lib/server/markdown';
import type { CaseType, Rating } from '$lib/server/db/schema';
import { caseTypeLabel, ratingLabel } from '$lib/localized-labels';
import { m } from '$lib/paraglide/messages';
import { baseLocale, type Locale } from '$lib/paraglide/runtime';
import { CASE_REF_COLUMNS } from './published-columns';
import { findPublicCountry } from './public-countries';
import { newestAssessmentFirst } from '$lib/server/repositories/assessment-order';
import type { PublicCountry } from '$lib/domain/public-records';
import { groupBy, isPublished } from './visibility';

/*
 * What a country's feed announces: cases as they are published, and each published change of
 * a pledge's rating with the rating it replaced. Both are dated by when they were published,
 * which is what a reader of a feed means by "new". A summary is plain text, so a case's
 * Markdown description is read as text. An item keeps what its words are made from
 * (`source`), so a feed in another language can swap in translated record text and then word
 * the item in that language (`itemText`).
 */

/** What an item's title and summary are made from: record text and the values labelled. */
export type FeedSource =
	| {
			kind: 'case';
			/** The case: `title` and `description` as localizeRecords finds them. */
			id: string;
			title: string;
			description: string;
			caseType: CaseType;
			start: PreciseDate | null;
			end: PreciseDate | null;
			ongoing: boolean;
	  }
	| {
			kind: 'rating';
			/** The pledge whose rating changed, with its title. */
			id: string;
			title: string;
			rating: Rating;
			before: Rating | undefined;
			/** The assessment, whose `rationale` localizeRecords finds beside it. */
			assessmentId: string;
			assessedOn: string;
			rationale: string;
	  };

export interface FeedItem {
	kind: 'case' | 'rating';
	/** The case or the assessment: stable, so a feed reader never shows an item twice. */
	recordId: string;
	/** The public page of what the item announces: the case, or the pledge whose rating changed. */
	path: string;
	title: string;
	summary: string;
	published: string;
	source: FeedSource;
	/** In a feed in another language, the language the title's and summary's record text is in. */
	langs?: { title: ContentLang; summary: ContentLang };
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

/** An item's title and summary in `locale`, from its source. */
export function itemText(
	source: FeedSource,
	locale: Locale = baseLocale
): { title: string; summary: string } {
	if (source.kind === 'case') {
		const period = formatPeriod(source.start, source.end, source.ongoing, null, locale);
		return {
			title: source.title,
			summary: shorten(
				[`${caseTypeLabel(source.caseType, locale)}, ${period}.`, markdownText(source.description)]
					.filter(Boolean)
					.join(' ')
			)
		};
	}
	const change = source.before
		? `${ratingLabel(source.before, locale)} → ${ratingLabel(source.rating, locale)}`
		: ratingLabel(source.rating, locale);
	return {
		title: `${source.title}: ${change}`,
		summary: shorten(
			`${m.feed_assessed_on({ date: source.assessedOn }, { locale })} ${source.rationale}`
		)
	};
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
		const source: FeedSource = {
			kind: 'case',
			id: c.id,
			title: c.title,
			description: c.description,
			caseType: c.case_type,
			start: fromColumns(c, 'start'),
			end: fromColumns(c, 'end'),
			ongoing: Number(c.ongoing) === 1
		};
		return {
			kind: 'case',
			recordId: c.id,
			path: `${countryPath}/cases/${c.id}`,
			...itemText(source),
			published: c.published,
			source
		};
	});

	const ratingItems: FeedItem[] = [];
	for (const history of groupBy(assessments, (a) => a.pledge_id).values()) {
		history.forEach((a, i) => {
			const source: FeedSource = {
				kind: 'rating',
				id: a.pledge_id,
				title: a.pledge_title,
				rating: a.rating,
				before: history[i + 1]?.rating,
				assessmentId: a.id,
				assessedOn: a.assessed_on,
				rationale: a.rationale
			};
			ratingItems.push({
				kind: 'rating',
				recordId: a.id,
				path: `${countryPath}/pledges/${a.pledge_id}`,
				...itemText(source),
				published: a.published,
				source
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
