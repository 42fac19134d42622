import type { DB } from '../db/connect.js';
import type { OwnedName } from '../repositories/exports.js';
import { searchRecordIds, type SearchOptions } from '../search/index.js';
import { formatExport, type ExportedRecord, type ExportFormat } from './write.js';

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

/**
 * The export of one record type: the records a workspace list shows (the search filters,
 * oldest first unless sorted), loaded by `load`, as CSV with `columns` and `cells` or as a
 * JSON array. Staff only: exports hold drafts.
 */
export function exporter<T extends ExportedRecord>(
	type: 'case' | 'pledge',
	load: (db: DB, ids: string[]) => Promise<T[]>,
	columns: readonly string[],
	cells: (item: T) => Record<string, string>
) {
	return async (db: DB, filters: SearchOptions, format: ExportFormat): Promise<string> => {
		const ids = await searchRecordIds(db, { sort: 'date_asc', ...filters, types: [type] });
		return formatExport(format, await load(db, ids), columns, cells);
	};
}
