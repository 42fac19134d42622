import type { DB } from '$lib/server/db/connect';
import { markdownText } from '$lib/server/markdown';
import { assembleRecords } from './assemble';
import { findPublicCountry } from './public-countries';
import {
	loadCaseRows,
	loadEngagementRows,
	loadLawRows,
	loadPledgeRows,
	publishedCases
} from './record-rows';
import type {
	PageRecord,
	PublicCase,
	PublicCountry,
	PublicEngagement,
	PublicLaw,
	PublicLinkedRecord,
	PublicPledge,
	PublicSource
} from '$lib/domain/public-records';
import { isPublished } from './visibility';
import { renderDescription } from './page-markdown';
import { currentTime } from '../clock.js';

/*
 * One published record of a country with everything it links to, for its detail page. Null
 * when the country or the record is not published (or the record belongs to another country),
 * so an unpublished id reads exactly like one that never existed.
 */

interface Detail<T extends { description: string }> {
	country: PublicCountry;
	/**
	 * The record as its page shows it, its description rendered from Markdown and as plain
	 * text (`descriptionText`, for the page's social preview), both beside the record's id so
	 * the page's language swaps in a translation of either.
	 */
	record: PageRecord<T> & { descriptionText: string };
	sources: PublicSource[];
}

function detail<T extends { description: string }>(
	country: PublicCountry,
	record: T,
	sources: PublicSource[]
): Detail<T> {
	return {
		country,
		record: { ...renderDescription(record), descriptionText: markdownText(record.description) },
		sources
	};
}

const todayOf = (today?: string) => today ?? currentTime().toISOString().slice(0, 10);

export async function getPublicCase(
	db: DB,
	code: string,
	id: string,
	options: { today?: string } = {}
): Promise<Detail<PublicCase> | null> {
	const found = await findPublicCountry(db, code);
	if (!found) return null;
	const rows = await loadCaseRows(db, found.id, { ids: [id] });
	if (rows.length === 0) return null;
	const a = await assembleRecords(db, found.id, { cases: rows }, { today: todayOf(options.today) });
	return detail(found.country, a.cases[0] as PublicCase, a.sources);
}

export async function getPublicPledge(
	db: DB,
	code: string,
	id: string,
	options: { today?: string } = {}
): Promise<Detail<PublicPledge> | null> {
	const found = await findPublicCountry(db, code);
	if (!found) return null;
	const rows = await loadPledgeRows(db, found.id, { ids: [id] });
	if (rows.length === 0) return null;
	const a = await assembleRecords(
		db,
		found.id,
		{ pledges: rows },
		{ today: todayOf(options.today) }
	);
	return detail(found.country, a.pledges[0] as PublicPledge, a.sources);
}

export async function getPublicEngagement(
	db: DB,
	code: string,
	id: string,
	options: { today?: string } = {}
): Promise<Detail<PublicEngagement> | null> {
	const found = await findPublicCountry(db, code);
	if (!found) return null;
	const rows = await loadEngagementRows(db, found.id, { ids: [id] });
	if (rows.length === 0) return null;
	const [a, madeHere] = await Promise.all([
		assembleRecords(db, found.id, { engagements: rows }, { today: todayOf(options.today) }),
		// A pledge can name its engagement directly as well as through a made-at link.
		db
			.selectFrom('pledges')
			.where(isPublished('pledges'))
			.where('pledges.country_id', '=', found.id)
			.where('pledges.engagement_id', '=', id)
			.select(['pledges.id', 'pledges.title'])
			.orderBy('pledges.title')
			.execute()
	]);
	const record = a.engagements[0] as PublicEngagement;
	const linked = new Set(record.pledgesMade.map((p) => p.id));
	const pledgesMade: PublicLinkedRecord[] = [
		...record.pledgesMade,
		...madeHere.filter((p) => !linked.has(p.id)).map((p) => ({ ...p, note: '', noteId: null }))
	];
	return detail(found.country, { ...record, pledgesMade }, a.sources);
}

export interface PublicLawDetail extends PublicLaw {
	/** Published pledges that promise to change this law. */
	pledges: { id: string; title: string }[];
	/** How many published cases applied it; `cases` holds the most recent of them. */
	caseTotal: number;
	cases: PageRecord<PublicCase>[];
}

export async function getPublicLaw(
	db: DB,
	code: string,
	id: string,
	{ today, cases: caseLimit = 10 }: { today?: string; cases?: number } = {}
): Promise<Detail<PublicLawDetail> | null> {
	const found = await findPublicCountry(db, code);
	if (!found) return null;
	const rows = await loadLawRows(db, found.id, { ids: [id] });
	if (rows.length === 0) return null;
	const [caseRows, count, pledges] = await Promise.all([
		loadCaseRows(db, found.id, { limit: caseLimit }, { lawId: id }),
		publishedCases(db, found.id, { lawId: id })
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.executeTakeFirst(),
		db
			.selectFrom('pledge_laws')
			.innerJoin('pledges', 'pledges.id', 'pledge_laws.pledge_id')
			.where(isPublished('pledges'))
			.where('pledges.country_id', '=', found.id)
			.where('pledge_laws.law_id', '=', id)
			.select(['pledges.id', 'pledges.title'])
			.orderBy('pledges.title')
			.execute()
	]);
	const a = await assembleRecords(
		db,
		found.id,
		{ laws: rows, cases: caseRows },
		{ today: todayOf(today) }
	);
	const law: PublicLawDetail = {
		...(a.laws[0] as PublicLaw),
		pledges,
		caseTotal: Number(count?.count ?? 0),
		cases: a.cases.map(renderDescription)
	};
	return detail(found.country, law, a.sources);
}
