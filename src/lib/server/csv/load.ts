import type { OwnedName } from '../repositories/exports.js';

/* Helpers for building export rows from what repositories/exports.ts reads. */

/** The names in `rows` that belong to `owner`, in the order loaded. */
export function namesOf(rows: readonly OwnedName[], owner: string): string[] {
	return rows.filter((r) => r.owner === owner).map((r) => r.name);
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
