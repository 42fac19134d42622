import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { dateColumns, drawnOverlapsSql } from '$lib/date-spans';
import { formatDate, fromColumns, latestDate, type PreciseDate } from '$lib/dates';
import { preparedReads, type DB } from '$lib/server/db/connect';
import { idIn } from '$lib/server/db/id-list';
import { readShape } from '$lib/server/db/read-shape';
import type { EngagementKind, Rating } from '$lib/server/db/schema';
import { bucketizeCounts, bucketsByMonth, mustAggregate } from '$lib/timeline/aggregate';
import { plotArea, plotWidth, resolveWindow } from '$lib/timeline/scale';
import type {
	EventKind,
	TimelineBucket,
	TimelineData,
	TimelineEvent,
	TimeWindow
} from '$lib/timeline/types';
import { matchesTypes, serializeViewState, type ViewState } from '$lib/timeline/url';
import { loadCitations } from './cite';
import {
	dayOfKey,
	bucketKey,
	earliest,
	latest,
	shownKeySql,
	SPAN,
	SPAN_ID,
	sumByDay,
	laneCountsOfView,
	loadLaneExtents,
	summarizeMonths,
	typeMatchSql,
	overviewUnit,
	type LaneSummary,
	type LaneSummaryArgs,
	type MonthsOfView,
	type OverviewUnit
} from './timeline-lanes';
import { findPublicCountry } from './public-countries';
import { createMemo, publicMemoMs, registerPublicCache } from './memo';
import type { PublicCitation } from '$lib/domain/public-records';
import { loadAssessmentRows } from './record-rows';
import { loadThemes } from './published-themes';
import { isPublished, isPublishedAttachment } from './visibility';
import { currentTime } from '../clock.js';

/*
 * The timeline of one country's published record for one view. Two passes: first the database
 * answers, per lane, a few aggregates over the dates of the published pledges, cases and
 * engagements (the extent, counts per day or month for the overview, how many events the view
 * holds and, when they do not fit, their counts), with the span rules of $lib/date-spans; then
 * titles, ratings, links, themes and citations for the events that will be drawn one by one.
 * So a request costs the same however many records the country has: the server never reads
 * every date, and a zoomed-out view never ships its raw events.
 */

export interface TimelineOptions {
	/** The width the client lays out at (the server cannot know the screen). */
	width?: number;
	/** Where ongoing spans end; today by default. */
	today?: Date;
	/**
	 * false reads the extent and the counts in separate passes, as when one pass cannot answer
	 * (see summarizeLane), and the ongoing cases' known day by the rule (ongoingKnownSql) rather
	 * than from timeline_known; the tests compare the two.
	 */
	onePass?: boolean;
}

/** An ongoing case's "as of": the latest publication date of the published sources it cites. */
function ongoingAsOf(citations: readonly PublicCitation[]): PreciseDate | null {
	return latestDate(citations.map((c) => c.published));
}

/** Pledges and cases of the country tagged with one of the themes (by published theme slug). */
function themedIds(db: DB, type: 'pledge' | 'case', slugs: readonly string[]) {
	return db
		.selectFrom('record_themes')
		.innerJoin('themes', 'themes.id', 'record_themes.theme_id')
		.where(isPublished('themes'))
		.where('record_themes.record_type', '=', type)
		.where('themes.slug', 'in', [...slugs])
		.select('record_themes.record_id');
}

/**
 * The published rows of one lane in the country, with the theme filter (engagements carry no
 * themes: they stay in view whatever it says) and, when given, the type filter.
 */
function laneRows(
	db: DB,
	countryId: string,
	kind: EventKind,
	view: { themes: readonly string[]; types?: ViewState['types'] }
) {
	const types = view.types ?? [];
	const byCaseType = kind === 'case' && types.length > 0 && !types.includes('case');
	// The themed records joined by their key (each once): as `record_id in (...)`, SQLite read
	// every span of the lane in the country to test each against the list.
	return db
		.selectFrom('timeline_spans')
		.$if(isThemed(kind, view), (q) =>
			q.innerJoin(
				themedIds(db, kind as 'pledge' | 'case', view.themes)
					.distinct()
					.as('themed'),
				'themed.record_id',
				'timeline_spans.record_id'
			)
		)
		.where('timeline_spans.country_id', '=', countryId)
		.where('timeline_spans.lane', '=', kind)
		.$if(byCaseType, (q) => q.where('timeline_spans.record_type', 'in', [...types]));
}

/** Whether the theme filter narrows the lane (engagements carry no themes). */
function isThemed(kind: EventKind, view: { themes: readonly string[] }): boolean {
	return kind !== 'engagement' && view.themes.length > 0;
}

/**
 * The latest day any of the lane's drawn ongoing cases is known to run to: per case, the last
 * day of the publication date of its latest cited published source (as ongoingAsOf picks it),
 * then the latest of those; null when none is dated. One ranked join, so the database may start
 * from the few dated sources instead of looking up every ongoing case's citations in turn.
 */
function ongoingKnownSql(db: DB, countryId: string, themes: readonly string[]) {
	const key = sql`coalesce(${sql.ref('sources.published_earliest')}, ${sql.ref('sources.published_latest')})`;
	const [span, id] = [SPAN, SPAN_ID];
	const datedSources = db
		.selectFrom('sources')
		.where(isPublished('sources'))
		.where('sources.published_text', 'is not', null)
		.where('sources.published_precision', 'is not', null)
		.where(sql<SqlBool>`${key} is not null`)
		.select('sources.id');
	const ranked = laneRows(db, countryId, 'case', { themes })
		.where(sql<SqlBool>`${span.ongoing}`)
		.innerJoin('citations', (j) =>
			j
				.on(sql<SqlBool>`${sql.ref('citations.record_id')} = ${sql.ref(id)}`)
				.on('citations.record_type', '=', 'case')
		)
		.innerJoin('sources', 'sources.id', 'citations.source_id')
		// The same test as below, as a set SQLite checks each citation against before it looks
		// up the cited case: without statistics it otherwise joins every case citation to its
		// case and only then finds the source undated (Testland, 10,000 cases citing one undated
		// source: 11 to 35 ms alone on a loaded machine, 3 to 8 ms with the set). PostgreSQL
		// plans from the dated sources either way.
		.where('citations.source_id', 'in', datedSources)
		.where(isPublished('sources'))
		.where(isPublishedAttachment('citations'))
		.where('sources.published_text', 'is not', null)
		.where('sources.published_precision', 'is not', null)
		.where(sql<SqlBool>`${key} is not null`)
		.select([
			sql<
				string | null
			>`coalesce(${sql.ref('sources.published_latest')}, ${sql.ref('sources.published_earliest')})`.as(
				'known'
			),
			sql<number>`row_number() over (partition by ${sql.ref(id)} order by ${key} desc, coalesce(${sql.ref('sources.published_latest')}, '') desc)`.as(
				'recency'
			)
		]);
	return sql<string | null>`(${db
		.selectFrom(ranked.as('ranked'))
		.where('ranked.recency', '=', 1)
		.select(sql<string | null>`max(${sql.ref('ranked.known')})`.as('known'))})`;
}

/**
 * The days from the earliest start to the latest end of the country's events (as extentOf in
 * $lib/timeline/bands): ongoing ones count up to what is known of them, their latest source.
 */
async function loadExtent(
	db: DB,
	countryId: string,
	themes: readonly string[]
): Promise<TimeWindow | null> {
	const parts = await Promise.all(
		(['pledge', 'case', 'engagement'] as const).map((kind) => {
			const span = SPAN;
			// Every span reaches at least the day it is drawn from (max of first); a closed one
			// reaches its end (closedLast), an ongoing one what is known of it: its latest
			// source, its start's latest day. Each is its own max(), as the latest of several
			// maxima is the latest of the days (the same day a per-row laterOf would give).
			const whenOngoing = (day: RawBuilder<unknown>) =>
				span.ongoing ? sql<string | null>`max(case when ${span.ongoing} then ${day} end)` : null;
			const closed = span.ongoing
				? sql<string | null>`max(case when ${span.ongoing} then null else ${span.closedLast} end)`
				: sql<string | null>`max(${span.closedLast})`;
			return laneRows(db, countryId, kind, { themes })
				.where(sql<SqlBool>`${span.first} is not null`)
				.select([
					sql<string | null>`min(${span.first})`.as('lo'),
					closed.as('hi'),
					(kind === 'case' ? ongoingKnownSql(db, countryId, themes) : sql<null>`null`).as(
						'hi_known'
					),
					(whenOngoing(span.firstLast) ?? sql<null>`null`).as('hi_first_last'),
					sql<string | null>`max(${span.first})`.as('hi_first')
				])
				.executeTakeFirst();
		})
	);
	const los = parts.flatMap((p) => (p?.lo ? [p.lo] : []));
	const his = parts.flatMap((p) =>
		[p?.hi, p?.hi_known, p?.hi_first_last, p?.hi_first].filter((d): d is string => !!d)
	);
	if (los.length === 0) return null;
	return { from: los.reduce((a, b) => (b < a ? b : a)), to: his.reduce((a, b) => (b > a ? b : a)) };
}

/**
 * The latest day known of the country's ongoing cases, as ongoingKnownSql finds it, from the
 * known days timeline_known keeps per ongoing case (migrations/0017_timeline_lane_months.ts):
 * the last entry of the country's index, or of its cases with one of the themes. A query of
 * one row, read with the lanes' extents (loadLaneExtents).
 */
function ongoingKnownDay(db: DB, countryId: string, themes: readonly string[]) {
	return db
		.selectFrom('timeline_known')
		.where('timeline_known.country_id', '=', countryId)
		.$if(themes.length > 0, (q) =>
			q.where('timeline_known.record_id', 'in', themedIds(db, 'case', themes))
		)
		.select(sql<string | null>`max(${sql.ref('timeline_known.known_day')})`.as('known'));
}

/**
 * What loadExtent and countAnchors read of one lane, in one pass over its rows (each pass over
 * 10,000 cases costs the same whatever it computes, as it evaluates the span rules per row):
 * per month of the anchor and, when the window is known before the extent (the view gives both
 * edges), per in-view key as countAnchors groups them, the count of events the type filter
 * keeps and the extent's minima and maxima, which the caller folds together. The extent reads
 * the theme filter only, as loadExtent does; the type filter becomes a condition on the counts.
 * Month keys suit the overview only when the extent is long enough (bucketsByMonth), which the
 * caller checks once the extent is known, falling back to countAnchors otherwise.
 */
function summarizeLane(months: MonthsOfView, ...args: LaneSummaryArgs): Promise<LaneSummary> {
	const [, , kind, view] = args;
	return isThemed(kind, view) ? summarizeRows(...args) : summarizeMonths(months, ...args);
}

/** summarizeLane span by span, for a theme filter (its few spans have no months of their own). */
async function summarizeRows(
	...[db, countryId, kind, view, shown]: LaneSummaryArgs
): Promise<LaneSummary> {
	const span = SPAN;
	const typed = typeMatchSql(kind, view);
	let shownKey: RawBuilder<string | null> = sql<null>`null`;
	if (shown) {
		const overlaps = drawnOverlapsSql(span, shown.window.from, shown.window.to);
		shownKey = sql<
			string | null
		>`case when ${typed} and ${overlaps} then ${shownKeySql(shown)} end`;
	}
	const closed = span.ongoing
		? sql<string | null>`case when ${span.ongoing} then null else ${span.closedLast} end`
		: span.closedLast;
	const ongoingLast = span.ongoing
		? sql<string | null>`case when ${span.ongoing} then ${span.firstLast} end`
		: sql<null>`null`;
	const spans = laneRows(db, countryId, kind, { themes: view.themes })
		.where(sql<SqlBool>`${span.first} is not null`)
		.select([
			sql<string>`substr(${span.anchor}, 1, 7)`.as('home'),
			shownKey.as('shown'),
			sql<number>`case when ${typed} then 1 else 0 end`.as('typed'),
			span.first.as('first'),
			closed.as('closed'),
			ongoingLast.as('ongoing_last')
		]);
	// Grouped outside: PostgreSQL does not see a bound parameter in GROUP BY as the one selected.
	const rows = await db
		.selectFrom(spans.as('spans'))
		.select([
			'spans.home',
			'spans.shown',
			sql<number>`sum(${sql.ref('spans.typed')})`.as('n'),
			sql<string | null>`min(${sql.ref('spans.first')})`.as('lo'),
			sql<string | null>`max(${sql.ref('spans.first')})`.as('hi_first'),
			sql<string | null>`max(${sql.ref('spans.closed')})`.as('hi'),
			sql<string | null>`min(${sql.ref('spans.closed')})`.as('closed_from'),
			sql<string | null>`max(${sql.ref('spans.ongoing_last')})`.as('hi_first_last')
		])
		.groupBy(['spans.home', 'spans.shown'])
		.execute();
	return {
		lo: earliest(rows.map((r) => r.lo)),
		hi: latest(rows.flatMap((r) => [r.hi, r.hi_first_last, r.hi_first])),
		closedFrom: earliest(rows.map((r) => r.closed_from)),
		overview: sumByDay(rows.map((r) => [dayOfKey(r.home), Number(r.n)] as const)),
		inView: shown
			? sumByDay(
					rows.flatMap((r) => (r.shown === null ? [] : [[dayOfKey(r.shown), Number(r.n)] as const]))
				)
			: null
	};
}

/**
 * A lane's events counted in one pass over its rows, for bucketize: per day (or month) of the
 * home window for the overview, and, of those drawn within the view's window, per day (or month)
 * of that window. Anchors outside a window are left for bucketizeCounts to clamp to its ends,
 * except that an event drawn in the view but anchored before it is counted on the window's
 * first day here, so the answer has at most a few hundred rows whatever the record's size.
 * (One drawn in the view is never anchored after it: its anchor is no later than where it is
 * drawn from.) Each key reads the anchor once or twice, not six times as clamping both ends did.
 */
async function countAnchors(
	db: DB,
	countryId: string,
	kind: EventKind,
	view: ViewState,
	home: { window: TimeWindow; width: number },
	shown: { window: TimeWindow; width: number }
): Promise<{ overview: [string, number][]; inView: [string, number][] }> {
	const { anchor } = SPAN;
	const overlaps = drawnOverlapsSql(SPAN, shown.window.from, shown.window.to);
	// Grouped outside: PostgreSQL does not see a bound parameter in GROUP BY as the one selected.
	const anchors = laneRows(db, countryId, kind, view)
		.where(sql<SqlBool>`${anchor} is not null`)
		.select([
			bucketKey(anchor, home.window, home.width).as('home'),
			sql<string | null>`case when ${overlaps} then ${shownKeySql(shown)} end`.as('shown')
		]);
	const rows = await db
		.selectFrom(anchors.as('anchors'))
		.select(['anchors.home', 'anchors.shown', sql<number>`count(*)`.as('n')])
		.groupBy(['anchors.home', 'anchors.shown'])
		.execute();
	return {
		overview: sumByDay(rows.map((r) => [dayOfKey(r.home), Number(r.n)] as const)),
		inView: sumByDay(
			rows.flatMap((r) => (r.shown === null ? [] : [[dayOfKey(r.shown), Number(r.n)] as const]))
		)
	};
}

/** The ids of a lane's events drawn within the window, when few enough to draw one by one. */
async function idsInView(
	db: DB,
	countryId: string,
	kind: EventKind,
	view: ViewState,
	window: TimeWindow
): Promise<string[]> {
	const rows = await laneRows(db, countryId, kind, view)
		.where(drawnOverlapsSql(SPAN, window.from, window.to))
		.select(sql<string>`${sql.ref(SPAN_ID)}`.as('id'))
		.execute();
	return rows.map((r) => r.id);
}

/** "Authors, “Title”, Publisher, December 2021, para. 3"; several citations joined by semicolons. */
function citationText(citations: readonly PublicCitation[]): string {
	return citations
		.map((c) =>
			[
				c.authors,
				`“${c.title}”`,
				c.publisher,
				c.published ? formatDate(c.published) : '',
				c.locator
			]
				.filter((part) => part.trim() !== '')
				.join(', ')
		)
		.join('; ');
}

/* Published themes used by the country's published pledges and cases: one shape (ReadShape). */
const countryThemes = readShape((db: DB, { countryId }: { countryId: string }) =>
	db
		.selectFrom('record_themes')
		.innerJoin('themes', 'themes.id', 'record_themes.theme_id')
		.leftJoin('pledges', (j) =>
			j
				.onRef('pledges.id', '=', 'record_themes.record_id')
				.on('record_themes.record_type', '=', 'pledge')
		)
		.leftJoin('cases', (j) =>
			j
				.onRef('cases.id', '=', 'record_themes.record_id')
				.on('record_themes.record_type', '=', 'case')
		)
		.where(isPublished('themes'))
		.where((eb) =>
			eb.or([
				eb.and([eb('pledges.country_id', '=', countryId), isPublished('pledges')]),
				eb.and([eb('cases.country_id', '=', countryId), isPublished('cases')])
			])
		)
		.select(['themes.slug', 'themes.name'])
		.distinct()
		.orderBy('themes.name')
);

/** Published themes used by the country's published pledges and cases, for the filter. */
async function loadCountryThemes(db: DB, countryId: string) {
	const rows = await countryThemes.execute(db, { countryId });
	return rows.map((r) => ({ slug: r.slug, name: r.name }));
}

/**
 * The published "contradicted by" links from the pledges to the country's published cases, in
 * the order links are listed (a link counts only when its case is published in this country;
 * links have no status of their own). One join that starts from the pledges' links, so the
 * database looks up each linked case by its key instead of reading every case of the country.
 */
function loadContradictions(db: DB, countryId: string, pledgeIds: readonly string[]) {
	if (pledgeIds.length === 0) return Promise.resolve([]);
	return preparedReads(db)
		.selectFrom('links')
		.innerJoin('cases', 'cases.id', 'links.to_id')
		.where(isPublishedAttachment('links'))
		.where('links.kind', '=', 'contradicted_by')
		.where('links.from_type', '=', 'pledge')
		.where(idIn(db, 'links.from_id', pledgeIds))
		.where('links.to_type', '=', 'case')
		.where(isPublished('cases'))
		.where('cases.country_id', '=', countryId)
		.select(['links.from_id', 'links.to_id'])
		.orderBy('links.created_at')
		.orderBy('links.id')
		.execute();
}

async function loadEvents(
	db: DB,
	country: { id: string; code: string },
	ids: Record<EventKind, string[]>
): Promise<TimelineEvent[]> {
	const countryId = country.id;
	const none = Promise.resolve([]);
	// The events by id, each read one text (idIn) and so kept prepared. In the order of their
	// ids: the order the answer lists them in must not turn on the plan a database picks (an
	// index walk gave them by id, a scan of a small table as stored). Their assessments, themes
	// and citations are marked too, so on PostgreSQL the five reads go as one statement
	// (read-batch.ts), not three more round trips (a zoomed view's statements 10 -> 6); each
	// number of ids is a text of its own there, as on the country page.
	const prepared = preparedReads(db);
	const published = (table: 'pledges' | 'cases' | 'engagements', ids: string[]) =>
		prepared
			.selectFrom(table)
			.where(isPublished(table))
			.where(idIn(db, `${table}.id`, ids))
			.orderBy(sql.ref(`${table}.id`));
	const [pledges, cases, engagements, assessments, links, themes, citations] = await Promise.all([
		ids.pledge.length === 0
			? none
			: published('pledges', ids.pledge)
					.select(['pledges.id', 'pledges.title', ...dateColumns('made')])
					.execute(),
		ids.case.length === 0
			? none
			: published('cases', ids.case)
					.select([
						'cases.id',
						'cases.title',
						'cases.case_type',
						'cases.ongoing',
						...dateColumns('start'),
						...dateColumns('end')
					])
					.execute(),
		ids.engagement.length === 0
			? none
			: published('engagements', ids.engagement)
					.select([
						'engagements.id',
						'engagements.title',
						'engagements.kind',
						...dateColumns('start'),
						...dateColumns('end')
					])
					.execute(),
		// Only the drawn pledges' assessments (newest first), not every one of the country.
		loadAssessmentRows(prepared, ids.pledge),
		loadContradictions(db, countryId, ids.pledge),
		loadThemes(prepared, [
			{ type: 'pledge', ids: ids.pledge },
			{ type: 'case', ids: ids.case }
		]),
		loadCitations(prepared, [
			{ type: 'pledge', ids: ids.pledge },
			{ type: 'case', ids: ids.case },
			{ type: 'engagement', ids: ids.engagement }
		])
	]);

	const href = (kind: EventKind, id: string) =>
		`/countries/${encodeURIComponent(country.code.toLowerCase())}/${kind}s/${encodeURIComponent(id)}`;
	const rating = new Map<string, Rating>();
	// Newest first: the first assessment seen for a pledge is its current rating.
	for (const a of assessments) if (!rating.has(a.pledge_id)) rating.set(a.pledge_id, a.rating);
	const contradictions = new Map<string, string[]>();
	for (const link of links) {
		const list = contradictions.get(link.from_id) ?? [];
		if (!list.includes(link.to_id)) list.push(link.to_id);
		contradictions.set(link.from_id, list);
	}

	return [
		...pledges.map(
			(r): TimelineEvent => ({
				id: r.id,
				kind: 'pledge',
				title: r.title,
				start: fromColumns(r, 'made'),
				end: null,
				ongoing: false,
				rating: rating.get(r.id) ?? 'not_yet_rated',
				contradictedBy: contradictions.get(r.id) ?? [],
				themes: themes.of('pledge', r.id).map((t) => t.slug),
				href: href('pledge', r.id),
				citation: citationText(citations.of('pledge', r.id))
			})
		),
		...cases.map(
			(r): TimelineEvent => ({
				id: r.id,
				kind: 'case',
				title: r.title,
				start: fromColumns(r, 'start'),
				end: fromColumns(r, 'end'),
				ongoing: Number(r.ongoing) === 1,
				ongoingAsOf: Number(r.ongoing) === 1 ? ongoingAsOf(citations.of('case', r.id)) : null,
				caseType: r.case_type,
				themes: themes.of('case', r.id).map((t) => t.slug),
				href: href('case', r.id),
				citation: citationText(citations.of('case', r.id))
			})
		),
		...engagements.map(
			(r): TimelineEvent => ({
				id: r.id,
				kind: 'engagement',
				title: r.title,
				start: fromColumns(r, 'start'),
				end: fromColumns(r, 'end'),
				ongoing: false,
				engagementKind: r.kind as EngagementKind,
				href: href('engagement', r.id),
				citation: citationText(citations.of('engagement', r.id))
			})
		)
	];
}

const KINDS = ['pledge', 'case', 'engagement'] as const;

/** The extent as loadExtent reads it, from the lanes' summaries and the ongoing cases' known day. */
function extentOfSummaries(
	summaries: readonly Pick<LaneSummary, 'lo' | 'hi'>[],
	ongoingKnown: string | null
): TimeWindow | null {
	const from = earliest(summaries.map((s) => s.lo));
	if (from === null) return null;
	return { from, to: latest([...summaries.map((s) => s.hi), ongoingKnown])! };
}

/**
 * countAnchors' answer from a lane's summary, or null when the summary cannot give it: its
 * month keys must suit the overview, and the in-view counts must be known. They are when the
 * window was known before the pass, and in the home view (the window fitted to the extent)
 * when no closed span of the lane ends before the window begins: every event is then drawn
 * within it (none starts after the extent's end), so the in-view counts are the overview's.
 * Their month keys stand for the anchors countAnchors would count on the window's first day
 * when earlier, as bucketizeCounts clamps both to that day alike.
 */
function countsOfSummary(
	summary: LaneSummary | undefined,
	at: { view: ViewState; window: TimeWindow; home: TimeWindow; width: number }
): { overview: [string, number][]; inView: [string, number][] } | null {
	const { view, window, home, width } = at;
	if (!summary || !bucketsByMonth(home, width / 2)) return null;
	if (summary.inView) return { overview: summary.overview, inView: summary.inView };
	const homeView = view.from === null && view.to === null;
	const allDrawn = summary.closedFrom === null || summary.closedFrom >= window.from;
	if (homeView && bucketsByMonth(window, width) && allDrawn) {
		return { overview: summary.overview, inView: summary.overview };
	}
	return null;
}

const EMPTY: TimelineData = {
	extent: null,
	window: null,
	events: [],
	buckets: [],
	overview: [],
	themes: []
};

/**
 * The published timeline of a country for a view. Returns an empty timeline for a country
 * that is not published. `view.from`/`to` null fit the window to the data.
 */
export async function getCountryTimeline(
	db: DB,
	countryId: string,
	view: ViewState,
	options: TimelineOptions = {}
): Promise<TimelineData> {
	const country = await db
		.selectFrom('countries')
		.where(isPublished('countries'))
		.where('countries.id', '=', countryId)
		.select(['countries.id', 'countries.code'])
		.executeTakeFirst();
	return country ? timelineOf(db, country, view, options) : EMPTY;
}

/**
 * getCountryTimeline of a country already found published (its id and code), as the country
 * page has it: without reading the country again.
 */
export async function timelineOf(
	database: DB,
	country: { id: string; code: string },
	view: ViewState,
	options: TimelineOptions = {}
): Promise<TimelineData> {
	const countryId = country.id;
	/*
	 * The view's aggregate reads (the extents, the lanes' counts, the country's themes) are kept
	 * prepared on PostgreSQL: parsing and planning them cost more than running them, and their
	 * generic plans cost no more (backend CPU per run, five views in turn: 24 ms unprepared,
	 * 14 ms prepared). Not the reads of the window's spans one by one (idsInView, countAnchors),
	 * whose plans turn on how many the window's days hold. The events' reads mark their own
	 * (loadEvents).
	 */
	const db = preparedReads(database);
	const today = options.today ?? currentTime();
	const width = plotWidth(plotArea(options.width ?? 960));
	// A view with both edges shows the same window whatever the extent (see resolveWindow).
	const known = view.from !== null && view.to !== null ? resolveWindow(view, null, today) : null;
	const onePass = options.onePass ?? true;
	// The extents of the lanes read by their months and the ongoing cases' known day, one read.
	const extents = onePass
		? loadLaneExtents(
				db,
				countryId,
				KINDS.filter((kind) => !isThemed(kind, view)),
				view.themes,
				ongoingKnownDay
			)
		: null;
	// Without a theme filter that is the whole extent, and with it the home window, before the
	// lanes' counts: their overviews are then added up by the widest interval it allows.
	let unit: OverviewUnit = 'month';
	if (extents && view.themes.length === 0) {
		const { lanes, known: latestKnown } = await extents;
		const first = extentOfSummaries([...lanes.values()], latestKnown);
		unit = overviewUnit(resolveWindow({ from: null, to: null }, first, today), width);
	}
	const shown = known && { window: known, width };
	// The counts of the lanes read by their months, one read.
	const months: MonthsOfView | null = extents && {
		extents,
		counts: laneCountsOfView(
			db,
			countryId,
			KINDS.filter((kind) => !isThemed(kind, view)),
			view,
			shown,
			unit
		)
	};
	const [summaries, ongoingKnown, twoPassExtent, themes] = await Promise.all([
		months
			? Promise.all(KINDS.map((kind) => summarizeLane(months, db, countryId, kind, view, shown)))
			: null,
		extents?.then((e) => e.known) ?? null,
		onePass ? null : loadExtent(db, countryId, view.themes),
		loadCountryThemes(db, countryId)
	]);
	const extent = summaries ? extentOfSummaries(summaries, ongoingKnown) : twoPassExtent;
	// The extent is of everything published, so the overview and "show all" do not jump with filters.
	const window: TimeWindow = resolveWindow(view, extent, today);
	const home = resolveWindow({ from: null, to: null }, extent, today);

	const ids: Record<EventKind, string[]> = { pledge: [], case: [], engagement: [] };
	const buckets: TimelineBucket[] = [];
	const overview: TimelineBucket[] = [];
	for (const [i, kind] of KINDS.entries()) {
		// A lane the type filter leaves out entirely (a case lane can keep some case types).
		if (kind !== 'case' && !matchesTypes(kind, undefined, view.types)) continue;
		const { overview: all, inView } =
			countsOfSummary(summaries?.[i], { view, window, home, width }) ??
			(await countAnchors(
				database,
				countryId,
				kind,
				view,
				{ window: home, width: width / 2 },
				{ window, width }
			));
		overview.push(...bucketizeCounts(kind, all, home, width / 2));
		const count = inView.reduce((sum, [, n]) => sum + n, 0);
		if (mustAggregate(count, width)) {
			buckets.push(...bucketizeCounts(kind, inView, window, width));
		} else if (count > 0) {
			ids[kind] = await idsInView(database, countryId, kind, view, window);
		}
	}

	const events = await loadEvents(database, country, ids);
	return { extent, window, events, buckets, overview, themes };
}

/**
 * Where ongoing spans end on a public page for a day (YYYY-MM-DD): its noon in UTC, so the
 * country page and the timeline endpoint draw the same day whatever the server's time zone.
 */
export function timelineToday(day: string): Date {
	return new Date(`${day}T12:00:00Z`);
}

/**
 * The timeline of the published country with this code, as its country page draws it for
 * the view; null when there is no published country with that code.
 */
export async function getPublicCountryTimeline(
	db: DB,
	code: string,
	view: ViewState,
	{ today = currentTime().toISOString().slice(0, 10) }: { today?: string } = {}
): Promise<TimelineData | null> {
	const found = await findPublicCountry(db, code);
	if (!found) return null;
	return timelineOf(db, { id: found.id, code: found.country.code }, view, {
		today: timelineToday(today)
	});
}

/** A memo key for a public view of a country on a day (the selected event changes no data). */
export function publicViewKey(code: string, view: ViewState, today: string): string {
	const query = serializeViewState({ ...view, selected: null }).toString();
	return `${code.trim().toUpperCase()}?${query}@${today}`;
}

const timelines = registerPublicCache(
	createMemo<TimelineData | null>({ ttlMs: publicMemoMs, max: 200 })
);

/**
 * The timeline for /countries/[code]/timeline.json, reused for a few seconds per code, view
 * and day like the country page (see memo.ts): readers zooming the same country share reads.
 */
export function getCachedCountryTimeline(
	db: DB,
	code: string,
	view: ViewState
): Promise<TimelineData | null> {
	const today = currentTime().toISOString().slice(0, 10);
	return timelines.get(publicViewKey(code, view, today), () =>
		getPublicCountryTimeline(db, code, view, { today })
	);
}
