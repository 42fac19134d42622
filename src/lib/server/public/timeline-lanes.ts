import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { drawnOverlapsSql, storedSpanSql } from '$lib/date-spans';
import type { DB } from '$lib/server/db/connect';
import type { TimelineMonthsTable } from '$lib/server/db/schema';
import { bucketsByMonth } from '$lib/timeline/aggregate';
import type { EventKind, TimeWindow } from '$lib/timeline/types';
import { matchesTypes, type ViewState } from '$lib/timeline/url';

/*
 * What the timeline reads of a lane without the theme filter: its extent and counts from
 * timeline_months (a row per anchor month and record type, migrations/0015_timeline_spans.ts),
 * reading single spans only where a month's rows are not all counted alike: the months at a
 * window's edges, and of the months before it, the closed spans that reach into it. So the
 * cost follows the number of months and the window's edges, not the number of events.
 */

/** Each published, dated record's drawn days as timeline_spans stores them. */
export const SPAN = storedSpanSql();
export const SPAN_ID = 'timeline_spans.record_id';

/** Whether a lane's row passes the view's type filter, as laneRows would filter it. */
export function typeMatchSql(kind: EventKind, view: ViewState): RawBuilder<SqlBool> {
	const types = view.types ?? [];
	if (kind === 'case' && types.length > 0 && !types.includes('case')) {
		return sql<SqlBool>`${sql.ref('timeline_spans.record_type')} in (${sql.join([...types])})`;
	}
	return matchesTypes(kind, undefined, types) ? sql<SqlBool>`1 = 1` : sql<SqlBool>`1 = 0`;
}

/** One lane's extent and counts (summarizeLane). */
/** A lane's summary reads the country's lane for the view, with the window shown when it is known first. */
export type LaneSummaryArgs = [
	db: DB,
	countryId: string,
	kind: EventKind,
	view: ViewState,
	shown: { window: TimeWindow; width: number } | null
];

export interface LaneSummary {
	/** The lane's part of loadExtent's answer, without the ongoing cases' known days. */
	lo: string | null;
	hi: string | null;
	/** The earliest last day of a closed span; null when none is closed. */
	closedFrom: string | null;
	/** Events per month of their anchor, for the overview (type filter applied). */
	overview: [string, number][];
	/** Per countAnchors' in-view key, when the window was known before the pass. */
	inView: [string, number][] | null;
}

/** A day as its bucket key: its month (YYYY-MM) when the window's buckets are a month or longer. */
export function bucketKey(day: RawBuilder<unknown>, window: TimeWindow, width: number) {
	return bucketsByMonth(window, width) ? sql<string>`substr(${day}, 1, 7)` : sql<string>`${day}`;
}

/**
 * The in-view key of a span drawn in the window: the bucket of its anchor, or of the window's
 * first day when it is anchored before.
 */
export function shownKeySql(shown: { window: TimeWindow; width: number }) {
	const from = sql`cast(${shown.window.from} as text)`;
	const day = sql`case when ${SPAN.anchor} < ${from} then ${from} else ${SPAN.anchor} end`;
	return bucketKey(day, shown.window, shown.width);
}

export const dayOfKey = (key: string) => (key.length === 7 ? `${key}-01` : key);

/** Adds up counts per day. */
export function sumByDay(rows: readonly (readonly [string, number])[]): [string, number][] {
	const sums = new Map<string, number>();
	for (const [day, n] of rows) if (n > 0) sums.set(day, (sums.get(day) ?? 0) + n);
	return [...sums.entries()];
}

export const earliest = (days: readonly (string | null)[]) =>
	days.reduce<string | null>((a, b) => (b !== null && (a === null || b < a) ? b : a), null);
export const latest = (days: readonly (string | null)[]) =>
	days.reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);

/**
 * A month of a lane: the spans the type filter keeps (n, n_ongoing) and the days of all of them
 * (the extent reads no type filter; for the edges, what holds of all holds of those kept).
 */
type MonthRow = Omit<TimelineMonthsTable, 'country_id' | 'lane' | 'record_type'>;

/**
 * The in-view counts of the window from the lane's months, as summarizeRows counts them per
 * span (drawn within the window, keyed by shownKeySql). A month's rows share a key when they are
 * anchored before the window (its first day's) or when buckets are months (their month, or the
 * window's first when earlier); of such a month whose spans all start by the window's end, the
 * ongoing spans all count, and the closed ones all count when the earliest ends in the window or
 * later, none when the latest ends before it. What is left (a month whose keys differ, or whose
 * closed spans end on both sides of the window's first day) is read span by span.
 */
function inViewOfMonths(
	months: readonly MonthRow[],
	shown: { window: TimeWindow; width: number }
): { counts: [string, number][]; whole: string[]; closedOnly: string[] } {
	const { from, to } = shown.window;
	const monthly = bucketsByMonth(shown.window, shown.width);
	const fromMonth = from.slice(0, 7);
	const drawn = months.filter((g) => g.min_first <= to);
	const whole = new Set(
		drawn
			.filter((g) => g.max_first > to || (!monthly && g.anchor_month >= fromMonth))
			.map((g) => g.anchor_month)
	);
	const counted = drawn.filter((g) => !whole.has(g.anchor_month));
	const allClosed = (g: MonthRow) => g.min_closed !== null && g.min_closed >= from;
	const noneClosed = (g: MonthRow) =>
		g.n === g.n_ongoing || (g.max_closed !== null && g.max_closed < from);
	// A month whose closed spans end on both sides of the first day: its closed spans one by one.
	const closedOnly = new Set(
		counted.filter((g) => !allClosed(g) && !noneClosed(g)).map((g) => g.anchor_month)
	);
	const counts: [string, number][] = [];
	for (const g of counted) {
		const key = g.anchor_month < fromMonth ? (monthly ? fromMonth : from) : g.anchor_month;
		counts.push([key, g.n_ongoing]);
		if (!closedOnly.has(g.anchor_month) && allClosed(g)) counts.push([key, g.n - g.n_ongoing]);
	}
	return { counts, whole: [...whole], closedOnly: [...closedOnly] };
}

/** The spans of the given months read one by one, counted per in-view key. */
async function countSpans(
	db: DB,
	countryId: string,
	kind: EventKind,
	view: ViewState,
	shown: { window: TimeWindow; width: number },
	months: { whole: string[]; closedOnly: string[] }
): Promise<[string, number][]> {
	const rows = (only: string[]) =>
		db
			.selectFrom('timeline_spans')
			.where('timeline_spans.country_id', '=', countryId)
			.where('timeline_spans.lane', '=', kind)
			.where('timeline_spans.anchor_month', 'in', only)
			.where(typeMatchSql(kind, view));
	const parts = [
		...(months.whole.length > 0
			? [
					rows(months.whole)
						.where(drawnOverlapsSql(SPAN, shown.window.from, shown.window.to))
						.select(shownKeySql(shown).as('shown'))
				]
			: []),
		// The spans of these months all start by the window's end (inViewOfMonths leaves a month
		// with a later start whole), so a closed one is drawn in the window when it ends in it or
		// later: a range of the month index (timeline_spans_month_idx), where the test of the
		// start would have SQLite read every span of the lane that starts before the window ends.
		...(months.closedOnly.length > 0
			? [
					rows(months.closedOnly)
						.where('timeline_spans.ongoing', '=', 0)
						.where('timeline_spans.closed_last_day', '>=', shown.window.from)
						.select(shownKeySql(shown).as('shown'))
				]
			: [])
	];
	if (parts.length === 0) return [];
	const all = parts.length === 1 ? parts[0]! : parts[0]!.unionAll(parts[1]!);
	// Grouped outside: PostgreSQL does not see a bound parameter in GROUP BY as the one selected.
	const counted = await db
		.selectFrom(all.as('spans'))
		.select(['spans.shown', sql<number>`count(*)`.as('n')])
		.groupBy('spans.shown')
		.execute();
	return counted.map((r) => [r.shown, Number(r.n)]);
}

/**
 * summarizeLane without a theme filter: the extent and the overview from the lane's months
 * (timeline_lane_months, a row a month; with a filter of case types, the counts of those types
 * from timeline_months), and the in-view counts from them and the spans inViewOfMonths leaves.
 */
export async function summarizeMonths(
	...[db, countryId, kind, view, shown]: LaneSummaryArgs
): Promise<LaneSummary> {
	const types = view.types ?? [];
	const byType = kind === 'case' && types.length > 0 && !types.includes('case');
	const kept = byType || matchesTypes(kind, undefined, types);
	const [lane, ofTypes] = await Promise.all([
		db
			.selectFrom('timeline_lane_months')
			.where('timeline_lane_months.country_id', '=', countryId)
			.where('timeline_lane_months.lane', '=', kind)
			.select([
				'anchor_month',
				'n',
				'n_ongoing',
				'min_first',
				'max_first',
				'min_closed',
				'max_closed',
				'max_ongoing_last'
			])
			.orderBy('anchor_month')
			.execute(),
		byType
			? db
					.selectFrom('timeline_months')
					.where('timeline_months.country_id', '=', countryId)
					.where('timeline_months.lane', '=', kind)
					.where('timeline_months.record_type', 'in', [...types])
					.groupBy('timeline_months.anchor_month')
					.select([
						'timeline_months.anchor_month',
						sql<number>`sum(${sql.ref('n')})`.as('n'),
						sql<number>`sum(${sql.ref('n_ongoing')})`.as('n_ongoing')
					])
					.execute()
			: null
	]);
	const typed = ofTypes && new Map(ofTypes.map((g) => [g.anchor_month, g]));
	// One pass over the months (a few hundred a lane): the extent reads every type, the counts
	// only those the type filter keeps.
	const rows: MonthRow[] = [];
	const overview: [string, number][] = [];
	let [lo, hi, closedFrom] = [null as string | null, null as string | null, null as string | null];
	for (const g of lane) {
		const of = typed ? typed.get(g.anchor_month) : kept ? g : null;
		const [n, nOngoing] = [Number(of?.n ?? 0), Number(of?.n_ongoing ?? 0)];
		rows.push({
			anchor_month: g.anchor_month,
			n,
			n_ongoing: nOngoing,
			min_first: g.min_first,
			max_first: g.max_first,
			min_closed: g.min_closed,
			max_closed: g.max_closed,
			max_ongoing_last: g.max_ongoing_last
		});
		lo = earliest([lo, g.min_first]);
		hi = latest([hi, g.max_closed, g.max_ongoing_last, g.max_first]);
		closedFrom = earliest([closedFrom, g.min_closed]);
		// A month is one row: its count is its first day's (sumByDay would add nothing up).
		if (n > 0) overview.push([dayOfKey(g.anchor_month), n]);
	}
	let inView: [string, number][] | null = null;
	if (shown) {
		const { counts, ...left } = inViewOfMonths(rows, shown);
		const spans = await countSpans(db, countryId, kind, view, shown, left);
		inView = sumByDay([...counts, ...spans].map(([key, n]) => [dayOfKey(key), n] as const));
	}
	return { lo, hi, closedFrom, overview, inView };
}
