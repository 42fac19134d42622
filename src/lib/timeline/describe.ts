import { formatDate, formatPeriod } from '$lib/dates';
import { caseTypeLabel, engagementKindLabel, ratingLabel } from '$lib/localized-labels';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { TimelineBucket, TimelineEvent } from './types';

/*
 * The words for an event or a bucket, shared by the marks' aria-labels, the side panel and
 * the table so all three say the same thing, in the page's language. Dates read as the source
 * gives them.
 */

type Kind = TimelineEvent['kind'];

const KIND_LABELS: Record<Kind, () => string> = {
	pledge: m.timeline_kind_pledge,
	case: m.timeline_kind_case,
	engagement: m.timeline_kind_engagement
};
const LANE_NAMES: Record<Kind, () => string> = {
	pledge: m.timeline_lane_pledge,
	case: m.timeline_lane_case,
	engagement: m.timeline_lane_engagement
};
const BUCKET_LABELS: Record<Kind, (inputs: { count: number; period: string }) => string> = {
	pledge: m.timeline_bucket_pledge,
	case: m.timeline_bucket_case,
	engagement: m.timeline_bucket_engagement
};

/** A lane's name, top to bottom, as the chart and the filter form print it: "Pledges". */
export function laneName(kind: Kind): string {
	return LANE_NAMES[kind]();
}

/** "Case: Imprisonment", "Pledge", "EU engagement: Visit". */
export function kindText(event: TimelineEvent): string {
	if (event.kind === 'case' && event.caseType) {
		return m.timeline_kind_case_type({ type: caseTypeLabel(event.caseType) });
	}
	if (event.kind === 'engagement' && event.engagementKind) {
		return m.timeline_kind_engagement_kind({ kind: engagementKindLabel(event.engagementKind) });
	}
	return KIND_LABELS[event.kind]();
}

/**
 * The date as the source gives it: a pledge's date, a case's or engagement's period. An
 * ongoing case says how far that is known: "… – ongoing as of November 2021 (latest source)".
 */
export function dateText(event: TimelineEvent): string {
	if (event.kind === 'pledge') return formatDate(event.start);
	return formatPeriod(event.start, event.end, event.ongoing, event.ongoingAsOf);
}

export function ratingText(event: TimelineEvent): string | null {
	return event.kind === 'pledge' && event.rating ? ratingLabel(event.rating) : null;
}

/** What a screen reader says on focus: kind, title, date, and the rating of a pledge. */
export function ariaLabel(event: TimelineEvent): string {
	const parts = [
		m.timeline_aria_event({ kind: kindText(event), title: event.title, date: dateText(event) })
	];
	const rating = ratingText(event);
	if (rating) parts.push(m.timeline_aria_rated({ rating }));
	const contradicted = event.contradictedBy?.length ?? 0;
	if (contradicted > 0) parts.push(m.timeline_aria_contradicted({ count: contradicted }));
	return parts.join(m.list_separator());
}

/** "2021", "March 2021", "1–7 March 2021", "2020–2024": the interval a bucket counts. */
export function bucketPeriod(bucket: TimelineBucket): string {
	const from = bucket.from;
	const to = bucket.to;
	if (from.endsWith('-01-01') && to.endsWith('-12-31')) {
		return from.slice(0, 4) === to.slice(0, 4)
			? from.slice(0, 4)
			: `${from.slice(0, 4)}–${to.slice(0, 4)}`;
	}
	const start = { text: from, precision: 'day' };
	const end = { text: to, precision: 'day' };
	const lastOfMonth = new Date(`${to}T00:00:00Z`);
	lastOfMonth.setUTCDate(lastOfMonth.getUTCDate() + 1);
	if (from.endsWith('-01') && lastOfMonth.getUTCDate() === 1) {
		return formatPeriod(
			{ text: from.slice(0, 7), precision: 'month' },
			from.slice(0, 7) === to.slice(0, 7) ? null : { text: to.slice(0, 7), precision: 'month' },
			false
		);
	}
	return formatPeriod(start, end, false);
}

export function bucketLabel(bucket: TimelineBucket): string {
	const period = bucketPeriod(bucket);
	const key = `${getLocale()}|${bucket.kind}|${bucket.count}|${period}`;
	let label = bucketLabels.get(key);
	if (label === undefined) {
		label = BUCKET_LABELS[bucket.kind]({ count: bucket.count, period });
		if (bucketLabels.size >= MAX_BUCKET_LABELS) bucketLabels.clear();
		bucketLabels.set(key, label);
	}
	return label;
}

/*
 * Bucket labels already made, by language, lane, count and period. A counted message builds a
 * new Intl.PluralRules and Intl.NumberFormat on every call (Paraglide's registry), and a
 * zoomed-out timeline of a large record labels hundreds of buckets per render: on the
 * 10,000-case Testland page those two constructors were the server's largest cost after I/O.
 * A label depends on nothing else, and the same buckets come back render after render.
 */
const MAX_BUCKET_LABELS = 20_000;
const bucketLabels = new Map<string, string>();
