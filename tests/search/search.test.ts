import { beforeEach, expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDatabase } from '../helpers/databases.js';
import { searchRecordIds, searchRecords } from '../../src/lib/server/search/index.js';
import { COUNTRY, THEME, insertCase, seedSearchFixture } from './fixture.js';

function ids(result: { items: { id: string }[] }): string[] {
	return result.items.map((i) => i.id);
}

function matchedWords(segments: { text: string; match: boolean }[]): string[] {
	return segments.filter((s) => s.match).map((s) => s.text.toLowerCase());
}

describeEachDatabase('full-text search', { fresh: 'test' }, ({ db }) => {
	beforeEach(async () => {
		await seedSearchFixture(db());
	});

	it('ranks a title match above a description match', async () => {
		const result = await searchRecords(db(), { q: 'newspaper', types: ['case'] });
		// Both title matches (in either order) come before the description match.
		expect(ids(result).slice(0, 2).sort()).toEqual(['case-draft', 'case-title']);
		expect(ids(result)[2]).toBe('case-description');
		expect(result.total).toBe(3);
		const [first, , last] = result.items;
		expect(first!.rank).toBeGreaterThan(last!.rank);
	});

	it('marks the matched words in the title and the snippet', async () => {
		const result = await searchRecords(db(), { q: 'newspaper', types: ['case'] });
		const title = result.items.find((i) => i.id === 'case-title')!;
		expect(title.titleSegments.map((s) => s.text).join('')).toBe('Newspaper website blocked');
		expect(matchedWords(title.titleSegments)).toEqual(['newspaper']);
		const description = result.items.find((i) => i.id === 'case-description')!;
		expect(matchedWords(description.titleSegments)).toEqual([]);
		expect(matchedWords(description.snippet)).toEqual(['newspaper']);
		expect(description.snippet.map((s) => s.text).join('')).toContain('regional newspaper');
	});

	it('finds cases by the names of their actors and the titles of their sources', async () => {
		const byActor = await searchRecords(db(), { q: 'Testova', types: ['case'] });
		expect(ids(byActor)).toEqual(['case-actor']);
		expect(matchedWords(byActor.items[0]!.snippet)).toContain('testova');
		const bySource = await searchRecords(db(), { q: 'quarterly bulletin', types: ['case'] });
		expect(ids(bySource)).toEqual(['case-description']);
	});

	it('searches every record type and leaves the trash out unless asked', async () => {
		const result = await searchRecords(db(), { q: 'newspaper' });
		expect(result.items.map((i) => `${i.type}:${i.id}`)).toContain('pledge:pledge-newspaper');
		expect(ids(result)).not.toContain('case-deleted');
		const withTrash = await searchRecords(db(), { q: 'newspaper', includeDeleted: true });
		expect(ids(withTrash)).toContain('case-deleted');
		const actors = await searchRecords(db(), { q: 'free press', types: ['actor'] });
		expect(ids(actors)).toEqual(['xt-actor-press']);
	});

	it('combines filters with the text query', async () => {
		const two = await searchRecords(db(), {
			q: 'newspaper',
			caseType: 'website_blocking',
			verification: 'verified'
		});
		expect(ids(two)).toEqual(['case-title']);
		const theme = await searchRecords(db(), { q: 'newspaper', themeId: THEME });
		expect(ids(theme)).toEqual(['case-title']);
		const rating = await searchRecords(db(), { q: 'newspaper', rating: 'broken' });
		expect(ids(rating)).toEqual(['pledge-newspaper']);
		const drafts = await searchRecords(db(), { q: 'newspaper', status: 'draft' });
		expect(ids(drafts)).toEqual(['case-draft']);
		const window = await searchRecords(db(), {
			q: 'newspaper',
			types: ['case'],
			from: '2019-01-01',
			to: '2019-12-31'
		});
		expect(ids(window)).toEqual(['case-description']);
		const country = await searchRecords(db(), { q: 'newspaper', countryId: 'elsewhere' });
		expect(country).toEqual({ total: 0, items: [] });
	});

	it('lists filtered records without a text query, by date', async () => {
		const result = await searchRecords(db(), { types: ['case'], countryId: COUNTRY });
		expect(ids(result)).toEqual(['case-draft', 'case-actor', 'case-title', 'case-description']);
		expect(result.items[0]!.rank).toBe(0);
		expect(result.items[0]!.date).toEqual({ text: '2023', precision: 'year' });
	});

	it('reads OR, quoted phrases and exclusions like a web search box', async () => {
		expect(
			ids(await searchRecords(db(), { q: 'newspaper -editor', types: ['case'] })).sort()
		).toEqual(['case-draft', 'case-title']);
		expect(
			ids(await searchRecords(db(), { q: 'rally OR blocked', types: ['case'] })).sort()
		).toEqual(['case-actor', 'case-title']);
		expect(ids(await searchRecords(db(), { q: '"website blocked"', types: ['case'] }))).toEqual([
			'case-title'
		]);
		expect(ids(await searchRecords(db(), { q: '"blocked website"', types: ['case'] }))).toEqual([]);
	});

	it('finds a word by its beginning, as a person types it', async () => {
		await insertCase(db(), {
			id: 'prefix-probe',
			title: 'Activist Bokaevsky sentenced (fictional)',
			description: 'Held after the **Zhanaozenski** rally.'
		});
		for (const q of ['Boka', 'bokaevs', 'Bokaevsky', 'sentenc', 'zhanao', 'Boka sentenc']) {
			expect(ids(await searchRecords(db(), { q, types: ['case'] })), q).toEqual(['prefix-probe']);
		}
		// The match is marked on the whole word it began.
		const marked = await searchRecords(db(), { q: 'Boka', types: ['case'] });
		expect(matchedWords(marked.items[0]!.titleSegments)).toEqual(['bokaevsky']);
		// Quoted phrases and excluded words stay exact.
		expect(ids(await searchRecords(db(), { q: '"Boka"', types: ['case'] }))).toEqual([]);
		expect(ids(await searchRecords(db(), { q: 'sentenced -Bokaevsky', types: ['case'] }))).toEqual(
			[]
		);
	});

	it('shows snippets of Markdown descriptions as text', async () => {
		await insertCase(db(), {
			id: 'markdown-probe',
			title: 'Blogger questioned (fictional)',
			description:
				'Questioned **without a lawyer** about a [post](https://example.org/xt-post) on _Quillbook_.'
		});
		for (const q of ['lawyer', 'blogger']) {
			const [item] = (await searchRecords(db(), { q, types: ['case'] })).items;
			const snippet = item!.snippet.map((s) => s.text).join('');
			expect(snippet, q).toContain('without a lawyer');
			expect(snippet, q).toContain('about a post on Quillbook');
			expect(snippet, q).not.toMatch(/\*\*|\]\(|https:|_Quill/);
		}
	});

	it('pages through results without overlap', async () => {
		for (let i = 0; i < 25; i++) {
			await insertCase(db(), { id: `page-${i}`, title: `Pagination probe ${i}` });
		}
		const seen: string[] = [];
		for (const offset of [0, 10, 20]) {
			const page = await searchRecords(db(), { q: 'pagination', limit: 10, offset });
			expect(page.total).toBe(25);
			seen.push(...ids(page));
		}
		expect(seen).toHaveLength(25);
		expect(new Set(seen).size).toBe(25);
		const beyond = await searchRecords(db(), { q: 'pagination', limit: 10, offset: 40 });
		expect(beyond).toEqual({ total: 25, items: [] });
		expect(await searchRecordIds(db(), { q: 'pagination', limit: 1 })).toHaveLength(25);
	});

	it('treats injection attempts and search syntax as plain text', async () => {
		const attempts = [
			`newspaper' OR 1=1 --`,
			`newspaper"; drop table cases; --`,
			`"newspaper`,
			`newspaper*`,
			`NEAR(newspaper editor, 2)`,
			`title:newspaper`,
			`(newspaper) AND (`,
			`newspaper \\ \\"`,
			`^newspaper`,
			`newspaper -`,
			`' UNION SELECT id, email FROM users --`,
			`*`,
			`""`,
			`-`,
			`\u0000\u0002newspaper\u0003`,
			`newspaper OR`,
			`OR OR newspaper`
		];
		for (const q of attempts) {
			const result = await searchRecords(db(), { q, types: ['case'] });
			expect(result.items.every((i) => i.type === 'case')).toBe(true);
			// Where the rest of the input is punctuation or SQL-looking words the text cannot
			// contain, the word still finds its case; with extra words (drop, cases, title) it finds none.
			if (/newspaper/.test(q) && !/title:|NEAR|drop/.test(q)) {
				expect(ids(result), q).toContain('case-title');
			}
		}
		const stillThere = await sql<{ n: number }>`select count(*) as n from cases`.execute(db());
		expect(Number(stillThere.rows[0]!.n)).toBeGreaterThan(0);
		const users = await searchRecords(db(), { q: `' UNION SELECT id, email FROM users --` });
		expect(users.items.some((i) => i.title.includes('@'))).toBe(false);
	});

	it('keeps documents current when records, their actors and names change', async () => {
		await db()
			.updateTable('actors')
			.set({ name: 'Zhanar Renamed' })
			.where('id', '=', 'xt-actor-person')
			.execute();
		expect(
			ids(await searchRecords(db(), { q: 'Zhanar', types: ['case', 'pledge'] })).sort()
		).toEqual(['case-actor', 'pledge-newspaper']);
		await db().deleteFrom('case_actors').where('case_id', '=', 'case-actor').execute();
		expect(ids(await searchRecords(db(), { q: 'Zhanar', types: ['case'] }))).toEqual([]);
		await db()
			.updateTable('cases')
			.set({ title: 'Rally dispersed by riot police' })
			.where('id', '=', 'case-actor')
			.execute();
		expect(ids(await searchRecords(db(), { q: 'riot police' }))).toEqual(['case-actor']);
		await db()
			.updateTable('pledge_assessments')
			.set({ rating: 'kept' })
			.where('id', '=', 'assessment-1')
			.execute();
		expect(ids(await searchRecords(db(), { q: 'newspaper', rating: 'kept' }))).toEqual([
			'pledge-newspaper'
		]);
		await db().deleteFrom('cases').where('id', '=', 'case-actor').execute();
		expect(ids(await searchRecords(db(), { q: 'riot police' }))).toEqual([]);
	});

	it('rejects options it does not know how to read', async () => {
		await expect(searchRecords(db(), { q: 'x', limit: 0 })).rejects.toThrow();
		await expect(
			searchRecords(db(), { q: 'x', caseType: 'arson' as unknown as 'other' })
		).rejects.toThrow();
		await expect(searchRecords(db(), { q: 'x', from: '2021' })).rejects.toThrow();
	});
});
