import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { DB } from '../../src/lib/server/db/connect.js';
import { FICTIONAL_COUNTRY, generateFictional } from '../../src/lib/server/generate/fictional.js';
import { getPublicCountryPage } from '../../src/lib/server/public/country-page.js';
import { getPublicCountryTimeline } from '../../src/lib/server/public/timeline.js';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { DEMO_TRANSLATIONS_RU } from '../../src/lib/server/seed/demo-translations.js';
import { localizeRecords } from '../../src/lib/server/translations/localize.js';
import { parseViewState } from '../../src/lib/timeline/url.js';
import { describeEachDatabase } from '../helpers/databases.js';

/*
 * The country page and a zoomed timeline view keep their fixed-shape reads prepared on
 * PostgreSQL (preparedReads): read again and again on one connection, where PostgreSQL turns
 * to a generic plan after five runs, they must answer as the first, custom-planned, run did.
 * Which reads are kept is checked too: the page's, the timeline's aggregates, and the
 * timeline's events by id, whose ids are one array parameter there (idIn, db/id-list.ts); and
 * the reads that put a page's published translations in (localizeRecords), which every public
 * page and answer runs with as many ids as it shows records.
 */

const TODAY = '2026-01-01';
const XT = FICTIONAL_COUNTRY.code.toLowerCase();
const ZOOMED = parseViewState(new URLSearchParams('from=2011&to=2012')).view;

/* The statements the connection (held by the transaction) keeps prepared. */
const kept = async (db: DB) =>
	(
		await sql<{
			statement: string;
		}>`select statement from pg_prepared_statements order by prepare_time`.execute(db)
	).rows.map((r) => r.statement);

describeEachDatabase('prepared reads of the country page and timeline', ({ db, dialect }) => {
	beforeAll(async () => {
		await loadDemo(db());
		await generateFictional(db(), { cases: 400, pledges: 60, seed: 3 });
	});

	it('answer as the first read on every later run, on one connection', async () => {
		await db()
			.transaction()
			.execute(async (trx) => {
				let events = 0;
				for (const code of ['kz', XT]) {
					const page = () => getPublicCountryPage(trx, code, { today: TODAY });
					const view = () => getPublicCountryTimeline(trx, code, ZOOMED, { today: TODAY });
					const [firstPage, firstView] = [await page(), await view()];
					expect(firstPage?.cases.length).toBeGreaterThan(0);
					events += firstView?.events.length ?? 0;
					for (let run = 0; run < 7; run++) {
						expect(await page()).toEqual(firstPage);
						expect(await view()).toEqual(firstView);
					}
				}
				// The zoomed view draws events one by one (their reads are checked below).
				expect(events).toBeGreaterThan(0);
				if (dialect !== 'postgres') return;
				const statements = await kept(trx);
				const any = (pattern: RegExp) => statements.some((s) => pattern.test(s));
				// The page's figures and first rows, the timeline's extents and themes.
				expect(any(/"country_case_counts"/)).toBe(true);
				expect(
					any(
						/^select \/\* prepared \*\/ "pledges"\."id", "pledges"\."title", "pledges"\."promise"/
					)
				).toBe(true);
				expect(any(/"timeline_lane_months"/)).toBe(true);
				expect(any(/^select \/\* prepared \*\/ \* from \(with "months" as/)).toBe(true);
				expect(any(/^select \/\* prepared \*\/ distinct "themes"\."slug"/)).toBe(true);
				// The timeline's events by id and their contradictions: one array of ids each.
				expect(
					any(
						/^select \/\* prepared \*\/ "links"\."from_id", "links"\."to_id" from .* = any\(\$\d+::text\[\]\)/
					)
				).toBe(true);
				expect(
					any(
						/^select \/\* prepared \*\/ "pledges"\."id", "pledges"\."title", "made_text".* = any\(\$\d+::text\[\]\)/
					)
				).toBe(true);
			});
	});

	it('put the published translations in on every later run, their reads kept as one text', async () => {
		await db()
			.transaction()
			.execute(async (trx) => {
				const page = await getPublicCountryPage(trx, 'kz', { today: TODAY });
				const first = await localizeRecords(trx, page, 'ru');
				// The demo's Russian titles stand in for the English ones wherever the page names
				// those cases, and their fields say so.
				const original = JSON.stringify(page);
				const translated = JSON.stringify(first.data);
				const shown = DEMO_TRANSLATIONS_RU.filter((t) => original.includes(`"${t.caseId}"`));
				expect(shown.length).toBeGreaterThan(0);
				for (const t of shown) {
					expect(translated).toContain(JSON.stringify(t.title));
					expect(first.fieldLangs[t.caseId]?.title).toBe('ru');
				}
				for (let run = 0; run < 7; run++)
					expect(await localizeRecords(trx, page, 'ru')).toEqual(first);
				if (dialect !== 'postgres') return;
				const statements = await kept(trx);
				const any = (pattern: RegExp) => statements.some((s) => pattern.test(s));
				for (const table of ['translations', 'field_languages', 'countries'])
					expect(
						any(
							new RegExp(
								`^select /\\* prepared \\*/ .* from "${table}" where .*= any\\(\\$\\d+::text\\[\\]\\)`
							)
						),
						table
					).toBe(true);
			});
	});
});
