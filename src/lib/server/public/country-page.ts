import { sql } from 'kysely';
import { preparedReads, type DB } from '$lib/server/db/connect';
import { RATING_ORDER } from '$lib/labels';
import { assembleRecords, type RowSets } from './assemble';
import { CASE_REF_COLUMNS } from './published-columns';
import { findPublicCountry } from './public-countries';
import { countHeldPrisoners, CUSTODY_TYPES, listPrisonerItems, prisonerTotals } from './prisoners';
import { loadRowSets, publishedCases } from './record-rows';
import type {
	PublicCountryFigures,
	PublicCountryPage,
	PublicLawUse,
	PublicPrisonerList
} from '$lib/domain/public-records';
import { publicViewKey, timelineOf, timelineToday } from './timeline';
import { groupBy, isPublished } from './visibility';
import { DEFAULT_VIEW, type ViewState } from '$lib/timeline/url';
import { createMemo, publicMemoMs, registerPublicCache } from './memo';
import { renderDescription, renderSummary } from './page-markdown';
import { currentTime } from '../clock.js';
import { toCaseLine } from './shapes';
import { readShape } from '$lib/server/db/read-shape';

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
	// The page's reads are kept prepared on PostgreSQL (see preparedReads): parsing and planning
	// them cost about as much as running them. Their lists of ids follow the page's limits (its
	// few records and what those link to), not the size of the record, so a country gives them
	// few texts. The timeline marks its own (timelineOf).
	const prepared = preparedReads(db);

	// The records are assembled as soon as their rows are in, not after the timeline and the
	// prisoners too: each branch's next reads are then issued beside the others', and on
	// PostgreSQL reads issued together go as one statement (read-batch.ts), where waiting for
	// the slowest branch made them three (each round trip costs the server's CPU besides the
	// backend's).
	const rows = loadRowSets(prepared, countryId, {
		pledges: { limit: limits.pledges },
		cases: { limit: limits.cases },
		engagements: { limit: limits.engagements }
	});
	const [timeline, counted, [rowSets, [records, lawUses]], prisoners] = await Promise.all([
		timelineOf(db, { id: countryId, code: found.country.code }, view, {
			today: timelineToday(today)
		}),
		countCountryFigures(prepared, countryId, today),
		rows.then(async (r) => {
			const assembled = await assembleWithLawUses(
				prepared,
				countryId,
				r,
				{ today, citeCountry: true },
				limits.perRecord
			);
			return [r, assembled] as const;
		}),
		listPrisonerItems(prepared, countryId, { today, limit: limits.prisoners })
	]);

	return {
		country: {
			...renderSummary(found.country),
			citations: records.citations.of('country', countryId)
		},
		figures: { ...counted.figures, laws: rowSets.laws.length, asks: rowSets.asks.length },
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
 * Totals and the pledge ratings at a glance, in one statement. The counts that grow with the
 * record are read from the tables migration 0019 keeps (a country's few case counts by type,
 * and its public pledges with their current rating and whether a case contradicts them), so
 * they cost the same however large the record grows; the engagements' answers from a
 * covering index (migration 0018). Who is held now depends on the day and is counted here
 * (countHeldPrisoners). Each part is a one-row table of its own, joined into the one row.
 */
const countryFigures = readShape((db, p: { countryId: string; today: string }) => {
	const countryId = p.countryId;
	const pledges = db
		.selectFrom('public_pledges')
		.where('public_pledges.country_id', '=', countryId)
		.select((eb) => [
			...RATING_ORDER.map((rating) =>
				sql<number>`count(*) filter (where ${sql.ref('public_pledges.rating')} = ${rating})`.as(
					rating
				)
			),
			eb.fn.sum<number>('public_pledges.contradicted').as('contradicted')
		]);
	const cases = db
		.selectFrom('country_case_counts')
		.where('country_case_counts.country_id', '=', countryId)
		.select((eb) => [
			eb.fn.sum<number>('country_case_counts.n').as('cases'),
			eb.fn
				.sum<number>(
					eb
						.case()
						.when('country_case_counts.case_type', 'in', [...CUSTODY_TYPES])
						.then(eb.ref('country_case_counts.n'))
						.else(0)
						.end()
				)
				.as('total')
		]);
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
	return db
		.selectFrom([
			pledges.as('pledges'),
			cases.as('cases'),
			raised.as('raised'),
			countHeldPrisoners(db, countryId, p.today).as('held')
		])
		.selectAll();
});

async function countCountryFigures(
	db: DB,
	countryId: string,
	today: string
): Promise<{
	figures: Omit<PublicCountryFigures, 'laws' | 'asks'>;
	prisoners: Omit<PublicPrisonerList, 'items'>;
}> {
	const counts = await countryFigures.executeTakeFirst(db, { countryId, today });
	const answer = (n: unknown) => Number(n ?? 0);
	const raisedBy = {
		yes: answer(counts?.raised_yes),
		no: answer(counts?.raised_no),
		unknown: answer(counts?.raised_unknown)
	};
	const ratings = RATING_ORDER.map((rating) => ({ rating, count: answer(counts?.[rating]) }));
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

const lawUses = readShape(
	(db, p: { countryId: string; lawIds: readonly string[]; perLaw: number }) => {
		const recentFirst = sql`case when ${sql.ref('cases.start_latest')} is null then 1 else 0 end, ${sql.ref('cases.start_latest')} desc, ${sql.ref('cases.title')}`;
		const ranked = publishedCases(db, p.countryId)
			.innerJoin('case_laws', 'case_laws.case_id', 'cases.id')
			.where('case_laws.law_id', 'in', [...p.lawIds])
			.select([
				'case_laws.law_id',
				...CASE_REF_COLUMNS,
				sql<number>`row_number() over (partition by ${sql.ref('case_laws.law_id')} order by ${recentFirst})`.as(
					'recency'
				),
				sql<number>`count(*) over (partition by ${sql.ref('case_laws.law_id')})`.as('total')
			]);
		return db
			.selectFrom(ranked.as('ranked'))
			.selectAll()
			.where('ranked.recency', '<=', p.perLaw)
			.orderBy('ranked.law_id')
			.orderBy('ranked.recency');
	}
);

export async function loadLawUses(
	db: DB,
	countryId: string,
	lawIds: readonly string[],
	perLaw: number
): Promise<PublicLawUse[]> {
	if (lawIds.length === 0) return [];
	const rows = await lawUses.execute(db, { countryId, lawIds, perLaw });
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
