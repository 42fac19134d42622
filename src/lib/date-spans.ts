import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { PreciseDate } from '$lib/dates';

/*
 * The one place that says how a record's dates make a span on the calendar, in JavaScript (for
 * the browser's timeline and for rows already loaded) and as SQL that reads the same on SQLite
 * and PostgreSQL (so a server can count, bin and filter without loading every row). Each rule
 * comes in both forms side by side, and tests/timeline/date-spans.test.ts checks that they
 * agree on both databases. Days are YYYY-MM-DD text, which compares in calendar order.
 *
 * A date with precision is stored in five columns under a prefix (made, start, end, dated,
 * published); `dateColumns` spells them. A date covers the days from its earliest to its latest
 * possible day; one known only to precede a source ("before") has no earliest day.
 *
 * Two rules read a span, for two questions:
 * - drawn: where the timeline places an event (`drawnSpan`, `drawnOverlaps`). A span starts on
 *   its start date's earliest day, or for an open ("before") start on its latest day, and ends
 *   on its end date's latest day (its start's when it has no end); ongoing spans never end.
 * - could reach: whether an open-data filter window could contain the record (`reachSpan`,
 *   `couldReach`): an open start may lie any time before its latest day, so it reaches back
 *   indefinitely; undated records reach no window.
 */

/** The five columns of a date with precision, typed so Kysely knows them. */
export function dateColumns<P extends string>(prefix: P) {
	return [
		`${prefix}_text`,
		`${prefix}_precision`,
		`${prefix}_earliest`,
		`${prefix}_latest`,
		`${prefix}_note`
	] as [`${P}_text`, `${P}_precision`, `${P}_earliest`, `${P}_latest`, `${P}_note`];
}

/** The same columns qualified by their table, for queries that join. */
export function tableDateColumns<T extends string, P extends string>(table: T, prefix: P) {
	return dateColumns(prefix).map((c) => `${table}.${c}`) as [
		`${T}.${P}_text`,
		`${T}.${P}_precision`,
		`${T}.${P}_earliest`,
		`${T}.${P}_latest`,
		`${T}.${P}_note`
	];
}

/* ---------------------------------------------------------------- JavaScript */

/** The first and last day a date could fall on; `first` is null for an open start ("before"). */
export function dateDays(
	date: PreciseDate | null | undefined
): { first: string | null; last: string } | null {
	if (!date) return null;
	const last = date.latest ?? date.earliest;
	if (!last) return null;
	return { first: date.precision === 'before' || !date.earliest ? null : date.earliest, last };
}

/** Where the timeline draws an event, in days. */
export interface DrawnDays {
	/** The day it is drawn from: the start's earliest day, or its latest when the start is open. */
	first: string;
	/** The latest day of the date it is drawn from (its start, else its end). */
	firstLast: string;
	/** The last day it covers; null when ongoing. */
	last: string | null;
}

export function drawnSpan(
	start: PreciseDate | null | undefined,
	end: PreciseDate | null | undefined,
	ongoing: boolean
): DrawnDays | null {
	const startDays = dateDays(start);
	const endDays = dateDays(end);
	const from = startDays ?? endDays;
	if (!from) return null;
	return {
		first: from.first ?? from.last,
		firstLast: from.last,
		last: ongoing ? null : (endDays ?? from).last
	};
}

/** Whether a drawn span touches the days [from, to] (both inclusive). */
export function drawnOverlaps(span: DrawnDays, from: string, to: string): boolean {
	return span.first <= to && (span.last === null || span.last >= from);
}

/** The day an event is counted under when lanes aggregate (its start, or its latest day when open). */
export function anchorDay(
	start: { earliest: string | null; latest: string | null } | null,
	end: { earliest: string | null; latest: string | null } | null
): string | null {
	return start?.earliest ?? start?.latest ?? end?.earliest ?? end?.latest ?? null;
}

/** A record's reach for the open-data date filters: earliest null means "any time before". */
export interface ReachDays {
	earliest: string | null;
	latest: string | null;
}

export type ReachKind = 'made' | 'case' | 'period';

/**
 * The reach of a record's dates: a pledge's `made` date; a case's start to its end (or on
 * indefinitely when ongoing); an engagement's start to its end.
 */
export function reachSpan(
	kind: ReachKind,
	start: PreciseDate | null,
	end: PreciseDate | null = null,
	ongoing = false
): ReachDays {
	const earliest = start?.earliest ?? null;
	if (kind === 'made') return { earliest, latest: start?.latest ?? start?.earliest ?? null };
	if (kind === 'case' && ongoing) return { earliest, latest: '9999-12-31' };
	const latest =
		kind === 'case'
			? (end?.latest ?? start?.latest ?? end?.earliest ?? start?.earliest ?? null)
			: (end?.latest ?? start?.latest ?? start?.earliest ?? null);
	return { earliest, latest };
}

/** Whether a record with this reach could fall within [from, to] (either bound optional). */
export function couldReach(reach: ReachDays, window: { from?: string; to?: string }): boolean {
	if (!window.from && !window.to) return true;
	if (reach.latest === null) return false;
	if (window.from && reach.latest < window.from) return false;
	if (window.to && reach.earliest !== null && reach.earliest > window.to) return false;
	return true;
}

/* ---------------------------------------------------------------------- SQL */

type Day = RawBuilder<string | null>;

const ref = (table: string, column: string) => sql.ref(`${table}.${column}`);

/** Null unless the date under `prefix` is set, as fromColumns reads it (text and precision). */
function whenSet(table: string, prefix: string, value: RawBuilder<unknown>): Day {
	return sql<
		string | null
	>`case when ${ref(table, `${prefix}_text`)} is not null and ${ref(table, `${prefix}_precision`)} is not null then ${value} end`;
}

/** dateDays in SQL: the first (null when open) and last day of the date under `prefix`. */
function dateDaysSql(table: string, prefix: string) {
	const earliest = ref(table, `${prefix}_earliest`);
	const latest = ref(table, `${prefix}_latest`);
	const last = whenSet(table, prefix, sql`coalesce(${latest}, ${earliest})`);
	const first = whenSet(
		table,
		prefix,
		sql`case when ${ref(table, `${prefix}_precision`)} = ${'before'} then null else ${earliest} end`
	);
	return { first, last };
}

/** How a table's rows make a drawn span: which dates, and whether a column marks it ongoing. */
export interface SpanSource {
	table: string;
	start: string;
	end?: string;
	ongoing?: string;
}

/** The larger of two days that are both set (SQLite's max() and PostgreSQL's greatest() differ). */
function later(a: RawBuilder<unknown>, b: RawBuilder<unknown>): Day {
	return sql<string | null>`case when ${a} > ${b} then ${a} else ${b} end`;
}

/** drawnSpan in SQL; every part is null for an undated row. */
export function drawnSpanSql(source: SpanSource) {
	const start = dateDaysSql(source.table, source.start);
	const end = source.end ? dateDaysSql(source.table, source.end) : null;
	const firstLast = end ? sql<string | null>`coalesce(${start.last}, ${end.last})` : start.last;
	const first = end
		? sql<
				string | null
			>`case when ${start.last} is not null then coalesce(${start.first}, ${start.last}) else coalesce(${end.first}, ${end.last}) end`
		: sql<string | null>`coalesce(${start.first}, ${start.last})`;
	const closedLast = end ? sql<string | null>`coalesce(${end.last}, ${start.last})` : start.last;
	const ongoing = source.ongoing ? sql<SqlBool>`${ref(source.table, source.ongoing)} = 1` : null;
	const last = ongoing
		? sql<string | null>`case when ${ongoing} then null else ${closedLast} end`
		: closedLast;
	const anchorParts = [source.start, ...(source.end ? [source.end] : [])].flatMap((prefix) => [
		whenSet(source.table, prefix, ref(source.table, `${prefix}_earliest`)),
		whenSet(source.table, prefix, ref(source.table, `${prefix}_latest`))
	]);
	const anchor = sql<string | null>`coalesce(${sql.join(anchorParts)})`;
	/** The last day the extent must reach: the span's end, never before where it is drawn. */
	const reaches = later(closedLast, first);
	return { first, firstLast, last, closedLast, anchor, reaches, ongoing };
}

/** The parts of a drawn span in SQL that the timeline's lanes read. */
export type DrawnSpanSql = Pick<
	ReturnType<typeof drawnSpanSql>,
	'first' | 'firstLast' | 'closedLast' | 'anchor' | 'ongoing'
>;

/**
 * drawnSpanSql's days as stored per published record in timeline_spans (kept by triggers on
 * pledges, cases and engagements, see migrations/0015_timeline_spans.ts), so a lane reads them
 * instead of working them out per row.
 */
export function storedSpanSql(table = 'timeline_spans'): DrawnSpanSql {
	const day = (column: string) => sql<string | null>`${ref(table, column)}`;
	return {
		first: day('first_day'),
		firstLast: day('first_last_day'),
		closedLast: day('closed_last_day'),
		anchor: day('anchor_day'),
		ongoing: sql<SqlBool>`${ref(table, 'ongoing')} = 1`
	};
}

/** drawnOverlaps in SQL: the row's drawn span touches [from, to]; undated rows never do. */
export function drawnOverlapsSql(
	source: SpanSource | DrawnSpanSql,
	from: string,
	to: string
): RawBuilder<SqlBool> {
	const span = 'table' in source ? drawnSpanSql(source) : source;
	const reachesFrom = sql<SqlBool>`${span.closedLast} >= ${from}`;
	return sql<SqlBool>`(${span.first} <= ${to} and ${span.ongoing ? sql`(${span.ongoing} or ${reachesFrom})` : reachesFrom})`;
}

/** The greater of two days where either may be null. */
export function laterOf(a: RawBuilder<unknown>, b: RawBuilder<unknown>): Day {
	return sql<
		string | null
	>`case when ${a} is null then ${b} when ${b} is null then ${a} when ${a} > ${b} then ${a} else ${b} end`;
}

/** reachSpan in SQL of the one date under `prefix` (as 'made' reads a pledge's made date). */
export function dateReachSql(table: string, prefix: string) {
	const earliest = ref(table, `${prefix}_earliest`);
	return {
		earliest: sql<string | null>`${earliest}`,
		latest: sql<string | null>`coalesce(${ref(table, `${prefix}_latest`)}, ${earliest})`
	};
}

/** reachSpan in SQL, for a pledge ('made'), case or engagement ('period') table. */
export function reachSpanSql(kind: ReachKind, table: string) {
	const col = (c: string) => ref(table, c);
	if (kind === 'made') return dateReachSql(table, 'made');
	if (kind === 'case') {
		return {
			earliest: sql<string | null>`${col('start_earliest')}`,
			latest: sql<
				string | null
			>`case when ${col('ongoing')} = 1 then '9999-12-31' else coalesce(${col('end_latest')}, ${col('start_latest')}, ${col('end_earliest')}, ${col('start_earliest')}) end`
		};
	}
	return {
		earliest: sql<string | null>`${col('start_earliest')}`,
		latest: sql<
			string | null
		>`coalesce(${col('end_latest')}, ${col('start_latest')}, ${col('start_earliest')})`
	};
}

/** couldReach in SQL: conditions (all must hold) for a record to fall within [from, to]. */
export function couldReachSql(
	reach: { earliest: Day; latest: Day },
	window: { from?: string; to?: string }
): RawBuilder<SqlBool>[] {
	if (!window.from && !window.to) return [];
	const where = [sql<SqlBool>`${reach.latest} is not null`];
	if (window.from) where.push(sql<SqlBool>`${reach.latest} >= ${window.from}`);
	if (window.to) {
		where.push(sql<SqlBool>`(${reach.earliest} is null or ${reach.earliest} <= ${window.to})`);
	}
	return where;
}

/**
 * Orders by a date key with undated rows last in either direction (SQLite sorts NULLs first,
 * PostgreSQL last, so neither is left to decide). Append a tie-break of your own.
 */
export function undatedLast(
	key: RawBuilder<unknown>,
	direction: 'asc' | 'desc'
): RawBuilder<unknown>[] {
	const dir = direction === 'desc' ? sql`desc` : sql`asc`;
	return [sql`case when ${key} is null then 1 else 0 end`, sql`${key} ${dir}`];
}
