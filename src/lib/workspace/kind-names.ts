import { m } from '$lib/paraglide/messages';
import type { WorkspaceSlug } from './slugs';

/*
 * A record type's names in the interface language, by its list's URL segment: "case" inside
 * sentences, "Cases" as a heading, and "3 cases" with the language's plural forms (Russian
 * has three). Messages ws_kind_<slug>, ws_kinds_<slug> and ws_count_<slug>, named one by one
 * so that the browser's bundle holds only these, not every message in every language.
 */

const NAMES: Record<
	WorkspaceSlug,
	{ one: () => string; many: () => string; count: (inputs: { count: number }) => string }
> = {
	cases: { one: m.ws_kind_cases, many: m.ws_kinds_cases, count: m.ws_count_cases },
	pledges: { one: m.ws_kind_pledges, many: m.ws_kinds_pledges, count: m.ws_count_pledges },
	engagements: {
		one: m.ws_kind_engagements,
		many: m.ws_kinds_engagements,
		count: m.ws_count_engagements
	},
	asks: { one: m.ws_kind_asks, many: m.ws_kinds_asks, count: m.ws_count_asks },
	actors: { one: m.ws_kind_actors, many: m.ws_kinds_actors, count: m.ws_count_actors },
	laws: { one: m.ws_kind_laws, many: m.ws_kinds_laws, count: m.ws_count_laws },
	sources: { one: m.ws_kind_sources, many: m.ws_kinds_sources, count: m.ws_count_sources },
	countries: { one: m.ws_kind_countries, many: m.ws_kinds_countries, count: m.ws_count_countries },
	themes: { one: m.ws_kind_themes, many: m.ws_kinds_themes, count: m.ws_count_themes }
};

/** "case": one record of the type, as it reads inside a sentence. */
export const kindName = (slug: WorkspaceSlug): string => NAMES[slug].one();

/** "Cases": the list's heading and navigation entry. */
export const kindsName = (slug: WorkspaceSlug): string => NAMES[slug].many();

/** "1 case", "3 cases"; "3 случая", "5 случаев". */
export const kindCount = (slug: WorkspaceSlug, count: number): string =>
	NAMES[slug].count({ count });
