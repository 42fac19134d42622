import { dateDays } from '$lib/date-spans';
import type { PreciseDate } from '$lib/dates';
import { dayEnd, dayStart } from './days';
import type { TimelineEvent } from './types';

/*
 * Dates with precision become bands, never made-up days: a month-precise date covers its
 * month, a year its year, an approximate range its range. A date known only to precede a
 * source ("by November 2021") has no start: `start` is null and it is drawn fading in.
 */

export interface Band {
	/** Null when the start is open (precision 'before'). */
	start: Date | null;
	/** Exclusive: the midnight after the latest possible day. */
	end: Date;
}

export function dateBand(date: PreciseDate | null | undefined): Band | null {
	const days = dateDays(date);
	if (!days) return null;
	return { start: days.first ? dayStart(days.first) : null, end: dayEnd(days.last) };
}

/** Whether the band is wider than a day, i.e. worth drawing as a band rather than a point. */
export function isCoarse(date: PreciseDate | null | undefined): boolean {
	return Boolean(date && date.precision !== 'day');
}

export interface EventSpan {
	/** The first instant the event could cover; null when its start is open. */
	from: Date | null;
	/** Where the event is anchored: sorted, bucketed and drawn by this instant. */
	anchor: Date;
	/** The end of its last possible day; null when it is ongoing. */
	to: Date | null;
	/**
	 * Ongoing: how far the record knows it runs, the end of its latest source's band (or of its
	 * start when no source is dated); drawn solid up to here, as assumed after. Null otherwise.
	 */
	known: Date | null;
	startBand: Band | null;
	endBand: Band | null;
}

/**
 * The stretch of time an event covers. A pledge or an engagement without an end is the band
 * of its start; a case runs from its start band to its end band, or on to now when ongoing.
 * Null when the event carries no date at all (it can be listed, not drawn).
 */
export function eventSpan(event: TimelineEvent): EventSpan | null {
	const startBand = dateBand(event.start);
	const endBand = dateBand(event.end);
	const first = startBand ?? endBand;
	if (!first) return null;
	const anchor = first.start ?? new Date(first.end.getTime() - 1);
	const to = event.ongoing ? null : (endBand ?? startBand ?? first).end;
	let known: Date | null = null;
	if (event.ongoing) {
		const asOf = dateBand(event.ongoingAsOf)?.end;
		known = asOf && asOf > first.end ? asOf : first.end;
	}
	return { from: first.start, anchor, to, known, startBand, endBand };
}

// Spelled with the other date-span rules, beside its SQL form.
export { anchorDay } from '$lib/date-spans';

/** Whether the event's span touches the window [from, to). Open starts count from their anchor. */
export function spanOverlaps(span: EventSpan, from: Date, to: Date): boolean {
	const first = span.from ?? span.anchor;
	if (first >= to) return false;
	return span.to === null || span.to > from;
}

/**
 * The days from the earliest start to the latest end of the events. Ongoing ones count up to
 * what is known of them (their latest source), not to `today`: the default view ends shortly
 * after the latest dated event.
 */
export function extentOf(events: readonly TimelineEvent[]): { from: string; to: string } | null {
	let lo = Infinity;
	let hi = -Infinity;
	for (const event of events) {
		const span = eventSpan(event);
		if (!span) continue;
		lo = Math.min(lo, (span.from ?? span.anchor).getTime());
		hi = Math.max(hi, (span.to ?? span.known ?? span.anchor).getTime() - 1, span.anchor.getTime());
	}
	if (lo === Infinity) return null;
	return {
		from: new Date(lo).toISOString().slice(0, 10),
		to: new Date(hi).toISOString().slice(0, 10)
	};
}
