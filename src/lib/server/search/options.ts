import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { z } from 'zod';
import {
	CASE_TYPES,
	RATINGS,
	VERIFICATION_LEVELS,
	WORKFLOW_STATUSES,
	type SearchDocumentsTable
} from '../db/schema.js';

/*
 * What a search can ask for, checked once here so the workspace can hand over its URL
 * parameters as they come. The filters read columns of search_documents only (and the
 * record_themes primary key for a theme), so adding filters to a text search adds a few
 * index lookups per match, never a scan.
 */

export const SEARCH_TYPES = [
	'case',
	'pledge',
	'engagement',
	'ask',
	'actor',
	'law',
	'source'
] as const satisfies readonly SearchDocumentsTable['record_type'][];
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_SORTS = ['relevance', 'date_desc', 'date_asc', 'title', 'recent'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

const day = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a day written as YYYY-MM-DD.')
	.optional();
const oneOrMany = <T extends z.ZodType>(item: T) =>
	z.union([item, z.array(item)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);

export const searchOptionsSchema = z.object({
	q: z.string().max(1000).optional(),
	types: oneOrMany(z.enum(SEARCH_TYPES)).optional(),
	countryId: z.string().min(1).optional(),
	caseType: z.enum(CASE_TYPES).optional(),
	/** The record's own kind column: case type, engagement or actor kind, law or ask status. */
	kind: z.string().min(1).max(100).optional(),
	themeId: z.string().min(1).optional(),
	rating: z.enum(RATINGS).optional(),
	status: oneOrMany(z.enum(WORKFLOW_STATUSES)).optional(),
	verification: z.enum(VERIFICATION_LEVELS).optional(),
	/** Records whose date or span could reach into [from, to]. */
	from: day,
	to: day,
	/** Records in the trash are left out unless asked for. */
	includeDeleted: z.boolean().optional(),
	sort: z.enum(SEARCH_SORTS).optional(),
	limit: z.number().int().min(1).max(500).default(20),
	offset: z.number().int().min(0).default(0)
});

export type SearchOptions = z.input<typeof searchOptionsSchema>;
export type CheckedSearchOptions = z.output<typeof searchOptionsSchema>;

/** Conditions on the document alias `d`, all combined with AND. */
export function filterConditions(options: CheckedSearchOptions): RawBuilder<SqlBool>[] {
	const where: RawBuilder<SqlBool>[] = [];
	if (!options.includeDeleted) where.push(sql<SqlBool>`d.deleted = 0`);
	if (options.types) where.push(sql<SqlBool>`d.record_type in (${sql.join(options.types)})`);
	if (options.countryId) where.push(sql<SqlBool>`d.country_id = ${options.countryId}`);
	if (options.status) where.push(sql<SqlBool>`d.status in (${sql.join(options.status)})`);
	// A case type or verification level only makes sense for cases, a rating for pledges.
	if (options.caseType) {
		where.push(sql<SqlBool>`d.record_type = 'case' and d.kind = ${options.caseType}`);
	}
	if (options.kind) where.push(sql<SqlBool>`d.kind = ${options.kind}`);
	if (options.verification) {
		where.push(sql<SqlBool>`d.record_type = 'case' and d.verification = ${options.verification}`);
	}
	if (options.rating) {
		where.push(sql<SqlBool>`d.record_type = 'pledge' and d.rating = ${options.rating}`);
	}
	if (options.themeId) {
		where.push(
			sql<SqlBool>`exists (select 1 from record_themes rt where rt.record_type = d.record_type and rt.record_id = d.record_id and rt.theme_id = ${options.themeId})`
		);
	}
	if (options.from || options.to) {
		// Undated records (actors) cannot fall in a window; a date known only to precede a
		// source has no earliest day and so may lie anywhere before its latest.
		where.push(sql<SqlBool>`coalesce(d.date_latest, d.date_earliest) is not null`);
		if (options.from) {
			where.push(sql<SqlBool>`coalesce(d.date_latest, d.date_earliest) >= ${options.from}`);
		}
		if (options.to) {
			where.push(sql<SqlBool>`(d.date_earliest is null or d.date_earliest <= ${options.to})`);
		}
	}
	return where;
}

export function whereClause(conditions: RawBuilder<SqlBool>[]): RawBuilder<unknown> {
	return conditions.length === 0 ? sql`` : sql`and ${sql.join(conditions, sql` and `)}`;
}

/**
 * Orderings other than relevance, over the derived table `m` of matches. Undated records go
 * last either way (SQLite and PostgreSQL disagree on where NULLs sort); ties break on the
 * document id so pages never overlap.
 */
export function orderBy(sort: Exclude<SearchSort, 'relevance'>): RawBuilder<unknown> {
	switch (sort) {
		case 'title':
			return sql`lower(m.title), m.id`;
		case 'recent':
			return sql`m.updated_at desc, m.id`;
		case 'date_asc':
			return sql`case when m.date_key is null then 1 else 0 end, m.date_key asc, m.id`;
		case 'date_desc':
			return sql`case when m.date_key is null then 1 else 0 end, m.date_key desc, m.id`;
	}
}
