/*
 * The workspace's record lists, by URL segment, with their names for navigation. Shared by the
 * route matcher and the navigation (the server's kind registry must cover each of them).
 */
export const WORKSPACE_SECTIONS = [
	{ slug: 'cases', name: 'Cases' },
	{ slug: 'pledges', name: 'Pledges' },
	{ slug: 'engagements', name: 'Engagements' },
	{ slug: 'asks', name: 'Asks' },
	{ slug: 'actors', name: 'Actors' },
	{ slug: 'laws', name: 'Laws' },
	{ slug: 'sources', name: 'Sources' },
	{ slug: 'countries', name: 'Countries' }
] as const;

export const WORKSPACE_SLUGS = WORKSPACE_SECTIONS.map((s) => s.slug);
