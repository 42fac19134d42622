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
