/** The record types with a page of their own under /countries/[code]/. */
export type RecordPageKind = 'cases' | 'pledges' | 'laws' | 'engagements';

/**
 * A record's page from the site's root: what resolve('/countries/[code]/<kind>/[id]') names,
 * written out. resolve() parses its route id into segments and, on the server, writes a prefix
 * relative to the page that localHref() takes off again, on every call; a large country page
 * links a hundred records (tests/unit/record-path.test.ts holds the two equal).
 */
export function recordPath(kind: RecordPageKind, code: string, id: string): string {
	return `/countries/${code}/${kind}/${id}`;
}
