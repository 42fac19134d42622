import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { RecordType } from '../db/schema.js';

/* Rows attached to records of several types (citations, themes), asked for in one query. */

/** Records of one type, by id. */
export interface RecordRefs<T extends string = RecordType> {
	type: T;
	ids: readonly string[];
}

/** The refs naming at least one record: a query for none need not run. */
export const nonEmptyRefs = <R extends RecordRefs<string>>(refs: readonly R[]): R[] =>
	refs.filter((r) => r.ids.length > 0);

/**
 * Refs as a ReadShape's values (db/read-shape.ts): each ref's ids under its place and type,
 * so the types asked about and their numbers of ids make the shape; refsOfShape reads them
 * back as they were given.
 */
export const refsAsParams = (
	refs: readonly RecordRefs<string>[]
): Record<string, readonly string[]> =>
	Object.fromEntries(refs.map((r, i) => [`${i}:${r.type}`, r.ids]));

export const refsOfShape = (params: Record<string, readonly string[]>): RecordRefs<string>[] =>
	Object.entries(params).map(([key, ids]) => ({ type: key.slice(key.indexOf(':') + 1), ids }));

/** Rows of `table` (by its record_type and record_id columns) attached to any of `refs`. */
export function attachedToAny(
	table: 'citations' | 'record_themes',
	refs: readonly RecordRefs<string>[]
): RawBuilder<SqlBool> {
	const type = sql.ref(`${table}.record_type`);
	const id = sql.ref(`${table}.record_id`);
	return sql<SqlBool>`(${sql.join(
		refs.map((r) => sql`(${type} = ${r.type} and ${id} in (${sql.join([...r.ids])}))`),
		sql` or `
	)})`;
}
