import { verticalLink } from './symbols';
import type { TimelineEvent } from './types';

/*
 * The pledge-versus-practice links on the timeline: hover, focus or select a pledge and the
 * published cases contradicting it light up, joined to it by connectors; a case lights up the
 * pledges it contradicts. Pure, so the server draws a selected event's links as the browser does.
 */

/** The events by id, to find what a pledge's links point at. */
export function eventsById(events: readonly TimelineEvent[]): Map<string, TimelineEvent> {
	return new Map(events.map((e) => [e.id, e]));
}

/** Pledge: the cases contradicting it; case: the pledges it contradicts; otherwise none. */
export function linkedEvents(
	active: TimelineEvent | null,
	events: readonly TimelineEvent[],
	byId: ReadonlyMap<string, TimelineEvent>
): TimelineEvent[] {
	if (!active) return [];
	if (active.kind === 'pledge') {
		return (active.contradictedBy ?? [])
			.map((id) => byId.get(id))
			.filter((e): e is TimelineEvent => e !== undefined);
	}
	if (active.kind === 'case') {
		return events.filter((e) => e.contradictedBy?.includes(active.id));
	}
	return [];
}

/** The ids to light up (the others dim), or null when nothing is linked and nothing dims. */
export function litIds(
	active: TimelineEvent | null,
	linked: readonly TimelineEvent[]
): Set<string> | null {
	return active && linked.length > 0 ? new Set([active.id, ...linked.map((e) => e.id)]) : null;
}

export interface Connector {
	/** The linked event's id: one connector per linked mark. */
	id: string;
	/** SVG path data. */
	d: string;
}

/**
 * A curve from the active mark to each linked mark that is drawn, leaving the symbols' edges
 * (7 units above or below their centres) so the line never covers them.
 */
export function connectorPaths(
	active: TimelineEvent | null,
	linked: readonly TimelineEvent[],
	markAt: ReadonlyMap<string, { x: number; y: number }>
): Connector[] {
	const from = active ? markAt.get(active.id) : undefined;
	if (!from) return [];
	return linked.flatMap((other) => {
		const to = markAt.get(other.id);
		if (!to) return [];
		const [a, b] = from.y < to.y ? [from, to] : [to, from];
		return [
			{
				id: other.id,
				d: verticalLink([a.x, a.y + 7], [b.x, b.y - 7])
			}
		];
	});
}
