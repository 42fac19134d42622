import { fromColumns, type PreciseDate } from '$lib/dates';
import type { DB } from '$lib/server/db/connect';
import type { EngagementKind, LawStatus, Rating, YesNoUnknown } from '$lib/server/db/schema';
import { findPublicCountry } from './public-countries';
import { loadLawUses } from './country-page';
import {
	loadAssessmentRows,
	loadCaseRows,
	loadEngagementRows,
	loadLawRows,
	loadPledgeRows,
	publishedCases,
	type CaseFilter
} from './record-rows';
import type { PublicCountry, PublicRecentCase } from '$lib/domain/public-records';
import { isPublished } from './visibility';
import { toCaseLine } from './shapes';

/*
 * The full, paginated lists behind the country page's "see all" links: one line per record,
 * most recent first. A page past the end is not an error; the route says there is nothing there.
 */

export const PER_PAGE = 25;

export interface ListPage<T> {
	country: PublicCountry;
	items: T[];
	total: number;
	page: number;
	pageCount: number;
}

/** A case in the paginated list: the same line as a country's latest cases. */
export type CaseLine = PublicRecentCase;

export interface PledgeLine {
	id: string;
	title: string;
	made: PreciseDate | null;
	rating: Rating;
}

export interface EngagementLine {
	id: string;
	title: string;
	kind: EngagementKind;
	start: PreciseDate | null;
	end: PreciseDate | null;
	humanRightsRaised: YesNoUnknown;
}

export interface LawLine {
	id: string;
	title: string;
	reference: string;
	status: LawStatus;
	dated: PreciseDate | null;
	/** How many published cases applied it, and the most recent of them. */
	caseCount: number;
	latestCase: PublicRecentCase | null;
}

function paging(total: number, page: number) {
	return { total, page, pageCount: Math.max(1, Math.ceil(total / PER_PAGE)) };
}

const window = (page: number) => ({ limit: PER_PAGE, offset: (page - 1) * PER_PAGE });

/** How many published records of one type a country has: the total behind a list's pages. */
async function countPublished(
	db: DB,
	table: 'pledges' | 'engagements' | 'laws',
	countryId: string
) {
	const row = await db
		.selectFrom(table)
		.where(isPublished(table))
		.where(`${table}.country_id`, '=', countryId)
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirst();
	return Number(row?.count ?? 0);
}

export async function listPublicCases(
	db: DB,
	code: string,
	page: number,
	filter: CaseFilter = {}
): Promise<ListPage<CaseLine> | null> {
	const found = await findPublicCountry(db, code);
	if (!found) return null;
	const [rows, count] = await Promise.all([
		loadCaseRows(db, found.id, window(page), filter),
		publishedCases(db, found.id, filter)
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.executeTakeFirst()
	]);
	return {
		country: found.country,
		items: rows.map(toCaseLine),
		...paging(Number(count?.count ?? 0), page)
	};
}

export async function listPublicPledges(
	db: DB,
	code: string,
	page: number
): Promise<ListPage<PledgeLine> | null> {
	const found = await findPublicCountry(db, code);
	if (!found) return null;
	const [rows, total] = await Promise.all([
		loadPledgeRows(db, found.id, window(page)),
		countPublished(db, 'pledges', found.id)
	]);
	// Newest first, so the first assessment seen for a pledge is its current rating.
	const ratings = new Map<string, Rating>();
	for (const a of await loadAssessmentRows(
		db,
		rows.map((r) => r.id)
	))
		if (!ratings.has(a.pledge_id)) ratings.set(a.pledge_id, a.rating);
	return {
		country: found.country,
		items: rows.map((r) => ({
			id: r.id,
			title: r.title,
			made: fromColumns(r, 'made'),
			rating: ratings.get(r.id) ?? 'not_yet_rated'
		})),
		...paging(total, page)
	};
}

export async function listPublicEngagements(
	db: DB,
	code: string,
	page: number
): Promise<ListPage<EngagementLine> | null> {
	const found = await findPublicCountry(db, code);
	if (!found) return null;
	const [rows, total] = await Promise.all([
		loadEngagementRows(db, found.id, window(page)),
		countPublished(db, 'engagements', found.id)
	]);
	return {
		country: found.country,
		items: rows.map((r) => ({
			id: r.id,
			title: r.title,
			kind: r.kind,
			start: fromColumns(r, 'start'),
			end: fromColumns(r, 'end'),
			humanRightsRaised: r.human_rights_raised
		})),
		...paging(total, page)
	};
}

export async function listPublicLaws(
	db: DB,
	code: string,
	page: number
): Promise<ListPage<LawLine> | null> {
	const found = await findPublicCountry(db, code);
	if (!found) return null;
	const [rows, total] = await Promise.all([
		loadLawRows(db, found.id, window(page)),
		countPublished(db, 'laws', found.id)
	]);
	const uses = await loadLawUses(
		db,
		found.id,
		rows.map((r) => r.id),
		1
	);
	return {
		country: found.country,
		items: rows.map((r, i) => ({
			id: r.id,
			title: r.title,
			reference: r.reference,
			status: r.law_status,
			dated: fromColumns(r, 'dated'),
			caseCount: uses[i]?.total ?? 0,
			latestCase: uses[i]?.cases[0] ?? null
		})),
		...paging(total, page)
	};
}
