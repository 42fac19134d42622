import { parseApiQuery } from '../../src/lib/server/public/api-params.js';

/** An open-data list's parsed query from its search string; throws on one that does not parse. */
export const apiQuery = <R extends 'countries' | 'pledges' | 'cases' | 'engagements'>(
	resource: R,
	search: string
) => {
	const parsed = parseApiQuery(resource, new URLSearchParams(search));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
	return parsed.query;
};
