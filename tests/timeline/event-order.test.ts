import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { FICTIONAL_COUNTRY, generateFictional } from '../../src/lib/server/generate/fictional.js';
import { getPublicCountryTimeline } from '../../src/lib/server/public/timeline.js';
import { parseViewState } from '../../src/lib/timeline/url.js';
import { describeEachDatabase } from '../helpers/databases.js';

/*
 * A view's events come in one order whatever plan the database picks: by kind, then by id.
 * Before, the reads by id had no order of their own, and PostgreSQL gave a small table's rows
 * as stored when it scanned it and by id when it walked an index, so the same view could list
 * its events differently from one request to the next.
 */

const TODAY = '2026-01-01';
const XT = FICTIONAL_COUNTRY.code.toLowerCase();
const VIEWS = ['from=2011&to=2012', 'from=2019-03&to=2019-05', 'from=2012&to=2013'];

describeEachDatabase('timeline events in a set order', ({ db, dialect }) => {
	beforeAll(async () => {
		// Generated ids (xt-case-9, xt-case-10, ...) are stored in an order that is not theirs.
		await generateFictional(db(), { cases: 400, pledges: 60, seed: 3 });
	});

	it('lists each kind by id, and the same when the database scans instead of walking an index', async () => {
		let drawn = 0;
		for (const query of VIEWS) {
			const { view } = parseViewState(new URLSearchParams(query));
			const read = () => getPublicCountryTimeline(db(), XT, view, { today: TODAY });
			const first = await read();
			const events = first?.events ?? [];
			drawn += events.length;
			for (const kind of ['pledge', 'case', 'engagement'] as const) {
				const ids = events.filter((e) => e.kind === kind).map((e) => e.id);
				expect(ids, `${query} ${kind}`).toEqual([...ids].sort());
			}
			if (dialect !== 'postgres') continue;
			await db()
				.transaction()
				.execute(async (trx) => {
					await sql`set local enable_indexscan = off`.execute(trx);
					await sql`set local enable_bitmapscan = off`.execute(trx);
					await sql`set local enable_indexonlyscan = off`.execute(trx);
					expect(await getPublicCountryTimeline(trx, XT, view, { today: TODAY })).toEqual(first);
				});
		}
		// The views draw events one by one, of more than one kind.
		expect(drawn).toBeGreaterThan(10);
	});
});
