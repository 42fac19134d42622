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
