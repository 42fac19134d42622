/*
 * The overview map as the server sends it (src/lib/server/public/world-map.ts computes it):
 * finished SVG paths with a shade each, so the browser draws them with no map code.
 */

/** How a country's pledge record shades the map; the legend spells each one out. */
export type MapShade = 'broken' | 'mixed' | 'kept' | 'unrated' | 'none';

export interface MapCountry {
	/** The record's name for a covered country, Natural Earth's for the others. */
	name: string;
	d: string;
	/** Set when a published country record matches this outline. */
	code: string | null;
	shade: MapShade;
}
