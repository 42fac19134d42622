import { symbolPath, type SymbolName } from './symbols';
import type { CaseType, Rating } from '$lib/domain/vocabulary';

/*
 * Colours from the Okabe-Ito palette, which people with the common colour-vision deficiencies
 * can tell apart, and never colour alone: ratings also differ by fill pattern, case types by
 * shape, and every mark has a text label for assistive technology.
 */

export const OKABE_ITO = {
	black: '#000000',
	orange: '#E69F00',
	skyBlue: '#56B4E9',
	bluishGreen: '#009E73',
	yellow: '#F0E442',
	blue: '#0072B2',
	vermillion: '#D55E00',
	reddishPurple: '#CC79A7'
} as const;

export type Pattern = 'solid' | 'hatch' | 'crosshatch' | 'dots' | 'lines' | 'hollow';

export interface RatingStyle {
	color: string;
	pattern: Pattern;
}

export const RATING_STYLES: Record<Rating, RatingStyle> = {
	broken: { color: OKABE_ITO.vermillion, pattern: 'crosshatch' },
	stalled: { color: OKABE_ITO.orange, pattern: 'lines' },
	compromise: { color: OKABE_ITO.yellow, pattern: 'dots' },
	in_the_works: { color: OKABE_ITO.skyBlue, pattern: 'hatch' },
	kept: { color: OKABE_ITO.bluishGreen, pattern: 'solid' },
	not_yet_rated: { color: '#767676', pattern: 'hollow' }
};

/** The id of the SVG pattern a rating's diamond is filled with (defined once per timeline). */
export function ratingFill(rating: Rating, idPrefix: string): string {
	const style = RATING_STYLES[rating];
	if (style.pattern === 'hollow') return '#ffffff';
	if (style.pattern === 'solid') return style.color;
	return `url(#${idPrefix}-rating-${rating})`;
}

export interface CaseStyle {
	color: string;
	shape: SymbolName;
	/** Stroked shapes (lines, no area) are drawn with a thick stroke instead of a fill. */
	stroked: boolean;
}

export const CASE_STYLES: Record<CaseType, CaseStyle> = {
	party_ban: { color: OKABE_ITO.reddishPurple, shape: 'star', stroked: false },
	website_blocking: { color: OKABE_ITO.blue, shape: 'triangle', stroked: false },
	imprisonment: { color: OKABE_ITO.vermillion, shape: 'circle', stroked: false },
	detention: { color: OKABE_ITO.orange, shape: 'cross', stroked: false },
	prosecution: { color: OKABE_ITO.black, shape: 'wye', stroked: false },
	criminal_investigation: { color: OKABE_ITO.blue, shape: 'times', stroked: true },
	assembly_dispersal: { color: OKABE_ITO.orange, shape: 'asterisk', stroked: true },
	registration_denial: { color: OKABE_ITO.reddishPurple, shape: 'triangle2', stroked: true },
	activity_restriction: { color: OKABE_ITO.bluishGreen, shape: 'circle', stroked: true },
	other: { color: '#555555', shape: 'plus', stroked: true }
};

export const ENGAGEMENT_COLOR = OKABE_ITO.blue;

const pathCache = new Map<string, string>();

function cached(key: string, make: () => string): string {
	let path = pathCache.get(key);
	if (path === undefined) {
		path = make();
		pathCache.set(key, path);
	}
	return path;
}

/** SVG path data for a shape centred on 0,0; `size` is the area in square pixels, as d3-shape takes it. */
export function shapePath(shape: SymbolName, size: number): string {
	return cached(`${shape}:${size}`, () => symbolPath(shape, size));
}

export const PLEDGE_SHAPE: SymbolName = 'diamond';
export const ENGAGEMENT_SHAPE: SymbolName = 'square';
