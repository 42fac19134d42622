import { render } from 'svelte/server';
import { beforeAll, expect, it } from 'vitest';
import Timeline from '../../src/lib/components/timeline/Timeline.svelte';
import { listApiCases } from '../../src/lib/server/public/api';
import { parseApiQuery } from '../../src/lib/server/public/api-params';
import { getPublicCountryTimeline } from '../../src/lib/server/public/timeline';
import { loadDemo } from '../../src/lib/server/seed/demo';
import type { TimelineData } from '../../src/lib/timeline/types';
import { DEFAULT_VIEW } from '../../src/lib/timeline/url';
import { describeEachDatabase } from '../helpers/databases';

/*
 * The demo's Kazakhstan timeline as a reader meets it five years after its sources: ongoing
 * cases known as of their latest source and assumed after it, a default view that ends near
 * the latest dated event, and the undated cases ("by November 2021") never drawn on each other.
 */

const TODAY = '2026-11-30';

function marksOf(svg: string) {
	return [...svg.matchAll(/<g class="mark[^"]*"[^>]*data-item="([^"]+)"[\s\S]*?<\/g>/g)].map(
		(m) => {
			const symbol = /class="symbol"[^>]*transform="translate\(([\d.-]+),([\d.-]+)\)"/.exec(m[0]);
			return { id: m[1] ?? '', body: m[0], x: Number(symbol?.[1]), y: Number(symbol?.[2]) };
		}
	);
}

describeEachDatabase('the demo timeline, known versus assumed', ({ db }) => {
	let data: TimelineData;
	let body: string;
	beforeAll(async () => {
		await loadDemo(db());
		const found = await getPublicCountryTimeline(db(), 'kz', DEFAULT_VIEW, { today: TODAY });
		if (!found) throw new Error('the demo country is not published');
		data = found;
		body = render(Timeline, {
			props: { ...data, today: TODAY, width: 960 }
		}).body;
	});

	it('ends the default view shortly after the latest dated event, not at today', () => {
		expect(data.window?.to ?? '').toMatch(/^202[12]-/);
		expect(data.extent?.to ?? '').toMatch(/^2021-/);
		expect(body).not.toMatch(/Showing [^<]*202[4-7]/);
	});

	it('draws an ongoing case solid to its latest source and dashed after, and says so', () => {
		const dispersal = data.events.find((e) => e.id === 'kz-case-protest-dispersal');
		expect(dispersal?.ongoingAsOf?.text).toMatch(/^2021-11/);
		const mark = marksOf(body).find((m) => m.id === 'kz-case-protest-dispersal');
		const known = /class="bar known[^"]*" d="M([\d.]+),[\d.]+H([\d.]+)"/.exec(mark?.body ?? '');
		const assumed = /class="bar assumed[^"]*" d="M([\d.]+),[\d.]+H([\d.]+)/.exec(mark?.body ?? '');
		expect(known, 'a solid part up to the latest source').not.toBeNull();
		expect(assumed, 'a dashed part after it').not.toBeNull();
		expect(Number(assumed?.[1])).toBeCloseTo(Number(known?.[2]), 1);
		expect(Number(assumed?.[2])).toBeGreaterThan(Number(assumed?.[1]));
		// The panel and the table read the same words (describe.ts); the table needs no script.
		expect(body).toContain('ongoing as of November 2021 (latest source)');
		expect(body).toContain('Dashed: ongoing assumed after the latest source');
	});

	it('never draws two marks of a lane on each other, undated ones included', () => {
		const marks = marksOf(body);
		expect(marks.length).toBe(data.events.length);
		for (const [i, a] of marks.entries()) {
			for (const b of marks.slice(i + 1)) {
				const hidden = Math.abs(a.x - b.x) < 14 && Math.abs(a.y - b.y) < 14;
				expect(hidden, `${a.id} and ${b.id} overlap at ${a.x},${a.y}`).toBe(false);
			}
		}
	});

	it('gives ongoing cases their "as of" in the API', async () => {
		const parsed = parseApiQuery('cases', new URLSearchParams('country=kz&limit=500'));
		if (!parsed.ok) throw new Error('bad query');
		const page = await listApiCases(db(), parsed.query);
		const dispersal = page.items.find((c) => c.id === 'kz-case-protest-dispersal');
		expect(dispersal?.ongoingAsOf).toMatchObject({ text: expect.stringMatching(/^2021-11/) });
		const ended = page.items.find((c) => !c.ongoing);
		expect(ended?.ongoingAsOf).toBeNull();
	});
});
