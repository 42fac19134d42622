import { geoEqualEarth, geoPath } from 'd3-geo';
import countryCodes from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { MapCountry, MapShade } from '$lib/domain/map-countries';
import type { PublicCountrySummary } from '$lib/domain/public-records';

/*
 * The overview map, computed once on the server: SVG path strings for every country in
 * Natural Earth's 1:110m outlines, so the browser receives finished geometry and no map code.
 * Countries are matched to the atlas by code: the atlas keys its outlines by ISO 3166-1
 * numeric code, and i18n-iso-countries turns our alpha-2 codes into those, so a name that
 * differs from Natural Earth's ("Türkiye", "Russian Federation") still finds its outline. A
 * fictional country, or a code with no outline, appears only in the list beside the map.
 */

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

interface AtlasCountry {
	/** ISO 3166-1 numeric, e.g. '398'; null for the few outlines without one (Kosovo). */
	id: string | null;
	name: string;
	d: string;
}

let outlines: AtlasCountry[] | null = null;

type Atlas = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** The atlas's JSON is typed by its literal values (`type: string`); this checks its shape. */
function isAtlas(value: unknown): value is Atlas {
	const v = value as { type?: unknown; objects?: { countries?: { type?: unknown } } } | null;
	return v?.type === 'Topology' && v.objects?.countries?.type === 'GeometryCollection';
}

function atlasOutlines(): AtlasCountry[] {
	if (outlines) return outlines;
	const topology: unknown = world;
	if (!isAtlas(topology))
		throw new Error(
			'world-atlas/countries-110m.json is not a TopoJSON atlas of countries: reinstall world-atlas.'
		);
	const countries = feature(topology, topology.objects.countries);
	const projection = geoEqualEarth().fitSize([MAP_WIDTH, MAP_HEIGHT], countries);
	// One decimal place is finer than a pixel at this size and keeps the paths short.
	const path = geoPath(projection).digits(1);
	outlines = countries.features.flatMap((f) => {
		const d = path(f);
		return d
			? [{ id: f.id === undefined ? null : String(f.id), name: f.properties?.name ?? '', d }]
			: [];
	});
	return outlines;
}

/** The atlas id of a country record; null for a fictional one or a code ISO does not number. */
function atlasId(country: Pick<PublicCountrySummary, 'code' | 'isFictional'>): string | null {
	if (country.isFictional) return null;
	return countryCodes.alpha2ToNumeric(country.code.toUpperCase()) ?? null;
}

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
	const byId = new Map(
		countries.flatMap((c) => {
			const id = atlasId(c);
			return id === null ? [] : [[id, c] as const];
		})
	);
	return atlasOutlines().map((o) => {
		const match = o.id === null ? undefined : byId.get(o.id);
		return {
			// A covered country goes by the name its record gives it, not the atlas's.
			name: match ? match.name : o.name,
			d: o.d,
			code: match ? match.code.toLowerCase() : null,
			shade: match ? shadeOf(match) : 'none'
		};
	});
}
