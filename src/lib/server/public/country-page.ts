import { sql } from 'kysely';
import type { DB } from '$lib/server/db/connect';
import { RATING_ORDER } from '$lib/labels';
import { assembleRecords, type RowSets } from './assemble';
import { CASE_REF_COLUMNS } from './published-columns';
import { findPublicCountry } from './public-countries';
import { countPoliticalPrisoners, listPrisonerItems, prisonerTotals } from './prisoners';
import { countCurrentRatings } from './ratings';
import { loadRowSets, publishedCases } from './record-rows';
import type {
	PublicCountryFigures,
	PublicCountryPage,
	PublicLawUse,
	PublicPrisonerList
} from '$lib/domain/public-records';
import { getCountryTimeline, publicViewKey, timelineToday } from './timeline';
import { groupBy, isPublished, isPublishedAttachment } from './visibility';
import { DEFAULT_VIEW, type ViewState } from '$lib/timeline/url';
import { createMemo, publicMemoMs, registerPublicCache } from './memo';
import { renderDescription, renderSummary } from './page-markdown';
import { currentTime } from '../clock.js';
import { toCaseLine } from './shapes';

/*
 * The public country page. It stays the same size however large the record grows: figures
 * are counted in SQL, and each list holds the most recent few records with a link to its
 * full, paginated list. Laws and asks are listed whole (a country has tens, not thousands),
 * but the cases under each law are capped like every other list.
 */

export interface CountryPageLimits {
	pledges: number;
	cases: number;
	engagements: number;
	prisoners: number;
	/** Cases shown under each law, and contradicting cases under each pledge. */
	perRecord: number;
}

export const COUNTRY_PAGE_LIMITS: CountryPageLimits = {
	pledges: 6,
	cases: 5,
	engagements: 5,
	prisoners: 6,
	perRecord: 4
};

/**
 * Everything the public country page shows, or null when there is no published country with
 * that code. `today` (YYYY-MM-DD) decides whether a deadline has passed and who is still held.
 */
export async function getPublicCountryPage(
	db: DB,
	code: string,
	{
		today = currentTime().toISOString().slice(0, 10),
		limits = COUNTRY_PAGE_LIMITS,
		view = DEFAULT_VIEW
	}: { today?: string; limits?: CountryPageLimits; view?: ViewState } = {}
): Promise<PublicCountryPage | null> {
	const found = await findPublicCountry(db, code);
	if (!found) return null;
	const countryId = found.id;

	const [timeline, counted, rows, prisoners] = await Promise.all([
		getCountryTimeline(db, countryId, view, { today: timelineToday(today) }),
		countCountryFigures(db, countryId, today),
		loadRowSets(db, countryId, {
			pledges: { limit: limits.pledges },
			cases: { limit: limits.cases },
			engagements: { limit: limits.engagements }
		}),
		listPrisonerItems(db, countryId, { today, limit: limits.prisoners })
	]);
	const [records, lawUses] = await assembleWithLawUses(
		db,
		countryId,
		rows,
		{ today, citeCountry: true },
		limits.perRecord
	);

	return {
		country: {
			...renderSummary(found.country),
			citations: records.citations.of('country', countryId)
		},
		figures: { ...counted.figures, laws: rows.laws.length, asks: rows.asks.length },
		timeline,
		pledges: records.pledges.map((p) =>
			renderDescription({ ...p, contradictedBy: p.contradictedBy.slice(0, limits.perRecord) })
		),
		cases: records.cases.map(renderDescription),
		laws: records.laws.map(renderDescription),
		lawUses,
		engagements: records.engagements.map(renderDescription),
		asks: records.asks,
		prisoners: { ...counted.prisoners, items: prisoners },
		sources: records.sources
	};
}

/**
 * Totals and the pledge ratings at a glance, all counted in the database: the ratings in one
 * query (shared with the country list), every other figure in a second. Each count there is a
 * one-row table of its own, read from a covering index (migrations 0007, 0010 and 0018), and
 * the statement joins the rows, so the page pays for one statement, not one per figure.
 */
async function countCountryFigures(
	db: DB,
	countryId: string,
	today: string
): Promise<{
	figures: Omit<PublicCountryFigures, 'laws' | 'asks'>;
	prisoners: Omit<PublicPrisonerList, 'items'>;
}> {
	// Pledges with a contradicting case, as a semi-join: each pledge is probed once through
	// the links' unique index, with no distinct over every link to sort.
	const contradicted = db
		.selectFrom('pledges')
		.where(isPublished('pledges'))
		.where('pledges.country_id', '=', countryId)
		.where(({ exists, selectFrom }) =>
			exists(
				selectFrom('links')
					.innerJoin('cases', 'cases.id', 'links.to_id')
					.where('links.kind', '=', 'contradicted_by')
					.where('links.from_type', '=', 'pledge')
					.whereRef('links.from_id', '=', 'pledges.id')
					.where('links.to_type', '=', 'case')
					.where(isPublishedAttachment('links'))
					.where(isPublished('cases'))
					.where('cases.country_id', '=', countryId)
					.select(sql<number>`1`.as('one'))
			)
		)
		.select((eb) => eb.fn.countAll<number>().as('contradicted'));
	const cases = publishedCases(db, countryId).select((eb) => eb.fn.countAll<number>().as('cases'));
	const raisedCount = (answer: 'yes' | 'no' | 'unknown') =>
		sql<number>`count(*) filter (where ${sql.ref('engagements.human_rights_raised')} = ${answer})`;
	const raised = db
		.selectFrom('engagements')
		.where(isPublished('engagements'))
		.where('engagements.country_id', '=', countryId)
		.select([
			raisedCount('yes').as('raised_yes'),
			raisedCount('no').as('raised_no'),
			raisedCount('unknown').as('raised_unknown')
		]);
	const [ratingRows, counts] = await Promise.all([
		countCurrentRatings(db, [countryId]),
		db
			.selectFrom([
				contradicted.as('contradicted'),
				cases.as('cases'),
				raised.as('raised'),
				countPoliticalPrisoners(db, countryId, today).as('prisoners')
			])
			.selectAll()
			.executeTakeFirst()
	]);
	const answer = (n: unknown) => Number(n ?? 0);
	const raisedBy = {
		yes: answer(counts?.raised_yes),
		no: answer(counts?.raised_no),
		unknown: answer(counts?.raised_unknown)
	};
	const ratings = RATING_ORDER.map((rating) => ({
		rating,
		count: ratingRows.find((r) => r.rating === rating)?.count ?? 0
	}));
	return {
		figures: {
			pledges: ratings.reduce((sum, r) => sum + r.count, 0),
			ratings,
			contradicted: answer(counts?.contradicted),
			cases: answer(counts?.cases),
			engagements: raisedBy.yes + raisedBy.no + raisedBy.unknown,
			raised: raisedBy
		},
		prisoners: prisonerTotals(counts)
	};
}

/** For each law, how many published cases applied it and the most recent `perLaw` of them. */
/**
 * The country's records in their public shape (assembleRecords) beside each of its laws'
 * latest uses, `perLaw` of them: what the country page and a briefing pack's record read.
 */
export function assembleWithLawUses(
	db: DB,
	countryId: string,
	rows: RowSets & Required<Pick<RowSets, 'laws'>>,
	options: Parameters<typeof assembleRecords>[3],
	perLaw: number
) {
	return Promise.all([
		assembleRecords(db, countryId, rows, options),
		loadLawUses(
			db,
			countryId,
			rows.laws.map((r) => r.id),
			perLaw
		)
	]);
}

export async function loadLawUses(
	db: DB,
	countryId: string,
	lawIds: readonly string[],
	perLaw: number
): Promise<PublicLawUse[]> {
	if (lawIds.length === 0) return [];
	const recentFirst = sql`case when ${sql.ref('cases.start_latest')} is null then 1 else 0 end, ${sql.ref('cases.start_latest')} desc, ${sql.ref('cases.title')}`;
	const ranked = publishedCases(db, countryId)
		.innerJoin('case_laws', 'case_laws.case_id', 'cases.id')
		.where('case_laws.law_id', 'in', [...lawIds])
		.select([
			'case_laws.law_id',
			...CASE_REF_COLUMNS,
			sql<number>`row_number() over (partition by ${sql.ref('case_laws.law_id')} order by ${recentFirst})`.as(
				'recency'
			),
			sql<number>`count(*) over (partition by ${sql.ref('case_laws.law_id')})`.as('total')
		]);
	const rows = await db
		.selectFrom(ranked.as('ranked'))
		.selectAll()
		.where('ranked.recency', '<=', perLaw)
		.orderBy('ranked.law_id')
		.orderBy('ranked.recency')
		.execute();
	const byLaw = groupBy(rows, (r) => r.law_id);
	return lawIds.map((lawId) => {
		const cases = byLaw.get(lawId) ?? [];
		return {
			lawId,
			total: Number(cases[0]?.total ?? 0),
			cases: cases.map(toCaseLine)
		};
	});
}

const pages = registerPublicCache(
	createMemo<PublicCountryPage | null>({ ttlMs: publicMemoMs, max: 200 })
);

/**
 * The country page for the public route, reused for a few seconds per code, view and day
 * (see memo.ts): a popular page costs one read of the record, not one per request.
 */
export function getCachedCountryPage(
	db: DB,
	code: string,
	view: ViewState
): Promise<PublicCountryPage | null> {
	const today = currentTime().toISOString().slice(0, 10);
	return pages.get(publicViewKey(code, view, today), () =>
		getPublicCountryPage(db, code, { today, view })
	);
}
