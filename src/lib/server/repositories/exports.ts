import type { Executor } from './records.js';

/*
 * The rows a workspace export (CSV or JSON) is built from, read for a chunk of record ids at
 * a time. Names a record lists (a theme slug, a law title) come back keyed by the record's id.
 */

/** A name an exported record lists (a theme slug, a law title), keyed by the record's id. */
export interface OwnedName {
	owner: string;
	name: string;
}

/** The cases in `ids` with their country's code. */
export function listCasesForExport(db: Executor, ids: string[]) {
	return db
		.selectFrom('cases')
		.innerJoin('countries', 'countries.id', 'cases.country_id')
		.selectAll('cases')
		.select('countries.code as country_code')
		.where('cases.id', 'in', ids)
		.execute();
}

/** The actors each case names, with their role, by name. */
export function listCaseActorNames(db: Executor, caseIds: string[]) {
	return db
		.selectFrom('case_actors')
		.innerJoin('actors', 'actors.id', 'case_actors.actor_id')
		.select(['case_actors.case_id as owner', 'case_actors.role', 'actors.name'])
		.where('case_actors.case_id', 'in', caseIds)
		.orderBy('actors.name')
		.execute();
}

/** The laws each case names, by title. */
export function listCaseLawTitles(db: Executor, caseIds: string[]): Promise<OwnedName[]> {
	return db
		.selectFrom('case_laws')
		.innerJoin('laws', 'laws.id', 'case_laws.law_id')
		.select(['case_laws.case_id as owner', 'laws.title as name'])
		.where('case_laws.case_id', 'in', caseIds)
		.orderBy('laws.title')
		.execute();
}

/** The pledges in `ids` with their country's code, who made them and their current rating. */
export function listPledgesForExport(db: Executor, ids: string[]) {
	return db
		.selectFrom('pledges')
		.innerJoin('countries', 'countries.id', 'pledges.country_id')
		.innerJoin('search_documents as d', (join) =>
			join.onRef('d.record_id', '=', 'pledges.id').on('d.record_type', '=', 'pledge')
		)
		.leftJoin('actors', 'actors.id', 'pledges.made_by_actor_id')
		.selectAll('pledges')
		.select(['countries.code as country_code', 'actors.name as made_by', 'd.rating'])
		.where('pledges.id', 'in', ids)
		.execute();
}

/** The laws each pledge names, by title. */
export function listPledgeLawTitles(db: Executor, pledgeIds: string[]): Promise<OwnedName[]> {
	return db
		.selectFrom('pledge_laws')
		.innerJoin('laws', 'laws.id', 'pledge_laws.law_id')
		.select(['pledge_laws.pledge_id as owner', 'laws.title as name'])
		.where('pledge_laws.pledge_id', 'in', pledgeIds)
		.orderBy('laws.title')
		.execute();
}

/** The theme slugs of the records of `type` in `ids`, by slug. */
export function listThemeSlugs(
	db: Executor,
	type: 'case' | 'pledge',
	ids: string[]
): Promise<OwnedName[]> {
	return db
		.selectFrom('record_themes')
		.innerJoin('themes', 'themes.id', 'record_themes.theme_id')
		.select(['record_themes.record_id as owner', 'themes.slug as name'])
		.where('record_themes.record_type', '=', type)
		.where('record_themes.record_id', 'in', ids)
		.orderBy('themes.slug')
		.execute();
}

/** A citation as exports and the import preview write it: "source title (locator)". */
export function citationName(title: string, locator: string): string {
	return locator ? `${title} (${locator})` : title;
}

/** Each record's cited sources as "source title (locator)", by title. */
export async function listCitationNames(
	db: Executor,
	type: 'case' | 'pledge',
	ids: string[]
): Promise<OwnedName[]> {
	const rows = await db
		.selectFrom('citations')
		.innerJoin('sources', 'sources.id', 'citations.source_id')
		.select(['citations.record_id as owner', 'sources.title', 'citations.locator'])
		.where('citations.record_type', '=', type)
		.where('citations.record_id', 'in', ids)
		.orderBy('sources.title')
		.orderBy('citations.locator')
		.execute();
	return rows.map((r) => ({ owner: r.owner, name: citationName(r.title, r.locator) }));
}

/**
 * The other side of the pledge-case links (a pledge contradicted or supported by a case), by
 * title: the pledges of each case, or the cases of each pledge.
 */
export function listLinkedTitles(
	db: Executor,
	of: 'case' | 'pledge',
	ids: string[]
): Promise<OwnedName[]> {
	const links = db
		.selectFrom('links')
		.where('links.kind', 'in', ['contradicted_by', 'supported_by'])
		.where('links.from_type', '=', 'pledge')
		.where('links.to_type', '=', 'case');
	return of === 'case'
		? links
				.innerJoin('pledges', 'pledges.id', 'links.from_id')
				.select(['links.to_id as owner', 'pledges.title as name'])
				.where('links.to_id', 'in', ids)
				.where('pledges.deleted_at', 'is', null)
				.orderBy('pledges.title')
				.execute()
		: links
				.innerJoin('cases', 'cases.id', 'links.to_id')
				.select(['links.from_id as owner', 'cases.title as name'])
				.where('links.from_id', 'in', ids)
				.where('cases.deleted_at', 'is', null)
				.orderBy('cases.title')
				.execute();
}
