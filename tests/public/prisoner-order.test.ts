import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import type { Insertable } from 'kysely';
import type { Database } from '../../src/lib/server/db/schema.js';
import type { CaseType } from '../../src/lib/domain/vocabulary.js';
import {
	COUNTRY_PAGE_LIMITS,
	getPublicCountryPage
} from '../../src/lib/server/public/country-page.js';
import {
	listPoliticalPrisoners,
	listPrisonerItems
} from '../../src/lib/server/public/prisoners.js';
import { describeEachDatabase, type Dialect } from '../helpers/databases.js';
import { insertUser, workflowColumns } from '../helpers/rows.js';

/*
 * The order of the political-prisoner list, page by page: held on `today` first (ongoing, or
 * released on or after `today`), then by the latest day held (the end, else the start), most
 * recent first, ties by title and then id. Checked against the same rule applied by hand to
 * every published custody case of the country, at every offset and for several page sizes, so
 * a list read in parts (the held, the former; one case type, then the other) must merge them
 * back into the one order, deep pages included. Fictional data.
 */

const TODAY = '2026-03-10';
const YESTERDAY = '2026-03-09';
const COUNTRY = 'xp-country';

interface Spec {
	id: string;
	title: string;
	type: CaseType;
	start?: string;
	end?: string;
	ongoing?: boolean;
	/** Not public: a draft, or in the trash. */
	hidden?: 'draft' | 'trashed';
	country?: string;
}

const custody = (i: number): CaseType => (i % 2 === 0 ? 'imprisonment' : 'detention');

const SPECS: Spec[] = [
	// Held: ongoing with no end, by the start; a tie on the day broken by title.
	{
		id: 'pc-01',
		title: 'held since twenty',
		type: 'imprisonment',
		start: '2020-05-01',
		ongoing: true
	},
	{ id: 'pc-02', title: 'held b', type: 'imprisonment', start: '2024-12-31', ongoing: true },
	{ id: 'pc-03', title: 'held a', type: 'detention', start: '2024-12-31', ongoing: true },
	// Ongoing with an end recorded: held, by its end.
	{
		id: 'pc-04',
		title: 'held with an end',
		type: 'detention',
		start: '2015-01-01',
		end: '2019-01-01',
		ongoing: true
	},
	// Released today (still held on the day) and released later.
	{ id: 'pc-05', title: 'released today', type: 'detention', start: '2025-01-01', end: TODAY },
	{
		id: 'pc-06',
		title: 'released later',
		type: 'imprisonment',
		start: '2025-02-01',
		end: '2027-01-01'
	},
	// Former: released yesterday, and with no end day (by the start).
	{
		id: 'pc-07',
		title: 'released yesterday',
		type: 'imprisonment',
		start: '2025-03-01',
		end: YESTERDAY
	},
	{ id: 'pc-08', title: 'former no end day', type: 'detention', start: '2023-06-01' },
	// Ties on the day: by title, then by id.
	{ id: 'pc-10', title: 'same title', type: 'detention', start: '2021-01-01', end: '2022-02-02' },
	{
		id: 'pc-09',
		title: 'same title',
		type: 'imprisonment',
		start: '2021-01-01',
		end: '2022-02-02'
	},
	{
		id: 'pc-11',
		title: 'another title',
		type: 'detention',
		start: '2021-01-01',
		end: '2022-02-02'
	},
	// A former case with no end day ties with one released that day.
	{ id: 'pc-12', title: 'tie by start', type: 'imprisonment', start: '2022-02-02' },
	// A custody case with no dates at all.
	{ id: 'pc-13', title: 'undated', type: 'detention' },
	// Many former cases of both types, so pages run past the held ones.
	...Array.from({ length: 24 }, (_, i) => ({
		id: `pc-${String(20 + i)}`,
		title: `former ${String(i % 5)}`,
		type: custody(i),
		start: `20${String(10 + (i % 7)).padStart(2, '0')}-01-01`,
		end:
			i % 3 === 0
				? undefined
				: `20${String(11 + (i % 7)).padStart(2, '0')}-0${String(1 + (i % 4))}-15`
	})),
	// Not political prisoners: other types (the most recent and ongoing), hidden custody cases,
	// another country's.
	{
		id: 'pc-90',
		title: 'a restriction',
		type: 'activity_restriction',
		start: '2026-01-01',
		ongoing: true
	},
	{
		id: 'pc-91',
		title: 'a prosecution',
		type: 'prosecution',
		start: '2026-02-01',
		end: '2026-12-01'
	},
	{
		id: 'pc-92',
		title: 'a draft',
		type: 'imprisonment',
		start: '2026-01-01',
		ongoing: true,
		hidden: 'draft'
	},
	{
		id: 'pc-93',
		title: 'trashed',
		type: 'detention',
		start: '2025-01-01',
		end: '2025-06-01',
		hidden: 'trashed'
	},
	{
		id: 'pc-94',
		title: 'elsewhere',
		type: 'imprisonment',
		start: '2026-01-01',
		ongoing: true,
		country: 'xq-country'
	}
];

/** The list's rule applied by hand. SQLite sorts an absent day last, PostgreSQL first. */
function expectedOrder(dialect: Dialect, today = TODAY): string[] {
	const shown = SPECS.filter(
		(s) =>
			(s.type === 'imprisonment' || s.type === 'detention') &&
			!s.hidden &&
			(s.country ?? COUNTRY) === COUNTRY
	);
	const held = (s: Spec) => s.ongoing === true || (s.end ?? '') >= today;
	const day = (s: Spec) => s.end ?? s.start ?? null;
	const absent = dialect === 'sqlite' ? 1 : -1;
	return shown
		.sort((a, b) => {
			if (held(a) !== held(b)) return held(a) ? -1 : 1;
			const da = day(a);
			const db = day(b);
			if (da !== db) {
				if (da === null) return absent;
				if (db === null) return -absent;
				return da > db ? -1 : 1;
			}
			if (a.title !== b.title) return a.title < b.title ? -1 : 1;
			return a.id < b.id ? -1 : 1;
		})
		.map((s) => s.id);
}

describeEachDatabase('political prisoners in order, page by page', ({ db, dialect }) => {
	let expected: string[];

	beforeAll(async () => {
		const userId = randomUUID();
		const at = '2026-01-01T00:00:00.000Z';
		await insertUser(
			db(),
			{ id: userId, email: 'order@example.org', display_name: 'Researcher', role: 'editor' },
			at
		);
		const written = { at, userId, internalNotes: '' };
		for (const [id, code] of [
			[COUNTRY, 'XP'],
			['xq-country', 'XQ']
		] as const) {
			await db()
				.insertInto('countries')
				.values({
					id,
					code,
					name: `Prisonland ${code} (fictional)`,
					is_fictional: 1,
					...workflowColumns('published', written)
				})
				.execute();
		}
		for (const s of SPECS) {
			const date = (p: 'start' | 'end', day: string | undefined) =>
				day === undefined
					? {}
					: {
							[`${p}_text`]: day,
							[`${p}_precision`]: 'day',
							[`${p}_earliest`]: day,
							[`${p}_latest`]: day
						};
			const row: Insertable<Database['cases']> = {
				id: s.id,
				country_id: s.country ?? COUNTRY,
				title: s.title,
				case_type: s.type,
				ongoing: s.ongoing ? 1 : 0,
				...date('start', s.start),
				...date('end', s.end),
				...workflowColumns(
					s.hidden === 'draft' ? 'draft' : 'published',
					written,
					s.hidden === 'trashed'
				)
			};
			await db().insertInto('cases').values(row).execute();
		}
		expected = expectedOrder(dialect);
	});

	it('has held and former cases, more than a page of each kind', () => {
		expect(expected.slice(0, 6)).toEqual(['pc-06', 'pc-05', 'pc-03', 'pc-02', 'pc-01', 'pc-04']);
		expect(expected).toContain('pc-07');
		expect(expected.length).toBeGreaterThan(30);
	});

	it('lists every page in the one order, held first, for any page size and offset', async () => {
		for (const limit of [1, 2, 5, 6, 13, 100]) {
			for (let offset = 0; offset <= expected.length + 2; offset++) {
				const items = await listPrisonerItems(db(), COUNTRY, { today: TODAY, limit, offset });
				expect(
					items.map((p) => p.caseId),
					`limit ${String(limit)}, offset ${String(offset)}`
				).toEqual(expected.slice(offset, offset + limit));
			}
		}
	});

	it('counts a case released today as held and one released yesterday as former', async () => {
		const items = await listPrisonerItems(db(), COUNTRY, { today: TODAY, limit: 100 });
		const byId = new Map(items.map((p) => [p.caseId, p]));
		expect(byId.get('pc-05')?.current).toBe(true);
		expect(byId.get('pc-05')?.release).toBeNull();
		expect(byId.get('pc-07')?.current).toBe(false);
		expect(byId.get('pc-07')?.release?.latest).toBe(YESTERDAY);
		expect(byId.get('pc-08')?.current).toBe(false);
		expect(items.filter((p) => p.current).map((p) => p.caseId)).toEqual(expected.slice(0, 6));
	});

	it('gives the list with its counts (as a briefing pack reads it) past the held ones', async () => {
		const list = await listPoliticalPrisoners(db(), COUNTRY, { today: TODAY, limit: 5, offset: 4 });
		expect(list).toMatchObject({ total: expected.length, current: 6, former: expected.length - 6 });
		expect(list.items.map((p) => p.caseId)).toEqual(expected.slice(4, 9));
		const beyond = await listPoliticalPrisoners(db(), COUNTRY, {
			today: TODAY,
			limit: 5,
			offset: expected.length
		});
		expect(beyond.items).toEqual([]);
	});

	it('shows the first of them on the country page, and the next day moves a release', async () => {
		const page = await getPublicCountryPage(db(), 'xp', { today: TODAY });
		expect(page?.prisoners.items.map((p) => p.caseId)).toEqual(expected.slice(0, 6));
		expect(page?.prisoners).toMatchObject({ total: expected.length, current: 6 });
		const few = await getPublicCountryPage(db(), 'xp', {
			today: TODAY,
			limits: { ...COUNTRY_PAGE_LIMITS, prisoners: 3 }
		});
		expect(few?.prisoners.items.map((p) => p.caseId)).toEqual(expected.slice(0, 3));
		// The day after: the release of today is former, and sorts among the former by its day.
		const next = expectedOrder(dialect, '2026-03-11');
		expect(next.slice(0, 5)).toEqual(['pc-06', 'pc-03', 'pc-02', 'pc-01', 'pc-04']);
		expect(next.indexOf('pc-05')).toBeLessThan(next.indexOf('pc-07'));
		const tomorrow = await listPrisonerItems(db(), COUNTRY, { today: '2026-03-11', limit: 8 });
		expect(tomorrow.map((p) => p.caseId)).toEqual(next.slice(0, 8));
		expect(tomorrow.find((p) => p.caseId === 'pc-05')?.current).toBe(false);
	});
});
