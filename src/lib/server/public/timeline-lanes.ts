import { sql, type RawBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { drawnOverlapsSql, storedSpanSql } from '$lib/date-spans';
import { dialectOf, type DB } from '$lib/server/db/connect';
import { readShape } from '$lib/server/db/read-shape';
import type { Database, TimelineMonthsTable } from '$lib/server/db/schema';
import { bucketStep, bucketsByMonth } from '$lib/timeline/aggregate';
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
export function typeMatchSql(kind: EventKind, view: Pick<ViewState, 'types'>): RawBuilder<SqlBool> {
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
	return shownKeyOf(shown.window.from, bucketsByMonth(shown.window, shown.width));
}

/** shownKeySql for a window from `from` whose buckets are months, or not. */
function shownKeyOf(from: string, monthly: boolean) {
	const first = sql`cast(${from} as text)`;
	const day = sql`case when ${SPAN.anchor} < ${first} then ${first} else ${SPAN.anchor} end`;
	return monthly ? sql<string>`substr(${day}, 1, 7)` : sql<string>`${day}`;
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

/** A month of a lane, as inViewCounts reads it. */
type MonthRow = Omit<
	TimelineMonthsTable,
	'country_id' | 'lane' | 'record_type' | 'max_ongoing_last'
>;

/**
 * The first year (YYYY) of a lane whose months inViewCounts reads one by one, from the lane's
 * years (timeline_lane_years): every earlier year is alike, its spans all counted alike in the
 * window and on one key, so it is counted as a whole (inViewCounts). A year is alike when all
 * its months are before the window's (their spans share the window's first key), all its spans
 * start by the window's end, and its closed spans all end in the window or later, or all
 * before it. The window's first year is never alike; the first year that is not, or that one.
 */
function firstMonthlyYear(
	db: DB,
	countryId: string,
	kind: EventKind,
	{ from, to, fromMonth }: Omit<WindowDays, 'toMonth'>
) {
	const year = (column: string) => sql.ref(`years.${column}`);
	const text = (value: string) => sql<string>`cast(${value} as text)`;
	const notAlike = sql<SqlBool>`(${year('anchor_year')} || '-12' >= ${text(fromMonth)} or ${year('max_first')} > ${text(to)} or (${year('min_closed')} < ${text(from)} and ${year('max_closed')} >= ${text(from)}))`;
	const first = db
		.selectFrom('timeline_lane_years as years')
		.where('years.country_id', '=', countryId)
		.where('years.lane', '=', kind)
		.where(notAlike)
		.select(sql<string>`min(${year('anchor_year')})`.as('year'));
	return sql<string>`coalesce((${first}), substr(${text(fromMonth)}, 1, 4))`;
}

/**
 * A lane's months that can hold spans drawn in a window ending on `to`: a row per anchor month
 * of the spans the type filter keeps, with their count, how many are ongoing, and the extremes
 * of their days, when the earliest starts by `to`. Without a filter of case types that is
 * timeline_lane_months from the first year not counted as a whole (firstMonthlyYear); a span
 * is never anchored after the day it is drawn from, so the months after `to`'s are not read.
 * With one, every month of those types (timeline_months) added up, which the lane's overview
 * reads too (one pass over the types' months, not two), and inViewCounts keeps those that can
 * be drawn.
 */
function drawnMonths(
	db: DB,
	countryId: string,
	kind: EventKind,
	caseTypes: readonly string[],
	window: WindowDays
) {
	const { to, toMonth } = window;
	if (caseTypes.length === 0) {
		const first = firstMonthlyYear(db, countryId, kind, window);
		return db
			.selectFrom('timeline_lane_months')
			.where('timeline_lane_months.country_id', '=', countryId)
			.where('timeline_lane_months.lane', '=', kind)
			.where(sql<SqlBool>`${sql.ref('timeline_lane_months.anchor_month')} >= ${first} || '-01'`)
			.where('timeline_lane_months.anchor_month', '<=', toMonth)
			.where('timeline_lane_months.min_first', '<=', to)
			.select([
				'anchor_month',
				'n',
				'n_ongoing',
				'min_first',
				'max_first',
				'min_closed',
				'max_closed'
			]);
	}
	const of = (aggregate: 'min' | 'max', column: keyof MonthRow) =>
		sql<string | null>`${sql.raw(aggregate)}(${sql.ref(`timeline_months.${column}`)})`;
	return db
		.selectFrom('timeline_months')
		.where('timeline_months.country_id', '=', countryId)
		.where('timeline_months.lane', '=', kind)
		.where('timeline_months.record_type', 'in', [...caseTypes])
		.groupBy('timeline_months.anchor_month')
		.select([
			'timeline_months.anchor_month',
			sql<number>`sum(${sql.ref('timeline_months.n')})`.as('n'),
			sql<number>`sum(${sql.ref('timeline_months.n_ongoing')})`.as('n_ongoing'),
			sql<string>`${of('min', 'min_first')}`.as('min_first'),
			sql<string>`${of('max', 'max_first')}`.as('max_first'),
			of('min', 'min_closed').as('min_closed'),
			of('max', 'max_closed').as('max_closed')
		]);
}

/**
 * The column `lane` of a lane's counts read with others: its place among them. A lone lane's
 * rows go without (SQLite's rows cost more with each column).
 */
const placeOf = (lane: number | null) =>
	lane === null ? [] : [sql<number>`${sql.lit(lane)}`.as('lane')];

/** A window's first and last days and their months (YYYY-MM), as a read binds them. */
interface WindowDays {
	from: string;
	to: string;
	fromMonth: string;
	toMonth: string;
}

/**
 * The in-view counts of the window from the lane's months (drawnMonths, as the common table
 * expression `months`), as summarizeRows counts them per span (drawn within the window, keyed
 * by shownKeySql): a query whose few rows are its keys and counts (part 1). A month's spans
 * share a key when they are anchored before the window (its first day's) or when buckets are
 * months (their month, or the window's first when earlier); of such a month whose spans all
 * start by the window's end, the ongoing spans all count, and the closed ones all count when
 * the earliest ends in the window or later, none when the latest ends before it. What is left
 * (a month whose keys differ, or whose closed spans end on both sides of the window's first
 * day) is counted span by span. Without a filter of case types, the lane's years before its
 * first read by month (firstMonthlyYear) are counted the same way a row each, as their months
 * would be (timeline_lane_years). Reading every month's row into JavaScript instead cost more
 * than the rest of the lane's read (its days as strings).
 */
function inViewCounts(
	db: DB,
	countryId: string,
	kind: EventKind,
	view: Pick<ViewState, 'types'>,
	{ from, to, fromMonth, toMonth }: WindowDays,
	monthly: boolean,
	lane: number | null
) {
	const types = view.types ?? [];
	const byType = kind === 'case' && types.length > 0 && !types.includes('case');
	const month = (column: string) => sql.ref(`months.${column}`);
	const text = (value: string) => sql<string>`cast(${value} as text)`;
	// The drawn months are read once (a common table expression used three times is
	// materialised by both databases), then each part scans what was read.
	const drawn = () =>
		db
			.selectFrom(sql<MonthRow>`months`.as('months'))
			.where(sql<SqlBool>`${month('anchor_month')} <= ${text(toMonth)}`)
			.where(sql<SqlBool>`${month('min_first')} <= ${text(to)}`);
	// A month whose spans may have different keys, or may start after the window's end.
	const whole = sql<SqlBool>`(${month('max_first')} > ${text(to)}${monthly ? sql`` : sql` or ${month('anchor_month')} >= ${text(fromMonth)}`})`;
	const counted = () => drawn().where(sql<SqlBool>`not ${whole}`);
	// Each month's spans looked up by the month index (timeline_spans_month_idx), each counted
	// when the condition holds: a test of its first day in the WHERE clause would have SQLite
	// start from the other index's range instead, every span of the lane that starts before the
	// window ends. A count of 0 is dropped with the others (sumByDay).
	const spans = (months: ReturnType<typeof counted>, condition?: RawBuilder<SqlBool>) =>
		months
			.crossJoin('timeline_spans')
			.where('timeline_spans.country_id', '=', countryId)
			.where('timeline_spans.lane', '=', kind)
			.where(sql<SqlBool>`${sql.ref('timeline_spans.anchor_month')} = ${month('anchor_month')}`)
			.where(typeMatchSql(kind, view))
			.select([
				shownKeyOf(from, monthly).as('shown'),
				(condition ? sql<number>`case when ${condition} then 1 else 0 end` : sql<number>`1`).as('n')
			]);
	const key = sql<string>`case when ${month('anchor_month')} < ${text(fromMonth)} then ${text(monthly ? fromMonth : from)} else ${month('anchor_month')} end`;
	const allClosed = sql<SqlBool>`${month('min_closed')} >= ${text(from)}`;
	const byMonth = counted().select([
		key.as('shown'),
		sql<number>`${month('n_ongoing')} + case when ${allClosed} then ${month('n')} - ${month('n_ongoing')} else 0 end`.as(
			'n'
		)
	]);
	const wholeSpans = spans(drawn().where(whole), drawnOverlapsSql(SPAN, from, to));
	// A month whose closed spans end on both sides of the window's first day. Its spans all
	// start by the window's end (it is not whole), so a closed one is drawn in the window when
	// it ends in it or later: a range of the month index. Its ongoing ones count with the month.
	const closedSpans = spans(
		counted()
			.where(sql<SqlBool>`${month('min_closed')} < ${text(from)}`)
			.where(sql<SqlBool>`${month('max_closed')} >= ${text(from)}`)
	)
		.where('timeline_spans.ongoing', '=', 0)
		.where('timeline_spans.closed_last_day', '>=', from);
	// The years before the lane's first read by month (without a filter of case types), each
	// counted as its months would be: all before the window, all starting by its end, and their
	// closed spans all counted (ending in the window or later) or none.
	const year = (column: string) => sql.ref(`years.${column}`);
	const years = db
		.selectFrom('timeline_lane_years as years')
		.where('years.country_id', '=', countryId)
		.where('years.lane', '=', kind)
		.where(
			sql<SqlBool>`${year('anchor_year')} < ${firstMonthlyYear(db, countryId, kind, { from, to, fromMonth })}`
		)
		.select([
			text(monthly ? fromMonth : from).as('shown'),
			sql<number>`${year('n_ongoing')} + case when ${year('min_closed')} >= ${text(from)} then ${year('n')} - ${year('n_ongoing')} else 0 end`.as(
				'n'
			)
		]);
	const keyed = byMonth.unionAll(wholeSpans).unionAll(closedSpans);
	// Grouped outside: PostgreSQL does not see a bound parameter in GROUP BY as the one selected.
	return db
		.selectFrom((byType ? keyed : keyed.unionAll(years)).as('keyed'))
		.select([
			...placeOf(lane),
			sql<number>`1`.as('part'),
			sql<string>`${sql.ref('keyed.shown')}`.as('key'),
			sql<number>`sum(${sql.ref('keyed.n')})`.as('n')
		])
		.groupBy('keyed.shown');
}

/** A lane's extent: every record type's, as loadExtent reads it. */
export type LaneExtent = Pick<LaneSummary, 'lo' | 'hi' | 'closedFrom'>;

const NO_EXTENT: LaneExtent = { lo: null, hi: null, closedFrom: null };

/** The query of one day the lanes' extents are read beside (ongoingKnownDay). */
export type KnownDayQuery = (
	db: DB,
	countryId: string,
	themes: readonly string[]
) => SelectQueryBuilder<Database, keyof Database, { known: string | null }>;

/*
 * SQLite's extents: a statement of scalar lookups, compiled once per set of lanes and number of
 * themes (ReadShape), as its sixteen subqueries cost Kysely more to build and compile than
 * SQLite to run.
 */
const sqliteExtents = readShape(
	(
		db: DB,
		{ countryId, themes }: { countryId: string; themes: readonly string[] },
		{ kinds, known }: { kinds: readonly EventKind[]; known: KnownDayQuery }
	) => {
		const edge = (kind: EventKind, of: 'min' | 'max', column: string, ongoing?: 0 | 1) =>
			db
				.selectFrom('timeline_spans')
				.where('timeline_spans.country_id', '=', countryId)
				.where('timeline_spans.lane', '=', kind)
				.$if(ongoing !== undefined, (q) => q.where('timeline_spans.ongoing', '=', ongoing!))
				.select(
					sql<string | null>`${sql.raw(of)}(${sql.ref(`timeline_spans.${column}`)})`.as('day')
				);
		return db.selectNoFrom([
			known(db, countryId, themes).as('known'),
			...kinds.flatMap((kind) => [
				edge(kind, 'min', 'first_day').as(`${kind}_lo`),
				edge(kind, 'max', 'first_day').as(`${kind}_hi_first`),
				edge(kind, 'max', 'closed_last_day', 0).as(`${kind}_hi_closed`),
				edge(kind, 'max', 'first_last_day', 1).as(`${kind}_hi_ongoing`),
				edge(kind, 'min', 'closed_last_day', 0).as(`${kind}_closed_from`)
			])
		]);
	},
	({ kinds, known }) => `${kinds.join(',')}|${known.name}`
);

/**
 * The extents of the country's lanes (those given) in one row: per lane its earliest and latest
 * first day, the earliest and latest end of a closed span and the latest last day of an
 * ongoing span's start. A lane without spans has none. `known` (a query of one day, of the
 * cases with one of the themes) is read in the same row. On SQLite each day is the first entry
 * of an index's range (timeline_spans_lane_idx, timeline_spans_closed_idx,
 * timeline_spans_ongoing_idx), without reading the lane's months; PostgreSQL plans a statement
 * each time it runs, and planning those fifteen lookups cost more than a pass over the lanes'
 * years (timeline_lane_years, some 25 a lane where timeline_lane_months has 300).
 */
export async function loadLaneExtents(
	db: DB,
	countryId: string,
	kinds: readonly EventKind[],
	themes: readonly string[],
	known: KnownDayQuery
): Promise<{ lanes: Map<EventKind, LaneExtent>; known: string | null }> {
	if (dialectOf(db) === 'sqlite') {
		const [row] = (await sqliteExtents.execute(
			db,
			{ countryId, themes },
			{ kinds, known }
		)) as Record<string, string | null>[];
		const day = (kind: EventKind, name: string) => row?.[`${kind}_${name}`] ?? null;
		const lanes = new Map<EventKind, LaneExtent>();
		for (const kind of kinds) {
			const hi = latest([day(kind, 'hi_closed'), day(kind, 'hi_ongoing'), day(kind, 'hi_first')]);
			lanes.set(kind, { lo: day(kind, 'lo'), hi, closedFrom: day(kind, 'closed_from') });
		}
		return { lanes, known: row?.known ?? null };
	}
	// A row per lane with years, beside the known day (one row when there are none).
	const of = (aggregate: 'min' | 'max', column: string) =>
		sql<string | null>`${sql.raw(aggregate)}(${sql.ref(`timeline_lane_years.${column}`)})`;
	const extents = db
		.selectFrom('timeline_lane_years')
		.where('timeline_lane_years.country_id', '=', countryId)
		.where((eb) =>
			kinds.length > 0 ? eb('timeline_lane_years.lane', 'in', [...kinds]) : eb.lit(false)
		)
		.groupBy('timeline_lane_years.lane')
		.select([
			'timeline_lane_years.lane',
			of('min', 'min_first').as('lo'),
			of('max', 'max_first').as('hi_first'),
			of('max', 'max_closed').as('hi_closed'),
			of('max', 'max_ongoing_last').as('hi_ongoing'),
			of('min', 'min_closed').as('closed_from')
		]);
	// Ordered by lane, though read into a map, so that it goes batched (read-batch.ts).
	const rows = await db
		.selectFrom(known(db, countryId, themes).as('known_day'))
		.leftJoin(extents.as('lanes'), (j) => j.onTrue())
		.selectAll()
		.orderBy('lanes.lane')
		.execute();
	const lanes = new Map<EventKind, LaneExtent>();
	for (const r of rows) {
		if (r.lane === null) continue;
		const hi = latest([r.hi_closed, r.hi_ongoing, r.hi_first]);
		lanes.set(r.lane as EventKind, { lo: r.lo, hi, closedFrom: r.closed_from });
	}
	return { lanes, known: rows[0]?.known ?? null };
}

/**
 * The interval a lane's months may be added up by for the overview: the widest of a year, a
 * quarter and a month that the buckets of the home window hold whole at this width (the
 * overview's half width has wider ones). Each such bucket's first day is the first day of a
 * year, quarter or month, and a bucket holds a whole number of them; so a month's count lands
 * in the same bucket as its interval's first day, clamped to the window's ends or not.
 */
export type OverviewUnit = 'month' | 'quarter' | 'year';

export function overviewUnit(home: TimeWindow, width: number): OverviewUnit {
	const { approxDays } = bucketStep(home, width);
	return approxDays >= 365 ? 'year' : approxDays >= 91 ? 'quarter' : 'month';
}

/** The first month (YYYY-MM) of a month's interval. */
function unitKey(month: RawBuilder<unknown>, unit: OverviewUnit) {
	if (unit === 'year') return sql<string>`substr(${month}, 1, 4) || '-01'`;
	const m = sql`substr(${month}, 6, 2)`;
	if (unit === 'quarter') {
		return sql<string>`substr(${month}, 1, 5) || case when ${m} < '04' then '01' when ${m} < '07' then '04' when ${m} < '10' then '07' else '10' end`;
	}
	return sql<string>`${month}`;
}

/** What summarizeMonths shares between the lanes of a view. */
export interface MonthsOfView {
	/** loadLaneExtents' answer for the lanes. */
	extents: Promise<{ lanes: Map<EventKind, LaneExtent> }>;
	/** The lanes' counts (laneCountsOfView), read once for them. */
	counts: Promise<Map<EventKind, LaneCountRow[]>>;
}

/** A row of a lane's counts: its overview's (part 0) or its in-view counts' (part 1). */
interface LaneCountRow {
	part: number;
	key: string;
	n: number;
}

/** What a lane's counts are read by, beside the values they bind (laneCounts). */
interface LaneCountsShape {
	kind: EventKind;
	/** The lane's place among the lanes read together (its rows' `lane`); null when alone. */
	lane: number | null;
	/** The view's type filter (a part of the SQL: which lanes and case types it keeps). */
	types: NonNullable<ViewState['types']>;
	unit: OverviewUnit;
	/** Whether the window's buckets are months; null when the window is not known first. */
	monthly: boolean | null;
}

type LaneCountsParams = { countryId: string } & Partial<WindowDays>;

/*
 * A lane's overview (part 0) and, when the window is known first, its in-view counts (part 1)
 * in one query.
 */
function laneCounts(
	db: DB,
	{ countryId, ...days }: LaneCountsParams,
	{ kind, lane, types, unit, monthly }: LaneCountsShape
) {
	const byType = kind === 'case' && types.length > 0 && !types.includes('case');
	const caseTypes = byType ? types : [];
	// Grouped by an expression without parameters, which PostgreSQL matches as selected. With
	// case types and a window, from the types' months the in-view counts read (`months`).
	const overview = (typedMonths: boolean) => {
		const part = sql<number>`0`.as('part');
		// By year without a filter of case types: the lane's years as kept, a row each.
		if (unit === 'year' && !byType) {
			return db
				.selectFrom('timeline_lane_years as of_lane')
				.where('of_lane.country_id', '=', countryId)
				.where('of_lane.lane', '=', kind)
				.select([
					...placeOf(lane),
					part,
					sql<string>`${sql.ref('of_lane.anchor_year')} || '-01'`.as('key'),
					sql<number>`${sql.ref('of_lane.n')}`.as('n')
				]);
		}
		const months = typedMonths
			? db.selectFrom(sql<MonthRow>`months`.as('of_lane'))
			: byType
				? db
						.selectFrom('timeline_months as of_lane')
						.where('of_lane.country_id', '=', countryId)
						.where('of_lane.lane', '=', kind)
						.where('of_lane.record_type', 'in', [...caseTypes])
				: db
						.selectFrom('timeline_lane_months as of_lane')
						.where('of_lane.country_id', '=', countryId)
						.where('of_lane.lane', '=', kind);
		const key = unitKey(sql.ref('of_lane.anchor_month'), unit);
		if (unit === 'month' && !byType) {
			return months.select([
				...placeOf(lane),
				part,
				key.as('key'),
				sql<number>`${sql.ref('of_lane.n')}`.as('n')
			]);
		}
		return months
			.groupBy(key)
			.select([
				...placeOf(lane),
				part,
				key.as('key'),
				sql<number>`sum(${sql.ref('of_lane.n')})`.as('n')
			]);
	};
	if (monthly === null) return overview(false);
	const window = days as WindowDays;
	return db
		.with('months', () => drawnMonths(db, countryId, kind, caseTypes, window))
		.selectFrom(overview(byType).as('overview'))
		.selectAll()
		.unionAll(inViewCounts(db, countryId, kind, { types }, window, monthly, lane));
}

/*
 * The counts of a view's lanes in one statement, each lane's query (laneCounts, its rows
 * numbered by the lane's place) a subquery when there are several (a lone lane's is read as it
 * is: SQLite costs a subquery's rows a little more), compiled once per shape (ReadShape):
 * building and compiling the common table expressions and unions cost Kysely about as much as
 * the database took to run them, and on PostgreSQL each statement costs its round trip and
 * executor start besides (a trivial prepared read: some 0.03 ms of the backend, 0.1 ms of
 * node), three lanes' reads more than one.
 */
const lanesCounts = readShape(
	(
		db: DB,
		params: LaneCountsParams,
		{ lanes, ...shape }: Omit<LaneCountsShape, 'kind' | 'lane'> & { lanes: readonly EventKind[] }
	) => {
		// Each lane's common table expression (`months`, with a window) is its own: read
		// together, each lane is a subquery.
		const [first, ...rest] = lanes.map((kind, lane) =>
			db
				.selectFrom(
					laneCounts(db, params, { kind, lane: lanes.length === 1 ? null : lane, ...shape }).as(
						'lane_counts'
					)
				)
				.selectAll()
		);
		const all = rest.reduce((union, query) => union.unionAll(query), first!);
		// In a set order, though the rows are added up whatever their order, so that on PostgreSQL
		// the read goes batched with those issued beside it (read-batch.ts). One lane's rows
		// name no lane.
		return (lanes.length === 1 ? all : all.orderBy('lane'))
			.orderBy('part')
			.orderBy('key')
			.orderBy('n');
	},
	({ lanes, types, unit, monthly }) => `${lanes.join(',')}|${types.join(',')}|${unit}|${monthly}`
);

/** Whether the view's type filter keeps some of the lane (a case lane can keep some case types). */
function keptByTypes(kind: EventKind, view: Pick<ViewState, 'types'>): boolean {
	const types = view.types ?? [];
	const byType = kind === 'case' && types.length > 0 && !types.includes('case');
	return byType || matchesTypes(kind, undefined, types);
}

/**
 * The overview (part 0) of each of the lanes given that the view's type filter keeps, from the
 * lane's months (timeline_lane_months, or by year its years as timeline_lane_years keeps them;
 * with a filter of case types, the counts of those types from timeline_months) added up by
 * `unit`, and when the window is known first (`shown`) its in-view counts (part 1,
 * inViewCounts): one read for the lanes, a lane's rows by its kind. No read returns a row per
 * month of a lane unless its overview is counted by month.
 */
export async function laneCountsOfView(
	db: DB,
	countryId: string,
	kinds: readonly EventKind[],
	view: Pick<ViewState, 'types'>,
	shown: { window: TimeWindow; width: number } | null,
	unit: OverviewUnit
): Promise<Map<EventKind, LaneCountRow[]>> {
	// A lane the type filter leaves out has its extent only: no counts.
	const lanes = kinds.filter((kind) => keptByTypes(kind, view));
	const counts = new Map<EventKind, LaneCountRow[]>(lanes.map((kind) => [kind, []]));
	if (lanes.length === 0) return counts;
	const shape = {
		lanes,
		types: view.types ?? [],
		unit,
		monthly: shown && bucketsByMonth(shown.window, shown.width)
	};
	let params: LaneCountsParams = { countryId };
	if (shown) {
		const { from, to } = shown.window;
		params = { countryId, from, to, fromMonth: from.slice(0, 7), toMonth: to.slice(0, 7) };
	}
	for (const row of await lanesCounts.execute(db, params, shape)) {
		counts.get(lanes['lane' in row ? Number(row.lane) : 0]!)!.push(row);
	}
	return counts;
}

/**
 * summarizeLane without a theme filter: the extent from the lanes' extents (loadLaneExtents,
 * read once for the lanes), the overview and in-view counts from the lanes' counts
 * (laneCountsOfView, read once for them).
 */
export async function summarizeMonths(
	{ extents, counts }: MonthsOfView,
	...[, , kind, , shown]: LaneSummaryArgs
): Promise<LaneSummary> {
	const [{ lanes }, rowsOf] = await Promise.all([extents, counts]);
	// A row of the overview is one month or interval: its count is its first day's.
	const overview: [string, number][] = [];
	const inView: [string, number][] = [];
	for (const r of rowsOf.get(kind) ?? []) {
		const n = Number(r.n);
		if (n > 0) (Number(r.part) === 0 ? overview : inView).push([dayOfKey(r.key), n]);
	}
	return {
		...(lanes.get(kind) ?? NO_EXTENT),
		overview,
		inView: shown ? sumByDay(inView) : null
	};
}
