import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { dialectOf } from './connect';

/**
 * `column` is one of `ids`. On PostgreSQL as one array parameter, so the read has one text
 * whatever the number of ids and can be kept prepared (preparedReads), and its generic plan
 * looks the ids up in an index; a list of parameters had every link of the kind tested against
 * each in turn (the timeline's contradictions of 33 pledges: 1.6 ms of backend CPU a run
 * prepared, 1.0 unprepared, 0.3 as an array prepared). SQLite keeps `in (?, …)`: its
 * statements are kept prepared per text anyway (connect.ts).
 */
export function idIn<T>(
	db: Kysely<T>,
	column: string,
	ids: readonly string[]
): RawBuilder<SqlBool> {
	return dialectOf(db) === 'postgres'
		? sql<SqlBool>`${sql.ref(column)} = any(${[...ids]}::text[])`
		: sql<SqlBool>`${sql.ref(column)} in (${sql.join([...ids])})`;
}
