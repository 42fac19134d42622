import { sql, type RawBuilder } from 'kysely';

/*
 * Which assessment of a pledge is the latest, written once: by the date assessed, then by
 * when it was written, then by id so ties never depend on the database. A pledge's current
 * rating is its latest assessment (of those in scope: not trashed, and published on public
 * pages); the workspace list, the history, the public counts and the feed all order by this.
 * (The search documents' rating, in the frozen migration 0003, follows the same rule.)
 */
export function newestAssessmentFirst(table = 'pledge_assessments'): RawBuilder<unknown> {
	const column = (name: string) => sql.ref(`${table}.${name}`);
	return sql`${column('assessed_on')} desc, ${column('created_at')} desc, ${column('id')} desc`;
}
