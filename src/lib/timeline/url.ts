import { pointBounds } from '$lib/dates';
import { CASE_TYPE_LABELS } from '$lib/labels';
import type { CaseType } from '$lib/domain/vocabulary';
import { EVENT_KINDS, type EventKind } from './types';

/*
 * The timeline's view lives in the URL so a link reproduces it:
 *
 *   ?from=2018&to=2021-11&theme=assembly&type=pledge&type=imprisonment&event=<id>
 *
 * `from` and `to` take a year, a month or a day (a year means from its first or to its last
 * day). `type` takes lane kinds (pledge, case, engagement) and case types. A value that does
 * not parse, or lies outside what can be shown, falls back to the default and is reported as
 * a notice for the page to show: a mistyped link still opens the page.
 */

export type TypeFilter = EventKind | CaseType;

export interface ViewState {
	/** First day shown, YYYY-MM-DD; null fits the window to the data. */
	from: string | null;
	/** Last day shown, YYYY-MM-DD; null fits the window to the data. */
	to: string | null;
	/** Theme slugs; empty shows every theme. */
	themes: string[];
	/** Lane kinds and case types; empty shows everything. */
	types: TypeFilter[];
	/** The event whose details are open. */
	selected: string | null;
}

export const DEFAULT_VIEW: ViewState = Object.freeze({
	from: null,
	to: null,
	themes: [],
	types: [],
	selected: null
}) as ViewState;

export interface ParsedView {
	view: ViewState;
	notices: string[];
}

export interface ParseOptions {
	/** Known theme slugs; others are dropped with a notice. Without it any well-formed slug passes. */
	themes?: readonly string[];
	/** Earliest and latest years a window may reach. */
	minYear?: number;
	maxYear?: number;
}

const CASE_TYPES = Object.keys(CASE_TYPE_LABELS) as CaseType[];
const TYPE_FILTERS: readonly string[] = [...EVENT_KINDS, ...CASE_TYPES];
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_LIST = 40;

/** All values of a repeated or comma-separated parameter. */
function listParam(params: URLSearchParams, name: string): string[] {
	return params
		.getAll(name)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter((v) => v !== '');
}

function quoted(value: string): string {
	const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
	return `“${short}”`;
}

function parseEdge(
	value: string | null,
	edge: 'from' | 'to',
	minYear: number,
	maxYear: number,
	notices: string[]
): string | null {
	if (value === null || value.trim() === '') return null;
	const bounds = pointBounds(value);
	if (!bounds) {
		notices.push(
			`The ${edge === 'from' ? 'start' : 'end'} date ${quoted(value)} is not a date (write 2021, 2021-05 or 2021-05-12), so the timeline shows all dates.`
		);
		return null;
	}
	const year = Number(bounds.earliest.slice(0, 4));
	if (year < minYear || year > maxYear) {
		notices.push(
			`The ${edge === 'from' ? 'start' : 'end'} date ${quoted(value)} is outside ${minYear}–${maxYear}, so the timeline shows all dates.`
		);
		return null;
	}
	return edge === 'from' ? bounds.earliest : bounds.latest;
}

/** Reads the view from a URL's query. Never throws: bad values become defaults plus notices. */
export function parseViewState(params: URLSearchParams, options: ParseOptions = {}): ParsedView {
	const notices: string[] = [];
	const minYear = options.minYear ?? 1900;
	const maxYear = options.maxYear ?? 2100;

	let from = parseEdge(params.get('from'), 'from', minYear, maxYear, notices);
	let to = parseEdge(params.get('to'), 'to', minYear, maxYear, notices);
	if (from && to && from > to) {
		notices.push('The start date comes after the end date, so the timeline shows all dates.');
		from = null;
		to = null;
	}

	const themes: string[] = [];
	for (const slug of listParam(params, 'theme')) {
		const known = options.themes ? options.themes.includes(slug) : SLUG.test(slug);
		if (!known) notices.push(`There is no theme ${quoted(slug)}; it was left out of the filter.`);
		else if (!themes.includes(slug) && themes.length < MAX_LIST) themes.push(slug);
	}

	const types: TypeFilter[] = [];
	for (const type of listParam(params, 'type')) {
		if (!TYPE_FILTERS.includes(type)) {
			notices.push(`There is no type ${quoted(type)}; it was left out of the filter.`);
		} else if (!types.includes(type as TypeFilter)) types.push(type as TypeFilter);
	}

	let selected: string | null = params.get('event');
	if (selected !== null && !ID.test(selected)) {
		notices.push(`The event ${quoted(selected)} is not a record id, so no event is selected.`);
		selected = null;
	}

	return { view: { from, to, themes, types, selected }, notices };
}

/** Writes the view as query parameters, leaving defaults out so plain links stay plain. */
export function serializeViewState(view: ViewState): URLSearchParams {
	const params = new URLSearchParams();
	if (view.from) params.set('from', view.from);
	if (view.to) params.set('to', view.to);
	for (const theme of view.themes) params.append('theme', theme);
	for (const type of view.types) params.append('type', type);
	if (view.selected) params.set('event', view.selected);
	return params;
}

/** Whether an event passes the type filter: its lane is listed, or (for a case) its type is. */
export function matchesTypes(
	kind: EventKind,
	caseType: CaseType | undefined,
	types: readonly TypeFilter[]
): boolean {
	if (types.length === 0) return true;
	if (types.includes(kind)) return true;
	return kind === 'case' && caseType !== undefined && types.includes(caseType);
}

/** Whether an event passes the theme filter. Engagements carry no themes and always pass. */
export function matchesThemes(
	kind: EventKind,
	eventThemes: readonly string[] | undefined,
	themes: readonly string[]
): boolean {
	if (themes.length === 0 || kind === 'engagement') return true;
	return (eventThemes ?? []).some((t) => themes.includes(t));
}
