import type { PreciseDate } from '$lib/dates';
import type { CaseType, EngagementKind, Rating } from '$lib/domain/vocabulary';

/*
 * What the pledge-versus-practice timeline draws. Only types come from the schema, so this
 * module (and everything under src/lib/timeline/) is safe in browser code.
 */

export type EventKind = 'pledge' | 'case' | 'engagement';

/** Lanes top to bottom: what was promised, what happened, what the EU did. */
export const EVENT_KINDS: readonly EventKind[] = ['pledge', 'case', 'engagement'];

export interface TimelineEvent {
	id: string;
	kind: EventKind;
	title: string;
	/** For a pledge, when it was made; for a case or engagement, when it began. */
	start: PreciseDate | null;
	end: PreciseDate | null;
	ongoing: boolean;
	/**
	 * Ongoing cases: the latest publication date among the published sources the case cites,
	 * i.e. how far "ongoing" is known; after it, it is assumed. Null when no source is dated.
	 */
	ongoingAsOf?: PreciseDate | null;
	/** Pledges: the current rating (the latest published assessment). */
	rating?: Rating;
	/** Cases: what kind of violation. */
	caseType?: CaseType;
	/** Engagements: what kind of EU action. */
	engagementKind?: EngagementKind;
	/** Pledges: ids of the published cases linked as contradicting it. */
	contradictedBy?: string[];
	/** Theme slugs, so filters can apply in the browser as well as on the server. */
	themes?: string[];
	href: string | null;
	/** How the claim is cited, ready to read ("Authors, "Title", Publisher, December 2021"). */
	citation: string;
}

/** A day range, both ends inclusive, as YYYY-MM-DD. */
export interface TimeWindow {
	from: string;
	to: string;
}

/**
 * Events of one lane counted per interval, drawn instead of marks when a lane holds more
 * events than its pixels can show. An event is counted where it begins (clamped to the window).
 */
export interface TimelineBucket {
	kind: EventKind;
	/** First day of the interval, YYYY-MM-DD. */
	from: string;
	/** Last day of the interval, YYYY-MM-DD. */
	to: string;
	count: number;
}

/** What the timeline needs to draw one view; the server helper returns this. */
export interface TimelineData {
	/** The whole span of the country's events (null when there are none): the overview's domain. */
	extent: TimeWindow | null;
	/** The window shown. */
	window: TimeWindow | null;
	/** Raw events for the lanes that fit. */
	events: TimelineEvent[];
	/** Counts for the lanes that do not (never raw events for those). */
	buckets: TimelineBucket[];
	/** Counts over the whole extent, for the overview under the main view. */
	overview: TimelineBucket[];
	/** Themes used by the events, for the filter. */
	themes: { slug: string; name: string }[];
}
