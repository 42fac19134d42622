import type { Insertable } from 'kysely';
import { pointDate, toColumns, type PreciseDate } from '../../dates.js';
import type { DB } from '../db/connect.js';
import {
	CASE_TYPES,
	ENGAGEMENT_KINDS,
	RATINGS,
	VERIFICATION_LEVELS,
	type CasesTable,
	type CitationsTable,
	type EngagementsTable,
	type LinksTable,
	type PledgeAssessmentsTable,
	type PledgesTable
} from '../db/schema.js';
import { currentTime } from '../clock.js';
import { refreshStatistics } from '../db/statistics.js';

/*
 * Load-test data for a fictional country. Every name says it is fictional, the country row is
 * flagged is_fictional = 1, and nothing here is ever mixed into the demo record. The numbers
 * come from a seeded generator, so the same options always make the same rows.
 */

export const FICTIONAL_COUNTRY = {
	id: 'xt-country',
	code: 'XT',
	name: 'Testland (fictional)'
} as const;

export interface GenerateOptions {
	cases: number;
	pledges?: number;
	engagements?: number;
	/** Share of records published; the rest stay drafts (for leak and filter tests). */
	publishedShare?: number;
	seed?: number;
	/** First and last year of the generated record. */
	years?: [number, number];
}

export interface GeneratedCounts {
	cases: number;
	pledges: number;
	engagements: number;
	links: number;
}

/**
 * The tables generateFictional writes to (search_documents, the timeline's and the country
 * figures' derived tables through the records' triggers).
 */
const GENERATED_TABLES = [
	'countries',
	'sources',
	'cases',
	'engagements',
	'pledges',
	'pledge_assessments',
	'links',
	'citations',
	'search_documents',
	'timeline_spans',
	'timeline_months',
	'timeline_lane_months',
	'timeline_lane_years',
	'timeline_known',
	'country_case_counts',
	'public_pledges'
] as const;

/** Mulberry32: a small seeded generator, good enough to spread fictional dates and types. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const TOPICS = [
	'a regional newspaper',
	'a student union',
	'a farmers’ cooperative',
	'an opposition movement',
	'a human-rights defender',
	'a blogger',
	'a trade union branch',
	'a women’s rights group',
	'a minority-language broadcaster',
	'a lawyers’ association'
];

const ACTIONS: Record<(typeof CASE_TYPES)[number], string> = {
	party_ban: 'banned',
	website_blocking: 'website blocked',
	imprisonment: 'member imprisoned',
	detention: 'members detained',
	prosecution: 'prosecuted',
	criminal_investigation: 'under criminal investigation',
	assembly_dispersal: 'rally dispersed',
	registration_denial: 'refused registration',
	activity_restriction: 'activities restricted',
	other: 'harassed'
};

function pick<T>(rand: () => number, list: readonly T[]): T {
	return list[Math.floor(rand() * list.length)] as T;
}

function fictionalDate(rand: () => number, years: [number, number]): PreciseDate {
	const year = years[0] + Math.floor(rand() * (years[1] - years[0] + 1));
	const month = 1 + Math.floor(rand() * 12);
	const day = 1 + Math.floor(rand() * 28);
	const r = rand();
	// Mostly month- and day-precise, like real sources; some only give the year.
	if (r < 0.15) return pointDate(String(year));
	if (r < 0.6) return pointDate(`${year}-${String(month).padStart(2, '0')}`);
	return pointDate(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/** Inserts rows a batch at a time: one statement per batch keeps under both databases' parameter limits. */
async function inBatches<T>(
	rows: T[],
	size: number,
	insert: (batch: T[]) => Promise<unknown>
): Promise<void> {
	for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Removes the fictional country and everything generated for it. */
export async function removeFictional(db: DB): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const id = FICTIONAL_COUNTRY.id;
		const caseIds = trx.selectFrom('cases').select('id').where('country_id', '=', id);
		const pledgeIds = trx.selectFrom('pledges').select('id').where('country_id', '=', id);
		const engagementIds = trx.selectFrom('engagements').select('id').where('country_id', '=', id);
		await trx
			.deleteFrom('links')
			.where((eb) =>
				eb.or([
					eb('from_id', 'in', pledgeIds),
					eb('from_id', 'in', caseIds),
					eb('to_id', 'in', caseIds),
					eb('to_id', 'in', engagementIds)
				])
			)
			.execute();
		await trx
			.deleteFrom('citations')
			.where((eb) =>
				eb.or([
					eb('source_id', '=', 'xt-source'),
					eb('record_id', 'in', caseIds),
					eb('record_id', 'in', pledgeIds),
					eb('record_id', 'in', engagementIds),
					eb('record_id', '=', id)
				])
			)
			.execute();
		await trx.deleteFrom('cases').where('country_id', '=', id).execute();
		await trx.deleteFrom('pledges').where('country_id', '=', id).execute();
		await trx.deleteFrom('engagements').where('country_id', '=', id).execute();
		await trx.deleteFrom('sources').where('id', '=', 'xt-source').execute();
		await trx.deleteFrom('countries').where('id', '=', id).execute();
	});
}

/**
 * Replaces the fictional country's data with a freshly generated record of the given size,
 * in one transaction. Returns what it made.
 */
export async function generateFictional(
	db: DB,
	options: GenerateOptions
): Promise<GeneratedCounts> {
	const rand = random(options.seed ?? 2021);
	const years = options.years ?? [2000, 2024];
	const share = options.publishedShare ?? 0.9;
	const pledgeCount = options.pledges ?? Math.max(1, Math.round(options.cases / 20));
	const engagementCount = options.engagements ?? Math.max(1, Math.round(options.cases / 10));
	const now = currentTime().toISOString();
	const published = () =>
		rand() < share
			? { status: 'published' as const, published_at: now }
			: { status: 'draft' as const, published_at: null };
	const base = { created_at: now, updated_at: now, created_by: null, updated_by: null };

	await removeFictional(db);
	let links = 0;
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('countries')
			.values({
				...FICTIONAL_COUNTRY,
				...base,
				region: 'Fictional region',
				summary:
					'A fictional country with generated data for load tests. Nothing about it is real.',
				is_fictional: 1,
				status: 'published',
				published_at: now
			})
			.execute();
		await trx
			.insertInto('sources')
			.values({
				...base,
				id: 'xt-source',
				title: 'Generated load-test source (fictional)',
				authors: 'Pledgewatch generator',
				publisher: 'Nobody: generated data',
				kind: 'report',
				reliability: 'unknown',
				status: 'published',
				published_at: now
			})
			.execute();

		const cases: Insertable<CasesTable>[] = [];
		for (let i = 0; i < options.cases; i++) {
			const type = pick(rand, CASE_TYPES);
			const start = fictionalDate(rand, years);
			const spans = type === 'imprisonment' || type === 'party_ban' || rand() < 0.2;
			const ongoing = spans && rand() < 0.4;
			const startYear = Number(start.text.slice(0, 4));
			const endYear = Math.min(years[1], startYear + 1 + Math.floor(rand() * 5));
			const end = spans && !ongoing ? pointDate(String(endYear)) : null;
			cases.push({
				...base,
				...published(),
				id: `xt-case-${i}`,
				country_id: FICTIONAL_COUNTRY.id,
				title: `Fictional case ${i}: ${pick(rand, TOPICS)} ${ACTIONS[type]}`,
				case_type: type,
				description: `Generated for load tests in Testland (fictional). Case number ${i}.`,
				...toColumns('start', start),
				...toColumns('end', end),
				ongoing: ongoing ? 1 : 0,
				verification: pick(rand, VERIFICATION_LEVELS)
			} as Insertable<CasesTable>);
		}
		await inBatches(cases, 200, (b) => trx.insertInto('cases').values(b).execute());

		const engagements: Insertable<EngagementsTable>[] = [];
		for (let i = 0; i < engagementCount; i++) {
			const start = fictionalDate(rand, years);
			engagements.push({
				...base,
				...published(),
				id: `xt-engagement-${i}`,
				country_id: FICTIONAL_COUNTRY.id,
				title: `Fictional EU engagement ${i} with Testland`,
				kind: pick(rand, ENGAGEMENT_KINDS),
				start_text: start.text,
				start_precision: start.precision,
				start_earliest: start.earliest,
				start_latest: start.latest,
				human_rights_raised: pick(rand, ['yes', 'no', 'unknown'] as const)
			});
		}
		await inBatches(engagements, 200, (b) => trx.insertInto('engagements').values(b).execute());

		const pledges: Insertable<PledgesTable>[] = [];
		const assessments: Insertable<PledgeAssessmentsTable>[] = [];
		const linkRows: Insertable<LinksTable>[] = [];
		for (let i = 0; i < pledgeCount; i++) {
			const made = fictionalDate(rand, years);
			pledges.push({
				...base,
				...published(),
				id: `xt-pledge-${i}`,
				country_id: FICTIONAL_COUNTRY.id,
				title: `Fictional pledge ${i}: reform for ${pick(rand, TOPICS)}`,
				promise: 'A generated promise in Testland (fictional).',
				made_text: made.text,
				made_precision: made.precision,
				made_earliest: made.earliest,
				made_latest: made.latest
			});
			assessments.push({
				...base,
				status: 'published',
				published_at: now,
				id: `xt-assessment-${i}`,
				pledge_id: `xt-pledge-${i}`,
				rating: pick(rand, RATINGS),
				assessed_on: `${years[1]}-01-01`,
				rationale: 'Generated rating for load tests (fictional).'
			});
			// A few contradicting cases per pledge: the gap view's links.
			const contradicting = 1 + Math.floor(rand() * 4);
			const seen = new Set<number>();
			for (let k = 0; k < contradicting && options.cases > 0; k++) {
				const c = Math.floor(rand() * options.cases);
				if (seen.has(c)) continue;
				seen.add(c);
				linkRows.push({
					id: `xt-link-${i}-${c}`,
					kind: 'contradicted_by',
					from_type: 'pledge',
					from_id: `xt-pledge-${i}`,
					to_type: 'case',
					to_id: `xt-case-${c}`,
					note: 'Generated link (fictional).',
					created_at: now,
					// Generated records are all published, and so is what hangs off them.
					published_at: now
				});
			}
		}
		await inBatches(pledges, 200, (b) => trx.insertInto('pledges').values(b).execute());
		await inBatches(assessments, 200, (b) =>
			trx.insertInto('pledge_assessments').values(b).execute()
		);
		await inBatches(linkRows, 400, (b) => trx.insertInto('links').values(b).execute());
		links = linkRows.length;

		const citations: Insertable<CitationsTable>[] = [
			...cases.map((c) => ({ record_type: 'case' as const, record_id: c.id })),
			...pledges.map((p) => ({ record_type: 'pledge' as const, record_id: p.id })),
			...assessments.map((a) => ({ record_type: 'assessment' as const, record_id: a.id })),
			...engagements.map((e) => ({ record_type: 'engagement' as const, record_id: e.id })),
			{ record_type: 'country' as const, record_id: FICTIONAL_COUNTRY.id }
		].map((c) => ({
			...c,
			id: `xt-citation-${c.record_type}-${c.record_id}`,
			source_id: 'xt-source',
			created_at: now,
			published_at: now
		}));
		await inBatches(citations, 400, (b) => trx.insertInto('citations').values(b).execute());
	});
	// Readers plan their queries on these statistics: without them PostgreSQL takes the new
	// thousands of rows for a handful until autovacuum runs (see statistics.ts).
	await refreshStatistics(db, GENERATED_TABLES);
	return { cases: options.cases, pledges: pledgeCount, engagements: engagementCount, links };
}
