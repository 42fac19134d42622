import { bucketize, mustAggregate } from './aggregate';
import { anchorDay, eventSpan, isCoarse, spanOverlaps, type EventSpan } from './bands';
import { dayEnd, dayStart } from './days';
import { plotWidth, type PlotArea, type TimeScale } from './scale';
import {
	EVENT_KINDS,
	type EventKind,
	type TimeWindow,
	type TimelineBucket,
	type TimelineEvent
} from './types';

/*
 * Where every mark goes. Three lanes on one axis: pledges, cases, EU engagements. Within a
 * lane, marks are packed into rows so bars and labels do not collide; a lane with more events
 * than its pixels can show becomes counts per interval (see aggregate.ts).
 */

export const ROW_HEIGHT = 24;
export const LANE_GAP = 10;
/** How far an open start ("by November 2021") fades in before the known latest day. */
export const OPEN_START_PX = 36;
const MAX_ROWS: Record<EventKind, number> = { pledge: 3, case: 6, engagement: 3 };
const BUCKET_ROWS = 3;
const LABEL_CHARS = 30;
const CHAR_PX = 6.1;
const MARK_RADIUS = 7;

export interface BandGeometry {
	x0: number;
	x1: number;
	/** Start unknown: drawn fading in from the left. */
	open: boolean;
}

export interface MarkLayout {
	event: TimelineEvent;
	/** Where the symbol sits. */
	x: number;
	y: number;
	/** Precision bands of the start and (for spans) the end, when wider than a day. */
	bands: BandGeometry[];
	/**
	 * The span from start to end; `ongoing` ends in an arrow. An ongoing bar is known (solid)
	 * up to `known`, its latest source, and assumed (dashed, faded) from there to `x1`.
	 */
	bar: { x0: number; x1: number; known: number; ongoing: boolean; openStart: boolean } | null;
	/** Beside the symbol, or above the bar of a span so the bar does not run through the words. */
	label: { x: number; dy: number; anchor: 'start' | 'end'; text: string } | null;
	/** Sort key: time order for focus. */
	order: number;
}

export interface BucketLayout {
	bucket: TimelineBucket;
	x0: number;
	x1: number;
	/** Baseline and top of the count bar. */
	y0: number;
	y1: number;
	showCount: boolean;
	order: number;
}

export interface LaneLayout {
	kind: EventKind;
	y: number;
	height: number;
	/** Events in view in this lane (counted in buckets when aggregated). */
	count: number;
	aggregated: boolean;
}

export interface TimelineLayout {
	lanes: LaneLayout[];
	marks: MarkLayout[];
	buckets: BucketLayout[];
	/** Top of the axis, below the last lane. */
	axisY: number;
}

export interface LayoutInput {
	events: readonly TimelineEvent[];
	/** Buckets the server counted for lanes it would not send raw events for. */
	buckets: readonly TimelineBucket[];
	window: TimeWindow;
	scale: TimeScale;
	area: PlotArea;
	/** Where "ongoing" ends on the axis. */
	today: Date;
	top: number;
	lanes?: readonly EventKind[];
}

/*
 * Shortened at a word boundary, so the visible label stays a run of whole words of the mark's
 * accessible name (speech-input users say what they see; axe's label-content-name-mismatch).
 */
function truncate(text: string, chars = LABEL_CHARS): string {
	if (text.length <= chars) return text;
	const cut = text.slice(0, chars - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > chars / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Below this many characters a label says too little; the mark goes without (the table has it). */
const MIN_LABEL_CHARS = 8;

interface Placed {
	mark: Omit<MarkLayout, 'y'>;
	lo: number;
	hi: number;
	loBare: number;
	hiBare: number;
}

function geometry(
	event: TimelineEvent,
	span: EventSpan,
	scale: TimeScale,
	area: PlotArea,
	today: Date
): Omit<MarkLayout, 'y' | 'label'> {
	const bands: BandGeometry[] = [];
	const centre = (band: { start: Date | null; end: Date }): number => {
		const x1 = scale(band.end);
		return band.start ? (scale(band.start) + x1) / 2 : x1;
	};
	const startBand = span.startBand ?? span.endBand;
	let x = startBand ? centre(startBand) : scale(span.anchor);
	if (startBand && (isCoarse(event.start) || !span.startBand)) {
		const x1 = scale(startBand.end);
		bands.push({
			x0: startBand.start ? scale(startBand.start) : x1 - OPEN_START_PX,
			x1,
			open: !startBand.start
		});
	}
	if (span.endBand && span.startBand && isCoarse(event.end)) {
		bands.push({
			x0: scale(span.endBand.start ?? span.endBand.end),
			x1: scale(span.endBand.end),
			open: false
		});
	}
	let bar: MarkLayout['bar'] = null;
	if (event.ongoing) {
		const right = area.width - area.right;
		const x1 = Math.min(scale(today), right + 12);
		bar = {
			x0: x,
			x1,
			known: Math.min(scale(span.known ?? span.anchor), x1),
			ongoing: true,
			openStart: !startBand?.start
		};
	} else if (span.endBand && span.startBand) {
		const x1 = centre(span.endBand);
		bar = { x0: x, x1, known: x1, ongoing: false, openStart: !startBand?.start };
	}
	if (bar && bar.x1 < bar.x0) bar.x1 = bar.x0;
	if (bar) bar.known = Math.min(Math.max(bar.known, bar.x0), bar.x1);
	x = Math.round(x * 10) / 10;
	return { event, x, bands, bar, order: span.anchor.getTime() };
}

/** Greedy row packing: each item takes the first row where it fits, else the emptiest row. */
function pack(
	items: { lo: number; hi: number }[],
	maxRows: number
): { rows: number[]; fits: boolean } {
	const ends: number[] = [];
	let fits = true;
	const rows = items.map(({ lo, hi }) => {
		let row = ends.findIndex((end) => end <= lo);
		if (row === -1 && ends.length < maxRows) row = ends.push(-Infinity) - 1;
		if (row === -1) {
			fits = false;
			row = ends.indexOf(Math.min(...ends));
		}
		ends[row] = Math.max(ends[row] ?? -Infinity, hi);
		return row;
	});
	return { rows, fits };
}

function laneMarks(
	events: TimelineEvent[],
	spans: Map<string, EventSpan>,
	input: LayoutInput,
	maxRows: number
): { marks: Omit<MarkLayout, 'y'>[]; rows: number[]; rowCount: number } {
	const placed: Placed[] = events.map((event) => {
		const span = spans.get(event.id) as EventSpan;
		const g = geometry(event, span, input.scale, input.area, input.today);
		const loBare = Math.min(g.x - MARK_RADIUS, ...g.bands.map((b) => b.x0), g.bar?.x0 ?? Infinity);
		const hiBare =
			Math.max(g.x + MARK_RADIUS, ...g.bands.map((b) => b.x1), g.bar?.x1 ?? -Infinity) + 2;
		// A label never runs past the plot: it goes right of its mark, else left, else on the
		// roomier side shortened to fit (on a phone), else not at all.
		const roomRight = input.area.width - (g.x + MARK_RADIUS + 3);
		const roomLeft = g.x - MARK_RADIUS - 3 - input.area.left;
		const full = truncate(event.title);
		const fits = (room: number) => full.length * CHAR_PX <= room;
		const flip = !fits(roomRight) && (fits(roomLeft) || roomLeft > roomRight);
		const room = flip ? roomLeft : roomRight;
		const text = fits(room) ? full : truncate(event.title, Math.floor(room / CHAR_PX));
		const textPx = text.length * CHAR_PX;
		const label: MarkLayout['label'] =
			text.length < MIN_LABEL_CHARS && text !== event.title
				? null
				: flip
					? { x: g.x - MARK_RADIUS - 3, dy: 4, anchor: 'end', text }
					: g.bar
						? { x: g.x + MARK_RADIUS - 2, dy: -7, anchor: 'start', text }
						: { x: g.x + MARK_RADIUS + 3, dy: 4, anchor: 'start', text };
		const labelLo = !label ? loBare : label.anchor === 'end' ? label.x - textPx : label.x;
		return {
			mark: { ...g, label },
			lo: Math.min(loBare, labelLo),
			hi: label ? Math.max(hiBare, labelLo + textPx + 6) : hiBare,
			loBare,
			hiBare
		};
	});
	placed.sort((a, b) => a.lo - b.lo);
	// Labels when every label fits; otherwise marks alone (the table and panel carry the titles).
	const labelled = pack(placed, maxRows);
	if (labelled.fits) {
		return {
			marks: placed.map((p) => p.mark),
			rows: labelled.rows,
			rowCount: Math.max(1, ...labelled.rows.map((r) => r + 1))
		};
	}
	// Without labels the lane grows as tall as it must: no mark may sit on another.
	const bare = pack(
		placed.map((p) => ({ lo: p.loBare, hi: p.hiBare })),
		Infinity
	);
	return {
		marks: placed.map((p) => ({ ...p.mark, label: null })),
		rows: bare.rows,
		rowCount: Math.max(1, ...bare.rows.map((r) => r + 1))
	};
}

export function layoutTimeline(input: LayoutInput): TimelineLayout {
	const width = plotWidth(input.area);
	const from = dayStart(input.window.from);
	const to = dayEnd(input.window.to);
	const spans = new Map<string, EventSpan>();
	const byLane = new Map<EventKind, TimelineEvent[]>();
	for (const event of input.events) {
		const span = eventSpan(event);
		if (!span || !spanOverlaps(span, from, to)) continue;
		spans.set(event.id, span);
		const lane = byLane.get(event.kind);
		if (lane) lane.push(event);
		else byLane.set(event.kind, [event]);
	}

	const lanes: LaneLayout[] = [];
	const marks: MarkLayout[] = [];
	const buckets: BucketLayout[] = [];
	let y = input.top;
	for (const kind of input.lanes ?? EVENT_KINDS) {
		const events = byLane.get(kind) ?? [];
		const served = input.buckets.filter(
			(b) => b.kind === kind && dayStart(b.from) < to && dayEnd(b.to) > from
		);
		let laneBuckets: TimelineBucket[] | null = null;
		if (served.length > 0) laneBuckets = served;
		else if (mustAggregate(events.length, width)) {
			laneBuckets = bucketize(
				kind,
				events.map((e) => anchorDay(e.start, e.end) as string),
				input.window,
				width
			);
		}

		if (laneBuckets) {
			const height = BUCKET_ROWS * ROW_HEIGHT;
			const max = Math.max(...laneBuckets.map((b) => b.count));
			const base = y + height - 2;
			for (const bucket of laneBuckets) {
				const x0 = Math.max(input.scale(dayStart(bucket.from)), input.area.left);
				const x1 = Math.min(input.scale(dayEnd(bucket.to)), input.area.width - input.area.right);
				const h = Math.max(3, ((height - 16) * Math.sqrt(bucket.count)) / Math.sqrt(max));
				buckets.push({
					bucket,
					x0: x0 + 0.5,
					x1: Math.max(x0 + 1.5, x1 - 0.5),
					y0: base,
					y1: base - h,
					showCount: x1 - x0 >= String(bucket.count).length * 6.5 + 2,
					order: dayStart(bucket.from).getTime()
				});
			}
			lanes.push({
				kind,
				y,
				height,
				count: laneBuckets.reduce((n, b) => n + b.count, 0),
				aggregated: true
			});
			y += height + LANE_GAP;
			continue;
		}

		const { marks: laneMarkList, rows, rowCount } = laneMarks(events, spans, input, MAX_ROWS[kind]);
		const height = rowCount * ROW_HEIGHT;
		laneMarkList.forEach((mark, i) => {
			marks.push({ ...mark, y: y + (rows[i] ?? 0) * ROW_HEIGHT + ROW_HEIGHT / 2 + 3 });
		});
		lanes.push({ kind, y, height, count: events.length, aggregated: false });
		y += height + LANE_GAP;
	}

	marks.sort((a, b) => a.order - b.order || a.y - b.y);
	buckets.sort((a, b) => a.order - b.order || a.y0 - b.y0);
	return { lanes, marks, buckets, axisY: y };
}

/** A mark or a count, as the chart lists them. */
export type LayoutItem =
	| { type: 'mark'; mark: MarkLayout; order: number }
	| { type: 'bucket'; bucket: BucketLayout; order: number };

/** Marks and counts in one list, in time order: the order Tab walks through them. */
export function itemsInOrder(layout: TimelineLayout): LayoutItem[] {
	return [
		...layout.marks.map((mark) => ({ type: 'mark' as const, mark, order: mark.order })),
		...layout.buckets.map((bucket) => ({ type: 'bucket' as const, bucket, order: bucket.order }))
	].sort((a, b) => a.order - b.order);
}
