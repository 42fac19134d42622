import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { PublicCountrySummary } from './types';

/*
 * The overview map, computed once on the server: SVG path strings for every country in
 * Natural Earth's 1:110m outlines, so the browser receives finished geometry and no map code.
 * Countries are matched to the atlas by name, since the atlas keys them by ISO numeric code
 * and our records by alpha-2 code; a fictional country has no outline and appears only in the
 * list beside the map.
 */

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/** How a country's pledge record shades the map; the legend spells each one out. */
export type MapShade = 'broken' | 'mixed' | 'kept' | 'unrated' | 'none';

export interface MapCountry {
	name: string;
	d: string;
	/** Set when a published country record matches this outline. */
	code: string | null;
	shade: MapShade;
}

interface AtlasCountry {
	name: string;
	d: string;
}

let outlines: AtlasCountry[] | null = null;

function atlasOutlines(): AtlasCountry[] {
	if (outlines) return outlines;
	const topology = world as unknown as Topology<{
		countries: GeometryCollection<{ name: string }>;
	}>;
	const countries = feature(topology, topology.objects.countries);
	const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], countries);
	// One decimal place is finer than a pixel at this size and keeps the paths short.
	const path = geoPath(projection).digits(1);
	outlines = countries.features.flatMap((f) => {
		const d = path(f);
		return d ? [{ name: f.properties?.name ?? '', d }] : [];
	});
	return outlines;
}

const normal = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

/**
 * The shade of a country's record, from its pledges' current ratings (not an index: a share
 * of counted pledges). More than half rated Broken or Stalled: 'broken'; more than half Kept
 * or Compromise: 'kept'; some rated but neither: 'mixed'; none rated: 'unrated'.
 */
export function shadeOf(country: Pick<PublicCountrySummary, 'ratings'>): MapShade {
	const count = (...ratings: string[]) =>
		country.ratings.filter((r) => ratings.includes(r.rating)).reduce((s, r) => s + r.count, 0);
	const total = count('broken', 'stalled', 'kept', 'compromise', 'in_the_works', 'not_yet_rated');
	const rated = total - count('not_yet_rated');
	if (rated === 0) return 'unrated';
	if (count('broken', 'stalled') * 2 > total) return 'broken';
	if (count('kept', 'compromise') * 2 > total) return 'kept';
	return 'mixed';
}

export function worldMap(countries: readonly PublicCountrySummary[]): MapCountry[] {
	const byName = new Map(countries.map((c) => [normal(c.name), c]));
	return atlasOutlines().map((o) => {
		const match = byName.get(normal(o.name));
		return {
			name: o.name,
			d: o.d,
			code: match ? match.code.toLowerCase() : null,
			shade: match ? shadeOf(match) : 'none'
		};
	});
}
