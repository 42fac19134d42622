import { beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../helpers/databases.js';
import { RATING_LABELS } from '../../src/lib/labels.js';
import { deleteCase } from '../../src/lib/server/repositories/cases.js';
import { getCurrentRating } from '../../src/lib/server/repositories/assessments.js';
import { searchRecords } from '../../src/lib/server/search/index.js';
import { KINDS, kindBySlug } from '../../src/lib/server/workspace/kinds/index.js';
import type { ListRow, WorkspaceKind } from '../../src/lib/server/workspace/kinds/index.js';
import {
	PAGE_SIZE,
	listPage,
	rowsOf,
	searchOptionsFor
} from '../../src/lib/server/workspace/list-page.js';
import { parseListQuery } from '../../src/lib/workspace/list-query.js';
import { addUser } from './fixture.js';
import { countingQueries } from '../helpers/counting-queries.js';
import { PER_KIND, seedSearchableLists } from './searchable-fixture.js';

/*
 * Searched lists read their rows for the whole page at once: the same rows, cells and order as
 * reading each found record on its own, in a number of queries that does not grow with the
 * page. Fictional Testland data only.
 */

const SEARCHABLE = KINDS.filter((k) => k.searchType);
const QUERIES = ['q=fictional&sort=title', 'q=fictional&sort=title&page=2', 'q=fictional', ''];

describeEachDatabase('searched workspace lists', { fresh: 'test' }, ({ db }) => {
	beforeEach(async () => {
		const researcher = await addUser(db(), 'researcher', 'Rita Test');
		await seedSearchableLists(db(), researcher.userId);
	}, 60_000);

	/* The rows as the list used to read them: each found record on its own, with its join rows. */
	async function oneByOne(kind: WorkspaceKind, params: URLSearchParams): Promise<ListRow[]> {
		const query = parseListQuery(params);
		const found = await searchRecords(db(), {
			...searchOptionsFor(kind, query),
			limit: PAGE_SIZE + 1,
			offset: (query.page - 1) * PAGE_SIZE
		});
		const rows: ListRow[] = [];
		for (const item of found.items.slice(0, PAGE_SIZE)) {
			const record = await kind.get(db(), item.id);
			const listed =
				kind.type === 'pledge'
					? { ...record, current_rating: (await getCurrentRating(db(), item.id)).rating }
					: record;
			const row = kind.row(listed);
			rows.push(
				query.q ? { ...row, titleSegments: item.titleSegments, snippet: item.snippet } : row
			);
		}
		return rows;
	}

	it('every searchable kind lists the same rows, in the same order, with the same cells', async () => {
		for (const kind of SEARCHABLE) {
			for (const qs of QUERIES) {
				const params = new URLSearchParams(qs);
				const page = await listPage(db(), kind, params);
				expect(page.rows.length, `${kind.slug}?${qs}`).toBeGreaterThan(0);
				expect(page.rows, `${kind.slug}?${qs}`).toEqual(await oneByOne(kind, params));
			}
		}
	});

	it("a pledge's row shows its current rating: the latest assessment not in the trash", async () => {
		// Sorted by title, the three named pledges follow the 27 numbered ones.
		const params = new URLSearchParams('q=fictional&sort=title&page=2');
		const page = await listPage(db(), kindBySlug('pledges')!, params);
		const rating = (title: string) => page.rows.find((r) => r.title === title)?.cells[1];
		expect(rating('Fictional pledge unrated')).toBe(RATING_LABELS.not_yet_rated);
		expect(rating('Fictional pledge re-rated in a draft')).toBe(RATING_LABELS.in_the_works);
		expect(rating('Fictional pledge whose newer rating was trashed')).toBe(RATING_LABELS.kept);
	});

	it('a searched page takes as many queries for 25 rows as for 5', async () => {
		const counting = countingQueries(db());
		for (const kind of SEARCHABLE) {
			const counts: number[] = [];
			const sizes: number[] = [];
			for (const pageNumber of [1, 2]) {
				counting.reset();
				const page = await listPage(
					counting.db,
					kind,
					new URLSearchParams(`q=fictional&sort=title&page=${pageNumber}`)
				);
				counts.push(counting.count());
				sizes.push(page.rows.length);
			}
			// 25 rows, then the 5 left (6 for sources: the generator adds one).
			expect(sizes[0], kind.slug).toBe(PAGE_SIZE);
			expect(sizes[1], kind.slug).toBeGreaterThanOrEqual(PER_KIND - PAGE_SIZE);
			expect(sizes[1], kind.slug).toBeLessThanOrEqual(PER_KIND - PAGE_SIZE + 1);
			expect(counts[0], kind.slug).toBe(counts[1]);
			// Countries and themes for the filters, whether any translation exists (the search
			// then also matches translations' words), the search with its documents and
			// highlights, the rows, and the pledges' ratings: 7 or 8. (Reading rows one by one
			// took 31 to 109.)
			expect(counts[0], kind.slug).toBeLessThanOrEqual(8);
		}
	});

	it('a found record trashed or gone before its row is read is left out, the rest in order', async () => {
		const cases = kindBySlug('cases')!;
		const trashed = await deleteCase(db(), 'xt-case-1', null);
		const rows = await rowsOf(db(), cases, ['xt-case-3', 'no-such-case', trashed.id, 'xt-case-2']);
		expect(rows.map((r) => r.id)).toEqual(['xt-case-3', 'xt-case-2']);
	});
});
