import { formatDate, formatPeriod } from '$lib/dates';
import { CASE_TYPE_LABELS, ENGAGEMENT_KIND_LABELS, RATING_LABELS } from '$lib/labels';
import type { TimelineBucket, TimelineEvent } from './types';

/*
 * The words for an event or a bucket, shared by the marks' aria-labels, the side panel and
 * the table so all three say the same thing. Dates read as the source gives them.
 */

export const KIND_LABELS = { pledge: 'Pledge', case: 'Case', engagement: 'EU engagement' } as const;
const KIND_SINGULARS = { pledge: 'pledge', case: 'case', engagement: 'EU engagement' } as const;
/** The lanes' names, top to bottom, as the chart and the filter form print them. */
export const LANE_NAMES = {
	pledge: 'Pledges',
	case: 'Cases',
	engagement: 'EU engagements'
} as const;
export const KIND_PLURALS = {
	pledge: 'pledges',
	case: 'cases',
	engagement: 'EU engagements'
} as const;

/** "Case: Imprisonment", "Pledge", "EU engagement: Visit". */
export function kindText(event: TimelineEvent): string {
	if (event.kind === 'case' && event.caseType) {
		return `Case: ${CASE_TYPE_LABELS[event.caseType]}`;
	}
	if (event.kind === 'engagement' && event.engagementKind) {
		return `EU engagement: ${ENGAGEMENT_KIND_LABELS[event.engagementKind]}`;
	}
	return KIND_LABELS[event.kind];
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
	return event.kind === 'pledge' && event.rating ? RATING_LABELS[event.rating] : null;
}

/** What a screen reader says on focus: kind, title, date, and the rating of a pledge. */
export function ariaLabel(event: TimelineEvent): string {
	const parts = [`${kindText(event)}: ${event.title}`, dateText(event)];
	const rating = ratingText(event);
	if (rating) parts.push(`rated ${rating}`);
	const contradicted = event.contradictedBy?.length ?? 0;
	if (contradicted > 0) {
		parts.push(`contradicted by ${contradicted} ${contradicted === 1 ? 'case' : 'cases'}`);
	}
	return parts.join(', ');
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
	const noun = bucket.count === 1 ? KIND_SINGULARS[bucket.kind] : KIND_PLURALS[bucket.kind];
	return `${bucket.count} ${noun}, ${bucketPeriod(bucket)}`;
}
