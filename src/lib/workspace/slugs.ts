/*
 * The workspace's record lists, by URL segment, in the order the navigation lists them. Shared
 * by the route matcher and the navigation (the server's kind registry must cover each of
 * them); their names in each language are in kind-names.ts.
 */
export const WORKSPACE_SLUGS = [
	'cases',
	'pledges',
	'engagements',
	'asks',
	'actors',
	'laws',
	'sources',
	'countries',
	'themes'
] as const;

export type WorkspaceSlug = (typeof WORKSPACE_SLUGS)[number];
