import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordPath, type RecordPageKind } from '../../src/lib/components/public/record-path';

/*
 * RecordLink writes a record's path itself instead of calling resolve() per link: the path must
 * be the one resolve() names, for a route that exists.
 */
const KINDS: RecordPageKind[] = ['cases', 'pledges', 'laws', 'engagements'];

/** What SvelteKit's resolve() makes of a route id and its params (one [name] per segment here). */
function resolveRoute(id: string, params: Record<string, string>): string {
	return id.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? '');
}

describe('recordPath', () => {
	it.each(KINDS)('names the page of a record of kind %s as resolve() does', (kind) => {
		const route = `/countries/[code]/${kind}/[id]`;
		expect(fs.existsSync(path.join('src/routes', route, '+page.svelte'))).toBe(true);
		expect(recordPath(kind, 'kz', 'kz-case-1')).toBe(
			resolveRoute(route, { code: 'kz', id: 'kz-case-1' })
		);
	});
});
