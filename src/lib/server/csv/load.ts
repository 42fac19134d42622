import type { Executor } from '../repositories/records.js';

/** A name an exported record lists (a theme slug, a law title), keyed by the record's id. */
export interface OwnedName {
	owner: string;
	name: string;
}

/** The names in `rows` that belong to `owner`, in the order loaded. */
export function namesOf(rows: readonly OwnedName[], owner: string): string[] {
	return rows.filter((r) => r.owner === owner).map((r) => r.name);
}

/** The theme slugs of the records of `type` in `ids`, by slug. */
export function loadThemeSlugs(
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

/** Loads rows for many ids a chunk at a time, keeping the order of `ids`. */
export async function loadInChunks<T extends { id: string }>(
	ids: string[],
	load: (chunk: string[]) => Promise<T[]>,
	size = 500
): Promise<T[]> {
	const byId = new Map<string, T>();
	for (let i = 0; i < ids.length; i += size) {
		for (const row of await load(ids.slice(i, i + size))) byId.set(row.id, row);
	}
	return ids.flatMap((id) => {
		const row = byId.get(id);
		return row ? [row] : [];
	});
}

/** A citation as exports and the import preview write it: "source title (locator)". */
export function citationName(title: string, locator: string): string {
	return locator ? `${title} (${locator})` : title;
}

/** Each record's cited sources as "source title (locator)", by title. */
export async function loadCitationNames(
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
	return rows.map((r) => ({
		owner: r.owner,
		name: citationName(r.title, r.locator)
	}));
}

/**
 * The other side of the pledge-case links (a pledge contradicted or supported by a case), by
 * title: the pledges of each case, or the cases of each pledge.
 */
export function loadLinkedTitles(
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
