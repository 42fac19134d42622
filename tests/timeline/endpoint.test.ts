import { beforeEach, beforeAll, expect, it } from 'vitest';
import { answerCountryTimeline } from '../../src/lib/server/http/open-data';
import { getPublicCountryPage } from '../../src/lib/server/public/country-page';
import { clearPublicCaches } from '../../src/lib/server/public/memo';
import type { TimelineData } from '../../src/lib/timeline/types';
import { DEFAULT_VIEW, type ViewState } from '../../src/lib/timeline/url';
import { describeEachDatabase } from '../helpers/databases';
import { MARKER, seed, type Ids } from './seed';

/*
 * GET /countries/[code]/timeline.json, the timeline alone for one view, as the country page's
 * timeline fetches it when the reader zooms, pans or filters. Asked through the function the
 * route hands its request to, on the Testland of seed.ts (drafts and internal fields marked).
 */

type Answer = TimelineData & { view: ViewState; notices: string[] };

describeEachDatabase('the country timeline endpoint', ({ db }) => {
	let ids: Ids;
	beforeAll(async () => {
		ids = await seed(db());
	});
	// Answers are memoised per code and view; each database (and test) reads its own.
	beforeEach(() => clearPublicCaches());

	async function get(query = '', code = 'xt', headers: Record<string, string> = {}) {
		const url = new URL(`http://localhost/countries/${code}/timeline.json${query}`);
		const response = await answerCountryTimeline(db(), new Request(url, { headers }), url, code);
		const text = response.status === 304 ? '' : await response.text();
		return { response, text, body: text ? (JSON.parse(text) as Answer) : null };
	}

	it('answers the timeline the country page draws for the same view, published records only', async () => {
		const { response, text, body } = await get();
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
		expect(Object.keys(body ?? {}).sort()).toEqual(
			['buckets', 'events', 'extent', 'notices', 'overview', 'themes', 'view', 'window'].sort()
		);
		expect(body?.events.map((e) => e.id).sort()).toEqual(
			[ids.pledge, ids.banned, ids.engagement].sort()
		);
		expect(body?.events.find((e) => e.id === ids.pledge)?.contradictedBy).toEqual([ids.banned]);
		expect(body?.view).toEqual(DEFAULT_VIEW);
		expect(body?.notices).toEqual([]);
		expect(text).not.toContain(MARKER);

		const page = await getPublicCountryPage(db(), 'XT');
		const { view: _view, notices: _notices, ...timeline } = body as Answer;
		expect(timeline).toEqual(JSON.parse(JSON.stringify(page?.timeline)));
	});

	it('applies the window, theme and type filters of the page URL', async () => {
		const year = await get('?from=2020&to=2020');
		expect(year.body?.window).toEqual({ from: '2020-01-01', to: '2020-12-31' });
		expect(year.body?.events.map((e) => e.id).sort()).toEqual([ids.banned, ids.engagement].sort());

		const themed = await get('?theme=assembly');
		expect(themed.body?.view.themes).toEqual(['assembly']);
		expect(themed.body?.events.map((e) => e.kind).sort()).toEqual(['case', 'engagement', 'pledge']);
		const untagged = await get('?theme=media');
		// Engagements carry no themes, so they stay; the assembly-tagged pledge and case go.
		expect(untagged.body?.events.map((e) => e.id)).toEqual([ids.engagement]);

		const types = await get('?type=pledge&type=party_ban');
		expect(types.body?.events.map((e) => e.id).sort()).toEqual([ids.pledge, ids.banned].sort());
		expect(JSON.stringify([year.body, themed.body, untagged.body, types.body])).not.toContain(
			MARKER
		);
	});

	it('answers a malformed view with the default and notices, as the page does', async () => {
		const { response, body } = await get('?from=yesterday&type=nonsense&event=x');
		expect(response.status).toBe(200);
		expect(body?.view).toEqual(DEFAULT_VIEW);
		expect(body?.notices).toHaveLength(2);
		expect(body?.notices[0]).toContain('“yesterday” is not a date');
	});

	it('revalidates with the ETag', async () => {
		const first = await get('?type=case');
		const etag = first.response.headers.get('etag') ?? '';
		expect(etag).toMatch(/^"[\w-]+"$/);
		const again = await get('?type=case', 'xt', { 'if-none-match': etag });
		expect(again.response.status).toBe(304);
	});

	it('answers compact JSON whose ETag changes with the data, and only with it', async () => {
		const first = await get('?from=2020&to=2020');
		// The same data as any layout of it, in the fewest bytes (no indentation to build or send).
		expect(first.text).toBe(JSON.stringify(first.body));
		const etag = first.response.headers.get('etag') ?? '';
		expect((await get('?from=2020&to=2020')).response.headers.get('etag')).toBe(etag);

		const title = async (value: string) => {
			await db().updateTable('cases').set({ title: value }).where('id', '=', ids.banned).execute();
			clearPublicCaches();
		};
		const { title: before } = await db()
			.selectFrom('cases')
			.select('title')
			.where('id', '=', ids.banned)
			.executeTakeFirstOrThrow();
		await title(`${before} (renamed)`);
		try {
			const renamed = await get('?from=2020&to=2020', 'xt', { 'if-none-match': etag });
			expect(renamed.response.status).toBe(200);
			expect(renamed.response.headers.get('etag')).not.toBe(etag);
			expect(renamed.body?.events.find((e) => e.id === ids.banned)?.title).toBe(
				`${before} (renamed)`
			);
		} finally {
			await title(before);
		}
		expect((await get('?from=2020&to=2020')).response.headers.get('etag')).toBe(etag);
	});

	it('answers 404 for a code that names no published country', async () => {
		const unknown = await get('', 'zz');
		expect(unknown.response.status).toBe(404);
		expect(unknown.body).toMatchObject({ error: 'not_found' });
		await db()
			.insertInto('countries')
			.values({
				id: 'xu-draft',
				code: 'XU',
				name: `${MARKER} draft country`,
				is_fictional: 1,
				status: 'draft',
				internal_notes: MARKER,
				created_at: '2024-01-01T00:00:00.000Z',
				updated_at: '2024-01-01T00:00:00.000Z'
			})
			.execute();
		const draft = await get('', 'xu');
		expect(draft.response.status).toBe(404);
		expect(draft.text).not.toContain(MARKER);
	});
});
