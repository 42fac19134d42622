import { sql, type RawBuilder, type SqlBool } from 'kysely';

/*
 * The one definition of "the public may see this row": published and not in the trash.
 * Every public query filters each workflow table it touches through this, including tables
 * reached by a join, so a draft law or an unpublished actor never rides in on a published case.
 */

type WorkflowTable =
	| 'countries'
	| 'themes'
	| 'actors'
	| 'laws'
	| 'sources'
	| 'engagements'
	| 'pledges'
	| 'pledge_assessments'
	| 'cases'
	| 'asks';

/*
 * 'published' is written into the text, not bound: the partial indexes of published rows
 * (migration 0014's) are on `status = 'published'`, and when a bound value decides whether a
 * statement may use a partial index SQLite prepares the statement again every time it runs
 * (for the prisoner list, three times the cost of running it). PostgreSQL's generic plans of
 * prepared reads can likewise use those indexes only for a constant.
 */
export function isPublished(table: WorkflowTable): RawBuilder<SqlBool> {
	return sql<SqlBool>`(${sql.ref(`${table}.status`)} = ${sql.lit('published')} and ${sql.ref(`${table}.deleted_at`)} is null)`;
}

/*
 * Links and citations have no workflow of their own but a publication: one added to a record
 * stays unpublished until a reviewer publishes the record or its changes (four-eyes rule).
 * Public queries keep a link only when this holds and both its ends are published.
 */
export function isPublishedAttachment(table: 'links' | 'citations'): RawBuilder<SqlBool> {
	return sql<SqlBool>`(${sql.ref(`${table}.published_at`)} is not null)`;
}

/** Groups rows by a key, keeping their order; the read model assembles related rows with it. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const row of rows) {
		const k = key(row);
		const group = groups.get(k);
		if (group) group.push(row);
		else groups.set(k, [row]);
	}
	return groups;
}
