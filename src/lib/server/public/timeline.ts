import { formatDate, fromColumns, latestDate, type PreciseDate } from '$lib/dates';
import type { DB } from '$lib/server/db/connect';
import type { CaseType, EngagementKind, Rating } from '$lib/server/db/schema';
import { bucketize, mustAggregate } from '$lib/timeline/aggregate';
import { anchorDay, eventSpan, extentOf, spanOverlaps } from '$lib/timeline/bands';
import { dayEnd, dayStart } from '$lib/timeline/days';
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
import { findPublicCountry } from './countries';
import { createMemo, PUBLIC_MEMO_MS, registerPublicCache } from './memo';
import type { PublicCitation } from './types';
import { loadAssessments } from './ratings';
import { loadLinks } from './relations';
import { loadThemes } from './themes';
import { isPublished } from './visibility';

/*
 * The timeline of one country's published record for one view. Two passes: first the dates
 * of every published pledge, case and engagement (a few narrow columns), which fix the extent,
 * the window and, per lane, whether the events in view fit; then titles, ratings, links,
 * themes and citations for the events that will be drawn one by one. A lane that does not fit
 * goes out as counts per interval, so a zoomed-out view never ships its raw events.
 */

export interface TimelineOptions {
	/** The width the client lays out at (the server cannot know the screen). */
	width?: number;
	/** Where ongoing spans end; today by default. */
	today?: Date;
}

/** The narrow first-pass row: enough to place an event in time, nothing else. */
interface DatedRow {
	kind: EventKind;
	id: string;
	caseType?: CaseType;
	start: PreciseDate | null;
	end: PreciseDate | null;
	ongoing: boolean;
	ongoingAsOf?: PreciseDate | null;
}

/** An ongoing case's "as of": the latest publication date of the published sources it cites. */
function ongoingAsOf(citations: readonly PublicCitation[]): PreciseDate | null {
	return latestDate(citations.map((c) => c.published));
}

/** The five columns of a date with precision, typed so Kysely knows them. */
function dateColumns<P extends 'made' | 'start' | 'end'>(prefix: P) {
	return [
		`${prefix}_text`,
		`${prefix}_precision`,
		`${prefix}_earliest`,
		`${prefix}_latest`,
		`${prefix}_note`
	] as [`${P}_text`, `${P}_precision`, `${P}_earliest`, `${P}_latest`, `${P}_note`];
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

async function loadDatedRows(db: DB, countryId: string, themes: readonly string[]) {
	const themed = themes.length > 0;
	const [pledges, cases, engagements] = await Promise.all([
		db
			.selectFrom('pledges')
			.where(isPublished('pledges'))
			.where('pledges.country_id', '=', countryId)
			.$if(themed, (q) => q.where('pledges.id', 'in', themedIds(db, 'pledge', themes)))
			.select(['pledges.id', ...dateColumns('made')])
			.execute(),
		db
			.selectFrom('cases')
			.where(isPublished('cases'))
			.where('cases.country_id', '=', countryId)
			.$if(themed, (q) => q.where('cases.id', 'in', themedIds(db, 'case', themes)))
			.select([
				'cases.id',
				'cases.case_type',
				'cases.ongoing',
				...dateColumns('start'),
				...dateColumns('end')
			])
			.execute(),
		// Engagements carry no themes: they stay in view whatever the theme filter.
		db
			.selectFrom('engagements')
			.where(isPublished('engagements'))
			.where('engagements.country_id', '=', countryId)
			.select(['engagements.id', ...dateColumns('start'), ...dateColumns('end')])
			.execute()
	]);
	// Ongoing spans are known only up to their latest source: that, not today, bounds the extent.
	const asOf = await loadCitations(db, [
		{ type: 'case', ids: cases.filter((r) => Number(r.ongoing) === 1).map((r) => r.id) }
	]);
	const rows: DatedRow[] = [
		...pledges.map((r) => ({
			kind: 'pledge' as const,
			id: r.id,
			start: fromColumns(r, 'made'),
			end: null,
			ongoing: false
		})),
		...cases.map((r) => ({
			kind: 'case' as const,
			id: r.id,
			caseType: r.case_type,
			start: fromColumns(r, 'start'),
			end: fromColumns(r, 'end'),
			ongoing: Number(r.ongoing) === 1,
			ongoingAsOf: Number(r.ongoing) === 1 ? ongoingAsOf(asOf.of('case', r.id)) : null
		})),
		...engagements.map((r) => ({
			kind: 'engagement' as const,
			id: r.id,
			start: fromColumns(r, 'start'),
			end: fromColumns(r, 'end'),
			ongoing: false
		}))
	];
	return rows;
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

/** Published themes used by the country's published pledges and cases, for the filter. */
async function loadCountryThemes(db: DB, countryId: string) {
	const rows = await db
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
		.execute();
	return rows.map((r) => ({ slug: r.slug, name: r.name }));
}

async function loadEvents(
	db: DB,
	country: { id: string; code: string },
	ids: Record<EventKind, string[]>
): Promise<TimelineEvent[]> {
	const countryId = country.id;
	const none = Promise.resolve([]);
	const [pledges, cases, engagements, assessments, links, themes, citations] = await Promise.all([
		ids.pledge.length === 0
			? none
			: db
					.selectFrom('pledges')
					.where(isPublished('pledges'))
					.where('pledges.id', 'in', ids.pledge)
					.select(['pledges.id', 'pledges.title', ...dateColumns('made')])
					.execute(),
		ids.case.length === 0
			? none
			: db
					.selectFrom('cases')
					.where(isPublished('cases'))
					.where('cases.id', 'in', ids.case)
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
			: db
					.selectFrom('engagements')
					.where(isPublished('engagements'))
					.where('engagements.id', 'in', ids.engagement)
					.select([
						'engagements.id',
						'engagements.title',
						'engagements.kind',
						...dateColumns('start'),
						...dateColumns('end')
					])
					.execute(),
		ids.pledge.length === 0 ? none : loadAssessments(db, countryId),
		loadLinks(db, ['contradicted_by'], ids.pledge),
		loadThemes(db, [
			{ type: 'pledge', ids: ids.pledge },
			{ type: 'case', ids: ids.case }
		]),
		loadCitations(db, [
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
	const linkedCases = links.filter((l) => l.from_type === 'pledge' && l.to_type === 'case');
	const publishedCaseIds = new Set(
		linkedCases.length === 0
			? []
			: (
					await db
						.selectFrom('cases')
						.where(isPublished('cases'))
						.where('cases.country_id', '=', countryId)
						.where('cases.id', 'in', [...new Set(linkedCases.map((l) => l.to_id))])
						.select('cases.id')
						.execute()
				).map((r) => r.id)
	);
	const contradictions = new Map<string, string[]>();
	for (const link of linkedCases) {
		// A link counts only when its case is published in this country (links have no status).
		if (!publishedCaseIds.has(link.to_id)) continue;
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
	if (!country) return EMPTY;

	const today = options.today ?? new Date();
	const width = plotWidth(plotArea(options.width ?? 960));
	const [dated, themes] = await Promise.all([
		loadDatedRows(db, countryId, view.themes),
		loadCountryThemes(db, countryId)
	]);
	const shown = dated.filter((r) => matchesTypes(r.kind, r.caseType, view.types));

	// The extent is of everything published, so the overview and "show all" do not jump with filters.
	const asEvents = dated.map((r) => ({ ...r, title: '', href: null, citation: '' }));
	const extent = extentOf(asEvents);
	const window: TimeWindow = resolveWindow(view, extent, today);
	const from = dayStart(window.from);
	const to = dayEnd(window.to);

	const ids: Record<EventKind, string[]> = { pledge: [], case: [], engagement: [] };
	const buckets: TimelineBucket[] = [];
	const overview: TimelineBucket[] = [];
	const home = resolveWindow({ from: null, to: null }, extent, today);
	for (const kind of ['pledge', 'case', 'engagement'] as const) {
		const inLane = shown.filter((r) => r.kind === kind);
		const anchors = (rows: readonly DatedRow[]) =>
			rows.map((r) => anchorDay(r.start, r.end)).filter((d): d is string => d !== null);
		overview.push(...bucketize(kind, anchors(inLane), home, width / 2));
		const inView = inLane.filter((r) => {
			const span = eventSpan({ ...r, title: '', href: null, citation: '' });
			return span !== null && spanOverlaps(span, from, to);
		});
		if (mustAggregate(inView.length, width)) {
			buckets.push(...bucketize(kind, anchors(inView), window, width));
		} else {
			ids[kind] = inView.map((r) => r.id);
		}
	}

	const events = await loadEvents(db, country, ids);
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
	{ today = new Date().toISOString().slice(0, 10) }: { today?: string } = {}
): Promise<TimelineData | null> {
	const found = await findPublicCountry(db, code);
	if (!found) return null;
	return getCountryTimeline(db, found.id, view, { today: timelineToday(today) });
}

/** A memo key for a public view of a country on a day (the selected event changes no data). */
export function publicViewKey(code: string, view: ViewState, today: string): string {
	const query = serializeViewState({ ...view, selected: null }).toString();
	return `${code.trim().toUpperCase()}?${query}@${today}`;
}

const timelines = registerPublicCache(
	createMemo<TimelineData | null>({ ttlMs: PUBLIC_MEMO_MS, max: 200 })
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
	const today = new Date().toISOString().slice(0, 10);
	return timelines.get(publicViewKey(code, view, today), () =>
		getPublicCountryTimeline(db, code, view, { today })
	);
}
