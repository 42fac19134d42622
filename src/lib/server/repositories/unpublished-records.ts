import { sql, type SqlBool } from 'kysely';
import { tableDateColumns } from '../../date-spans.js';
import { RECORD_TABLES, type Executor } from './records.js';

/*
 * What only an internal briefing pack may read: records not yet published (drafts and those in
 * review, never deleted ones) that the director ticks in, one query per kind, and the real
 * names of at-risk people. Nothing here is reachable from a public page: the builder calls
 * these for internal packs only (src/lib/server/briefings/assemble.ts).
 */

/** The kinds of record a director can tick into an internal pack. */
export const UNPUBLISHED_KINDS = ['pledge', 'case', 'law', 'engagement'] as const;
export type UnpublishedKind = (typeof UNPUBLISHED_KINDS)[number];

/** A record not yet published (a draft, or in review) and not deleted. */
const notPublished = (table: string) =>
	sql<SqlBool>`${sql.ref(`${table}.status`)} <> 'published' and ${sql.ref(`${table}.deleted_at`)} is null`;

/** Every unpublished record of one kind, for the builder to offer, by title. */
export function listUnpublished(db: Executor, kind: UnpublishedKind) {
	// One table's type stands for all four: the query reads only columns all share.
	const t = RECORD_TABLES[kind] as 'cases';
	return db
		.selectFrom(t)
		.where(notPublished(t))
		.select([`${t}.id`, `${t}.country_id`, `${t}.title`, `${t}.status`])
		.orderBy(`${t}.title`)
		.orderBy(`${t}.id`)
		.execute();
}

/** The unpublished cases of one country among `ids`, with what an internal pack prints. */
export async function loadUnpublishedCases(db: Executor, countryId: string, ids: string[]) {
	if (ids.length === 0) return [];
	return db
		.selectFrom('cases')
		.where(notPublished('cases'))
		.where('cases.country_id', '=', countryId)
		.where('cases.id', 'in', ids)
		.select([
			'cases.id',
			'cases.title',
			'cases.case_type',
			'cases.status',
			'cases.description',
			...tableDateColumns('cases', 'start')
		])
		.orderBy('cases.start_earliest')
		.orderBy('cases.title')
		.execute();
}

/**
 * The unpublished pledges of one country among `ids`, each with its latest assessment of any
 * status (an unpublished pledge's rating is unpublished too) and the cases linked as
 * contradicting it (any status but deleted: the pack is internal).
 */
export async function loadUnpublishedPledges(db: Executor, countryId: string, ids: string[]) {
	if (ids.length === 0) return [];
	const rows = await db
		.selectFrom('pledges')
		.where(notPublished('pledges'))
		.where('pledges.country_id', '=', countryId)
		.where('pledges.id', 'in', ids)
		.select([
			'pledges.id',
			'pledges.title',
			'pledges.status',
			'pledges.deadline',
			...tableDateColumns('pledges', 'made')
		])
		.orderBy('pledges.made_latest')
		.orderBy('pledges.title')
		.execute();
	if (rows.length === 0) return [];
	const found = rows.map((r) => r.id);
	const [assessments, contradictions] = await Promise.all([
		db
			.selectFrom('pledge_assessments')
			.where('pledge_id', 'in', found)
			.where('deleted_at', 'is', null)
			.select(['id', 'pledge_id', 'rating', 'rationale'])
			.orderBy('assessed_on', 'desc')
			.orderBy('created_at', 'desc')
			.orderBy('id', 'desc')
			.execute(),
		db
			.selectFrom('links')
			.innerJoin('cases', 'cases.id', 'links.to_id')
			.where('links.kind', '=', 'contradicted_by')
			.where('links.from_type', '=', 'pledge')
			.where('links.to_type', '=', 'case')
			.where('links.from_id', 'in', found)
			.where('cases.country_id', '=', countryId)
			.where('cases.deleted_at', 'is', null)
			.select([
				'links.from_id as pledge_id',
				'links.note',
				'cases.id',
				'cases.title',
				'cases.case_type',
				'cases.status',
				...tableDateColumns('cases', 'start')
			])
			.orderBy('cases.start_latest', 'desc')
			.orderBy('cases.title')
			.execute()
	]);
	return rows.map((r) => ({
		...r,
		assessment: assessments.find((a) => a.pledge_id === r.id) ?? null,
		contradictedBy: contradictions.filter((c) => c.pledge_id === r.id)
	}));
}

/** The unpublished laws of one country among `ids`, each with the cases applying it (not deleted). */
export async function loadUnpublishedLaws(db: Executor, countryId: string, ids: string[]) {
	if (ids.length === 0) return [];
	const rows = await db
		.selectFrom('laws')
		.where(notPublished('laws'))
		.where('laws.country_id', '=', countryId)
		.where('laws.id', 'in', ids)
		.select(['laws.id', 'laws.title', 'laws.reference', 'laws.status'])
		.orderBy('laws.title')
		.execute();
	if (rows.length === 0) return [];
	const uses = await db
		.selectFrom('case_laws')
		.innerJoin('cases', 'cases.id', 'case_laws.case_id')
		.where(
			'case_laws.law_id',
			'in',
			rows.map((r) => r.id)
		)
		.where('cases.country_id', '=', countryId)
		.where('cases.deleted_at', 'is', null)
		.select([
			'case_laws.law_id',
			'cases.id',
			'cases.title',
			'cases.status',
			...tableDateColumns('cases', 'start')
		])
		.orderBy('cases.start_latest', 'desc')
		.orderBy('cases.title')
		.execute();
	return rows.map((r) => ({ ...r, cases: uses.filter((u) => u.law_id === r.id) }));
}

/** The unpublished EU engagements of one country among `ids`. */
export async function loadUnpublishedEngagements(db: Executor, countryId: string, ids: string[]) {
	if (ids.length === 0) return [];
	return db
		.selectFrom('engagements')
		.where(notPublished('engagements'))
		.where('engagements.country_id', '=', countryId)
		.where('engagements.id', 'in', ids)
		.select([
			'engagements.id',
			'engagements.title',
			'engagements.kind',
			'engagements.status',
			'engagements.human_rights_raised',
			'engagements.description',
			...tableDateColumns('engagements', 'start'),
			...tableDateColumns('engagements', 'end')
		])
		.orderBy('engagements.title')
		.execute();
}

/** Real names of the at-risk people affected by `caseIds`, by case and pseudonym. */
export async function listAtRiskNames(db: Executor, caseIds: string[]) {
	if (caseIds.length === 0) return [];
	return db
		.selectFrom('case_actors')
		.innerJoin('actors', 'actors.id', 'case_actors.actor_id')
		.where('case_actors.case_id', 'in', caseIds)
		.where('actors.at_risk', '=', 1)
		.select(['case_actors.case_id', 'actors.public_pseudonym', 'actors.name'])
		.execute();
}
