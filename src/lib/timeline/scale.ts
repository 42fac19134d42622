import { utcDay, utcMonth, utcTicks, utcYear } from 'd3-time';
import { dayEnd, dayStart, lastDayBefore, toDay } from './days';
import type { TimeWindow } from './types';
import { getLocale, type Locale } from '$lib/paraglide/runtime';

/*
 * The time axis. The window is a range of whole days; the scale maps it onto the plot area
 * between the lane labels and the right edge of the viewBox.
 */

export interface PlotArea {
	/** Width of the viewBox. */
	width: number;
	/** Left edge of the plot (room for lane labels). */
	left: number;
	/** Right margin. */
	right: number;
}

export function plotArea(width: number): PlotArea {
	const left = width < 520 ? 64 : 124;
	return { width, left, right: 14 };
}

export function plotWidth(area: PlotArea): number {
	return Math.max(1, area.width - area.left - area.right);
}

/**
 * A linear UTC time scale: the part of d3-scale's scaleUtc the timeline uses. Ticks come from
 * d3-time's utcTicks, as scaleUtc's do. Not importing d3-scale keeps it and its interpolators
 * (d3-interpolate, d3-color, d3-format) out of the country page's script, which must stay
 * within twice that of a trivial page.
 */
export interface TimeScale {
	(date: Date): number;
	domain(): [Date, Date];
	range(): [number, number];
	invert(x: number): Date;
	ticks(count: number): Date[];
	copy(): TimeScale;
}

export function timeScale(domain: [Date, Date], range: [number, number]): TimeScale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const t0 = d0.getTime();
	const k = (r1 - r0) / (d1.getTime() - t0 || 1);
	const scale = ((date: Date) => r0 + (date.getTime() - t0) * k) as TimeScale;
	scale.domain = () => [new Date(t0), new Date(d1.getTime())];
	scale.range = () => [r0, r1];
	scale.invert = (x: number) => new Date(t0 + (x - r0) / k);
	scale.ticks = (count: number) => utcTicks(d0, d1, count);
	scale.copy = () => timeScale(domain, range);
	return scale;
}

export function windowScale(window: TimeWindow, area: PlotArea): TimeScale {
	return timeScale(
		[dayStart(window.from), dayEnd(window.to)],
		[area.left, area.width - area.right]
	);
}

/** The window a (rescaled) scale shows, widened to whole days. */
export function scaleWindow(scale: TimeScale): TimeWindow {
	const [from, to] = scale.domain() as [Date, Date];
	return { from: toDay(utcDay.floor(from)), to: lastDayBefore(utcDay.ceil(to)) };
}

/** The shortest window anyone can zoom to: a week is enough to tell days apart. */
export const MIN_WINDOW_DAYS = 7;

export function windowDays(window: TimeWindow): number {
	return utcDay.count(dayStart(window.from), dayEnd(window.to));
}

/** The default view of an extent: all of it, with a little air either side. */
export function fitWindow(extent: TimeWindow): TimeWindow {
	const from = dayStart(extent.from);
	const to = dayEnd(extent.to);
	const pad = Math.max((to.getTime() - from.getTime()) * 0.04, 15 * 864e5);
	return {
		from: toDay(utcMonth.floor(new Date(from.getTime() - pad))),
		to: lastDayBefore(utcMonth.ceil(new Date(to.getTime() + pad)))
	};
}

export interface Tick {
	x: number;
	label: string;
	/** A year boundary: drawn stronger, so the eye finds its way when zoomed in. */
	major: boolean;
}

/*
 * Tick labels need only a year, a month's short name and a day number, in the page's language
 * and UTC. The short names are written out here rather than asked of Intl, so server and
 * browser (with different ICU data) print the same text; d3-time-format's locale machinery
 * would add its weight to the page's script for these four patterns. Kazakh puts the year
 * first ("2021 қар"), as its dates do.
 */
const MONTHS: Record<Locale, readonly string[]> = {
	en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
	ru: ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'],
	kk: ['қаң', 'ақп', 'нау', 'сәу', 'мам', 'мау', 'шіл', 'там', 'қыр', 'қаз', 'қар', 'жел']
};
const yearFormat = (d: Date) => String(d.getUTCFullYear());
const monthFormat = (d: Date) => MONTHS[getLocale()][d.getUTCMonth()] as string;
const monthYearFormat = (d: Date) =>
	getLocale() === 'kk'
		? `${yearFormat(d)} ${monthFormat(d)}`
		: `${monthFormat(d)} ${yearFormat(d)}`;
const dayFormat = (d: Date) => `${d.getUTCDate()} ${monthFormat(d)}`;

/** Ticks for the axis: about one per 90 pixels, at days, months or years as the zoom allows. */
export function axisTicks(scale: TimeScale, area: PlotArea): Tick[] {
	const count = Math.max(2, Math.floor(plotWidth(area) / 90));
	const ticks = scale.ticks(count);
	return ticks.map((date, i) => {
		const isYear = utcYear.floor(date).getTime() === date.getTime();
		const isMonth = utcMonth.floor(date).getTime() === date.getTime();
		let label: string;
		if (isYear && isMonth) label = yearFormat(date);
		else if (isMonth) label = i === 0 ? monthYearFormat(date) : monthFormat(date);
		else label = dayFormat(date);
		return { x: scale(date), label, major: isYear };
	});
}

/**
 * The window to draw for a view: its from/to where given, the fitted extent elsewhere, at
 * least MIN_WINDOW_DAYS long. With neither data nor a view, the current year.
 */
export function resolveWindow(
	view: { from: string | null; to: string | null },
	extent: TimeWindow | null,
	today: Date = new Date()
): TimeWindow {
	const fit = extent
		? fitWindow(extent)
		: {
				from: `${today.getUTCFullYear()}-01-01`,
				to: `${today.getUTCFullYear()}-12-31`
			};
	let from = view.from ?? fit.from;
	let to = view.to ?? fit.to;
	if (from > to) {
		// Only one edge was given and it lies beyond the data: keep it, and show a year from it.
		if (view.from) to = lastDayBefore(utcYear.offset(dayStart(from), 1));
		else from = toDay(utcYear.offset(dayEnd(to), -1));
	}
	if (windowDays({ from, to }) < MIN_WINDOW_DAYS) {
		to = lastDayBefore(utcDay.offset(dayStart(from), MIN_WINDOW_DAYS));
	}
	return { from, to };
}

/** Keeps a window at least MIN_WINDOW_DAYS long and at most a few times the home view. */
export function clampWindow(window: TimeWindow, home: TimeWindow): TimeWindow {
	const homeMs = dayEnd(home.to).getTime() - dayStart(home.from).getTime();
	let from = dayStart(window.from).getTime();
	let to = dayEnd(window.to).getTime();
	const min = MIN_WINDOW_DAYS * 864e5;
	const max = Math.max(homeMs * 3, min);
	const mid = (from + to) / 2;
	// Too short: keep the start (a whole day) and run a week from it.
	if (to - from < min) to = from + min;
	if (to - from > max) [from, to] = [mid - max / 2, mid + max / 2];
	return {
		from: toDay(utcDay.floor(new Date(from))),
		to: lastDayBefore(utcDay.ceil(new Date(to)))
	};
}

/** The window zoomed by `factor` (2 shows half as much) around its middle or a given instant. */
export function zoomWindow(window: TimeWindow, factor: number, around?: Date): TimeWindow {
	const from = dayStart(window.from).getTime();
	const to = dayEnd(window.to).getTime();
	const centre = around ? around.getTime() : (from + to) / 2;
	return {
		from: toDay(utcDay.floor(new Date(centre - (centre - from) / factor))),
		to: lastDayBefore(utcDay.ceil(new Date(centre + (to - centre) / factor)))
	};
}

/** The window moved by a fraction of its length (negative is earlier). */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
	const from = dayStart(window.from).getTime();
	const to = dayEnd(window.to).getTime();
	const shift = (to - from) * fraction;
	return {
		from: toDay(utcDay.floor(new Date(from + shift))),
		to: lastDayBefore(utcDay.ceil(new Date(to + shift)))
	};
}

/**
 * The window a zoom gesture shows: `scale` is the one at the gesture's start, and `k` and `x`
 * the zoom and shift since then (in the scale's range units, as d3-zoom reports them).
 */
export function transformWindow(scale: TimeScale, k: number, x: number): TimeWindow {
	const [r0, r1] = scale.range();
	return {
		from: toDay(scale.invert((r0 - x) / k)),
		to: lastDayBefore(scale.invert((r1 - x) / k))
	};
}

/** The window that zooms into a count's interval, with a tenth of it spare on either side. */
export function bucketWindow(bucket: TimeWindow): TimeWindow {
	const from = dayStart(bucket.from).getTime();
	const to = dayEnd(bucket.to).getTime();
	const pad = (to - from) * 0.1;
	return { from: toDay(new Date(from - pad)), to: toDay(new Date(to + pad)) };
}
