import { describe, expect, it } from 'vitest';
import type { DB } from '../../src/lib/server/db/connect.js';
import { FICTIONAL_COUNTRY, generateFictional } from '../../src/lib/server/generate/fictional.js';
import {
	listApiCases,
	listApiCountries,
	listApiEngagements,
	listApiPledges
} from '../../src/lib/server/public/api.js';
import { getPublicCountryPage } from '../../src/lib/server/public/country-page.js';
import { getPublicCountryTimeline } from '../../src/lib/server/public/timeline.js';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { parseViewState } from '../../src/lib/timeline/url.js';
import { apiQuery } from '../helpers/api-query.js';
import { batchedAndPlain } from '../helpers/batched-databases.js';
import { testDialects } from '../helpers/databases.js';

/*
 * On PostgreSQL the public pages' marked reads issued together go as one statement
 * (src/lib/server/db/read-batch.ts). Whatever they read, the pages must be the very ones the
 * reads give one by one: the demo's countries and a generated one, the country page, timeline
 * views and the open-data lists, each read twice (a read's first run goes alone, to learn its
 * columns; from the second on it is batched).
 */

const postgres = testDialects().includes('postgres');
const TODAY = '2026-01-01';
const XT = FICTIONAL_COUNTRY.code.toLowerCase();

const VIEWS = [
	'',
	'from=2010&to=2014',
	'from=2011-03&to=2011-09',
	'from=2012&to=2012-02-10',
	'type=imprisonment&type=detention',
	'theme=expression&from=2015'
].map((search) => parseViewState(new URLSearchParams(search)).view);

/* Everything the public read path answers over the two databases, in one value. */
async function everything(db: DB) {
	const answers: unknown[] = [];
	for (const code of ['kz', XT, 'nowhere']) {
		answers.push(await getPublicCountryPage(db, code, { today: TODAY }));
		for (const view of VIEWS) {
			answers.push(await getPublicCountryTimeline(db, code, view, { today: TODAY }));
		}
	}
	answers.push(
		await listApiCountries(db, apiQuery('countries', '')),
		await listApiCases(
			db,
			apiQuery('cases', `country=${XT}&type=imprisonment&from=2010&to=2014&limit=50`)
		),
		await listApiCases(db, apiQuery('cases', 'sort=title&limit=7&offset=3')),
		await listApiCases(db, apiQuery('cases', `country=kz,${XT}&theme=expression&sort=-date`)),
		await listApiPledges(db, apiQuery('pledges', `country=${XT}&limit=20`)),
		await listApiPledges(db, apiQuery('pledges', 'rating=broken&sort=-date')),
		await listApiEngagements(db, apiQuery('engagements', `country=${XT}&limit=10&offset=5`)),
		await listApiEngagements(db, apiQuery('engagements', 'sort=title&lang=ru'))
	);
	return answers;
}

describe.runIf(postgres)('batched public reads on PostgreSQL', () => {
	let statements: string[] = [];
	const dbs = batchedAndPlain(
		(text) => statements.push(text),
		async (db) => {
			await loadDemo(db);
			await generateFictional(db, { cases: 600, pledges: 60, seed: 5 });
		}
	);

	it('answer as the reads one by one, on every later run', async () => {
		const expected = await everything(dbs.plain);
		expect(await everything(dbs.batched)).toEqual(expected);
		// PostgreSQL turns a prepared statement to a generic plan after five runs: read on.
		for (let run = 0; run < 7; run++) {
			statements = [];
			expect(await everything(dbs.batched)).toEqual(expected);
		}
		// Batched indeed: some statements carried several reads.
		expect(statements.some((s) => s.includes(') as "1"'))).toBe(true);
	});

	/* The statements a read sends, after a first run (which learns the reads' columns). */
	const sent = async (read: (db: DB) => Promise<unknown>, db: DB) => {
		await read(db);
		statements = [];
		await read(db);
		return statements.length;
	};

	/*
	 * A read whose rows come in no set order goes together only while it gives one row
	 * (read-batch.ts); the timeline's events by id are read in id order, so they go together,
	 * and so are the lanes' extents and counts (with the country's themes), the drawn events'
	 * assessments, themes and citations (with the events) and the records looked up by id. The
	 * country page assembles its records as soon as their rows are in, so their reads go beside
	 * the timeline's and the prisoners', not after them.
	 */
	it('read the country page and an open-data page in fewer statements', async () => {
		const page = (db: DB) => getPublicCountryPage(db, XT, { today: TODAY });
		const view = (db: DB) => getPublicCountryTimeline(db, XT, VIEWS[1]!, { today: TODAY });
		const cases = (db: DB) =>
			listApiCases(
				db,
				apiQuery('cases', `country=${XT}&type=imprisonment&from=2010&to=2014&limit=50`)
			);
		const counts = [];
		for (const read of [page, view, cases])
			counts.push([await sent(read, dbs.plain), await sent(read, dbs.batched)]);
		expect(counts).toEqual([
			[32, 7],
			[12, 6],
			[7, 3]
		]);
	});
});
