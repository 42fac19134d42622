import { sql, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { couldReachSql, dateReachSql, reachSpanSql, undatedLast } from '../../date-spans.js';
import type { Database, ThemedRecordType, WorkflowStatus } from '../db/schema.js';
import type { JoinTable } from './join-rows.js';
import type { RecordTable } from './records.js';

/*
 * Filters and orderings that several record lists share, as plain SQL expressions that read
 * the same on SQLite and PostgreSQL. Dates compare as YYYY-MM-DD text.
 */

export interface ListOptions {
	/** Only records in these workflow states. */
	status?: WorkflowStatus | readonly WorkflowStatus[];
	/** Records in the trash: left out (default), included, or the only ones listed ("only"). */
	deleted?: 'exclude' | 'include' | 'only';
	/** Title contains this text, ignoring case. */
	q?: string;
	limit?: number;
	offset?: number;
}

type Condition = Expression<SqlBool>;

function col(table: RecordTable, column: string) {
	return sql.ref(`${table}.${column}`);
}

/** Conditions from the options every record list takes. */
export function commonConditions(
	table: RecordTable,
	options: ListOptions,
	titleColumn = 'title'
): Condition[] {
	const conditions: Condition[] = [];
	const deleted = options.deleted ?? 'exclude';
	if (deleted === 'exclude') conditions.push(sql<SqlBool>`${col(table, 'deleted_at')} is null`);
	if (deleted === 'only') conditions.push(sql<SqlBool>`${col(table, 'deleted_at')} is not null`);
	if (options.status !== undefined) {
		const statuses = typeof options.status === 'string' ? [options.status] : options.status;
		conditions.push(
			statuses.length === 0
				? sql<SqlBool>`1 = 0`
				: sql<SqlBool>`${col(table, 'status')} in (${sql.join(statuses)})`
		);
	}
	if (options.q && options.q.trim() !== '') {
		// LIKE with the wildcards in the search text escaped, so "100%" means "100%".
		const pattern = `%${options.q
			.trim()
			.toLowerCase()
			.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		conditions.push(sql<SqlBool>`lower(${col(table, titleColumn)}) like ${pattern} escape '\\'`);
	}
	return conditions;
}

/**
 * The filters a list of one country's records shares: the country, and for records that
 * take themes, the theme.
 */
export function scopeConditions(
	table: RecordTable,
	filters: { country_id?: string; theme_id?: string },
	themedAs?: ThemedRecordType
): Condition[] {
	const conditions: Condition[] = [];
	if (filters.country_id !== undefined) {
		conditions.push(sql<SqlBool>`${col(table, 'country_id')} = ${filters.country_id}`);
	}
	if (themedAs && filters.theme_id) conditions.push(hasTheme(table, themedAs, filters.theme_id));
	return conditions;
}

/** The record is tagged with the theme. */
export function hasTheme(table: RecordTable, type: ThemedRecordType, themeId: string): Condition {
	return sql<SqlBool>`exists (select 1 from record_themes rt where rt.record_type = ${type} and rt.record_id = ${col(table, 'id')} and rt.theme_id = ${themeId})`;
}

/**
 * The record owns a row in `joinTable` (pointing back at it through `ownerColumn`) whose
 * columns hold the values in `match`; an undefined value matches any.
 */
export function hasJoinRow<J extends JoinTable>(
	table: RecordTable,
	joinTable: J,
	ownerColumn: keyof Database[J] & string,
	match: Partial<Record<keyof Database[J] & string, string>>
): Condition {
	const conditions = [
		sql`${sql.ref(`j.${ownerColumn}`)} = ${col(table, 'id')}`,
		...Object.entries<string | undefined>(match)
			.filter(([, value]) => value !== undefined)
			.map(([column, value]) => sql`${sql.ref(`j.${column}`)} = ${value}`)
	];
	return sql<SqlBool>`exists (select 1 from ${sql.table(joinTable)} j where ${sql.join(conditions, sql` and `)})`;
}

/**
 * The date under `prefix` could fall within [from, to] (either bound optional): the date-span
 * module's rule, as the open data filters. A date known only to precede a source ("before")
 * has no earliest day and so reaches back indefinitely; a record without any date matches no
 * window.
 */
export function dateWithin(
	table: RecordTable,
	prefix: string,
	from: string | undefined,
	to: string | undefined
): Condition[] {
	return couldReachSql(dateReachSql(table, prefix), { from, to });
}

/**
 * A case's span from its start to its end (or on, when ongoing), or an engagement's, could
 * fall within [from, to]: the date-span module's rule, as the open data filters.
 */
export function periodWithin(
	table: 'cases' | 'engagements',
	from: string | undefined,
	to: string | undefined
): Condition[] {
	return couldReachSql(reachSpanSql(table === 'cases' ? 'case' : 'period', table), { from, to });
}

export type SortOrder = 'date_asc' | 'date_desc' | 'title' | 'recent';

/** What one concept's list filters and sorts on. */
export interface RecordList {
	table: RecordTable;
	/**
	 * The column prefix of the record's date; cases and engagements filter on their whole
	 * period (from start to end) and sort on its start.
	 */
	date: string;
	/** The order when the filters ask for none. */
	sort: SortOrder;
	/** For records that take themes: their type, for the theme filter. */
	themedAs?: ThemedRecordType;
}

export interface RecordListFilters extends ListOptions {
	country_id?: string;
	theme_id?: string;
	from?: string;
	to?: string;
	sort?: SortOrder;
}

/**
 * The conditions every record list starts from: the common options, the country and theme,
 * and the [from, to] window on the record's date.
 */
export function listConditions(list: RecordList, filters: RecordListFilters): Condition[] {
	const { table } = list;
	const window =
		table === 'cases' || table === 'engagements'
			? periodWithin(table, filters.from, filters.to)
			: dateWithin(table, list.date, filters.from, filters.to);
	return [
		...commonConditions(table, filters),
		...scopeConditions(table, filters, list.themedAs),
		...window
	];
}

/** Orders a record list as the filters ask (or by the list's default) and applies the page. */
export function listPage<DB, TB extends keyof DB, O>(
	query: SelectQueryBuilder<DB, TB, O>,
	list: RecordList,
	filters: RecordListFilters
): SelectQueryBuilder<DB, TB, O> {
	return page(query, orderings(list.table, filters.sort ?? list.sort, list.date), filters);
}

/**
 * Orderings for a list. Dates sort by their earliest possible day, then their latest (as
 * compareDates in src/lib/dates.ts does); undated records go last either way (undatedLast).
 * Ties break on id so pages never overlap.
 */
export function orderings(
	table: RecordTable,
	sort: SortOrder,
	datePrefix: string | null,
	titleColumn = 'title'
): Expression<unknown>[] {
	const id = col(table, 'id');
	if (sort === 'title') return [sql`lower(${col(table, titleColumn)})`, id];
	if (sort === 'recent' || datePrefix === null) return [sql`${col(table, 'updated_at')} desc`, id];
	const earliest = col(table, `${datePrefix}_earliest`);
	const latest = col(table, `${datePrefix}_latest`);
	const direction = sort === 'date_desc' ? 'desc' : 'asc';
	return [
		...undatedLast(sql`coalesce(${earliest}, ${latest})`, direction),
		sql`${latest} ${sql.raw(direction)}`,
		id
	];
}

/** Applies orderings, limit and offset to a list query. */
export function page<DB, TB extends keyof DB, O>(
	query: SelectQueryBuilder<DB, TB, O>,
	order: Expression<unknown>[],
	options: ListOptions
): SelectQueryBuilder<DB, TB, O> {
	let q = query;
	for (const expression of order) q = q.orderBy(expression);
	if (options.limit !== undefined) q = q.limit(options.limit);
	if (options.offset !== undefined) {
		// SQLite accepts OFFSET only after a LIMIT, so "no limit" becomes a very large one.
		if (options.limit === undefined) q = q.limit(Number.MAX_SAFE_INTEGER);
		q = q.offset(options.offset);
	}
	return q;
}

/** How many rows a filtered list query matches, ignoring limit and offset. */
export async function countRows<DB, TB extends keyof DB, O>(
	query: SelectQueryBuilder<DB, TB, O>
): Promise<number> {
	// Kysely cannot name the new column on a query of any table (hence $castTo); PostgreSQL
	// returns a count as text.
	const row = await query
		.select(sql`count(*)`.as('n'))
		.$castTo<{ n: number | string }>()
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** A filter given as one value or several, as a list for "in (...)". */
export function oneOrMany<T extends string>(value: T | readonly T[]): T[] {
	const values: T[] = typeof value === 'string' ? [value as T] : [...(value as readonly T[])];
	// An empty choice matches nothing, rather than producing the invalid SQL "in ()".
	return values.length > 0 ? values : ['' as T];
}
