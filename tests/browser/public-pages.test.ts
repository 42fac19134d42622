import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { generateFictional } from '../../src/lib/server/generate/fictional.js';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { config, makeUser } from '../auth/fixtures.js';
import { launchBrowser, watchedPage } from '../helpers/browser.js';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { axeViolations } from '../helpers/axe.js';

/*
 * The public pages in Chromium: the country page with and without JavaScript, the timeline's
 * keyboard order and its hover/focus connectors, and an axe-core scan of every kind of page.
 */

/** The day each published KZ record is anchored at on the timeline: its earliest possible start. */
async function anchorDays(app: AppServer): Promise<Map<string, string>> {
	const [cases, pledges, engagements] = await Promise.all([
		app.db
			.selectFrom('cases')
			.select(['id', 'start_earliest', 'start_latest', 'end_earliest', 'end_latest'])
			.execute(),
		app.db.selectFrom('pledges').select(['id', 'made_earliest', 'made_latest']).execute(),
		app.db
			.selectFrom('engagements')
			.select(['id', 'start_earliest', 'start_latest', 'end_earliest', 'end_latest'])
			.execute()
	]);
	const anchors = new Map<string, string>();
	for (const r of [...cases, ...engagements])
		anchors.set(r.id, r.start_earliest ?? r.start_latest ?? r.end_earliest ?? r.end_latest ?? '');
	for (const r of pledges) anchors.set(r.id, r.made_earliest ?? r.made_latest ?? '');
	return anchors;
}

describe('public pages in the browser', { timeout: 120_000 }, () => {
	let app: AppServer;
	let browser: Browser;

	beforeAll(async () => {
		app = await startAppServer({ env: { PLEDGEWATCH_SKIP_DEMO: '1' } });
		await loadDemo(app.db);
		await generateFictional(app.db, { cases: 400, seed: 11 });
		browser = await launchBrowser();
	}, 180_000);

	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	it('reads the country page without JavaScript: figures, timeline, cards, no-JS zoom', async () => {
		const context = await browser.newContext({ baseURL: app.url, javaScriptEnabled: false });
		const page = await context.newPage();
		const response = await page.goto('/countries/kz');
		expect(response?.status()).toBe(200);
		expect(response?.headers()['cache-control']).toMatch(/^public, max-age=\d+/);
		expect(response?.headers()['etag']).toMatch(/^"[\w-]+"$/);
		await expect(page.locator('h1').textContent()).resolves.toContain('Kazakhstan');
		await expect(
			page.getByRole('heading', { name: 'How these figures are computed' }).count()
		).resolves.toBe(1);
		const marks = page.locator('figure.timeline svg [data-item], figure.timeline svg .mark');
		expect(await marks.count()).toBeGreaterThan(5);
		await expect(page.locator('#prisoners').textContent()).resolves.toContain('Max Bokaev');
		// The zoom controls are plain links that put the view in the URL.
		await page.getByRole('link', { name: /Zoom in/ }).click();
		expect(new URL(page.url()).searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(await page.locator('figure.timeline svg .mark').count()).toBeGreaterThan(0);
		// A malformed view still opens the page, with a visible notice.
		const bad = await page.goto('/countries/kz?from=yesterday&type=nonsense');
		expect(bad?.status()).toBe(200);
		await expect(page.locator('figure.timeline .notice').count()).resolves.toBe(2);
		await context.close();
	});

	it('on a 390 px phone: pledges first after At a glance, long sections folded, timeline labels whole or shortened and no mark on another', async () => {
		const { context, page, problems } = await watchedPage(browser, app.url, {
			viewport: { width: 390, height: 844 }
		});
		await page.goto('/countries/kz', { waitUntil: 'networkidle' });
		await page.locator('figure.timeline svg.chart .mark').first().waitFor();

		const tops = await page.evaluate(() => {
			const top = (selector: string) => {
				const el = document.querySelector(selector);
				return el ? el.getBoundingClientRect().top + window.scrollY : null;
			};
			return {
				glance: top('.glance'),
				pledges: top('#pledges'),
				timeline: top('figure.timeline'),
				prisoners: top('#prisoners'),
				cases: top('#cases')
			};
		});
		expect(tops.pledges).toBeGreaterThan(tops.glance ?? Infinity);
		expect(tops.pledges).toBeLessThan(tops.timeline ?? -Infinity);
		expect(tops.pledges).toBeLessThan(tops.prisoners ?? -Infinity);
		expect(tops.pledges).toBeLessThan(tops.cases ?? -Infinity);
		// Long sections fold; the first ones are open. Folding needs no script (<details>).
		expect(await page.locator('#pledges > details[open]').count()).toBe(1);
		expect(await page.locator('#sources > details:not([open])').count()).toBe(1);

		const chart = await page.locator('figure.timeline svg.chart').boundingBox();
		const labels = await page.locator('figure.timeline svg.chart .label').evaluateAll((els) =>
			els.map((el) => {
				const r = el.getBoundingClientRect();
				const name = el.closest('[aria-label]')?.getAttribute('aria-label') ?? '';
				return { text: el.textContent ?? '', name, left: r.left, right: r.right };
			})
		);
		expect(labels.length).toBeGreaterThan(0);
		for (const label of labels) {
			// Inside the chart, never cut by its edge; shortened only at a word, with an ellipsis.
			expect(label.left, label.text).toBeGreaterThanOrEqual((chart?.x ?? 0) - 1);
			expect(label.right, label.text).toBeLessThanOrEqual(
				(chart?.x ?? 0) + (chart?.width ?? 0) + 1
			);
			const words = label.text.replace(/…$/, '');
			expect(label.name, label.text).toContain(words);
		}

		const symbols = await page
			.locator('figure.timeline svg.chart .mark .symbol')
			.evaluateAll((els) =>
				els.map((el) => {
					const r = el.getBoundingClientRect();
					return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
				})
			);
		for (const [i, a] of symbols.entries()) {
			for (const b of symbols.slice(i + 1)) {
				expect(Math.abs(a.x - b.x) < 8 && Math.abs(a.y - b.y) < 8).toBe(false);
			}
		}
		expect(problems).toEqual([]);
		await context.close();
	});

	it('walks the timeline marks with Tab in time order, and lights up connectors on hover and focus', async () => {
		const context = await browser.newContext({
			baseURL: app.url,
			viewport: { width: 1280, height: 900 }
		});
		const page = await context.newPage();
		await page.goto('/countries/kz');
		await page.waitForLoadState('networkidle');
		const items = page.locator('figure.timeline svg [data-item]');
		const count = await items.count();
		expect(count).toBeGreaterThan(5);

		await items.first().focus();
		const visited: { id: string; x: number }[] = [];
		for (let i = 0; i < count; i++) {
			visited.push(
				await page.evaluate(() => {
					const el = document.activeElement as SVGGElement;
					const symbol = el.querySelector('.symbol') ?? el;
					const box = symbol.getBoundingClientRect();
					return { id: el.getAttribute('data-item') ?? '', x: box.x + box.width / 2 };
				})
			);
			if (i < count - 1) await page.keyboard.press('Tab');
		}
		const domOrder = await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-item')));
		expect(visited.map((v) => v.id)).toEqual(domOrder);
		expect(new Set(visited.map((v) => v.id)).size).toBe(count);
		// Time order: by the earliest day each event could have begun, as the database holds it.
		const anchors = await anchorDays(app);
		const days = visited.map((v) => anchors.get(v.id) ?? '');
		expect(days.every(Boolean)).toBe(true);
		expect([...days].sort()).toEqual(days);

		// The assembly-law pledge is contradicted by the dispersal case: hover joins them.
		const pledge = page.locator('figure.timeline [data-item="kz-pledge-assembly-law"]');
		expect(await page.locator('figure.timeline .connector').count()).toBe(0);
		await pledge.hover();
		await expect.poll(() => page.locator('figure.timeline .connector').count()).toBeGreaterThan(0);
		expect(await page.locator('figure.timeline .mark.lit').count()).toBeGreaterThan(1);
		await page.mouse.move(0, 0);
		await expect.poll(() => page.locator('figure.timeline .connector').count()).toBe(0);
		await pledge.focus();
		await expect.poll(() => page.locator('figure.timeline .connector').count()).toBeGreaterThan(0);

		// The wheel zooms once d3-zoom has loaded (fetched when a pointer first nears the chart).
		await page.locator('figure.timeline svg.chart').hover();
		await page.waitForLoadState('networkidle');
		await page.mouse.wheel(0, -400);
		await page.waitForURL(/[?&]from=/);
		await context.close();
	});

	it('fetches only the timeline for a zoom or a filter, never the page data, and the URL reproduces the view', async () => {
		const { context, page, problems } = await watchedPage(browser, app.url, {
			viewport: { width: 1280, height: 900 }
		});
		// Testland's case lane is too full to draw, so its counts split into marks only when
		// the zoomed view's data arrives.
		await page.goto('/countries/xt');
		await page.waitForLoadState('networkidle');
		const requested: string[] = [];
		page.on('request', (r) => {
			const url = new URL(r.url());
			requested.push(url.pathname + url.search);
		});
		const timelineData = (match: string) =>
			requested.filter((u) => u.startsWith('/countries/xt/timeline.json?') && u.includes(match));

		const marks = page.locator('figure.timeline svg .mark');
		const caseMarks = async () =>
			(await marks.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).filter(
				(label) => label?.startsWith('Case')
			).length;
		expect(await caseMarks()).toBe(0);
		await page.locator('figure.timeline svg .bucket').first().click();
		await page.waitForURL(/[?&]from=\d{4}-\d{2}-\d{2}/);
		await expect.poll(() => timelineData('from=').length).toBe(1);
		await expect.poll(caseMarks).toBeGreaterThan(0);

		await page.locator('figure.timeline details.filters summary').click();
		await page.locator('figure.timeline input[name="type"][value="pledge"]').check();
		await page.locator('figure.timeline details.filters button[type="submit"]').click();
		await page.waitForURL(/[?&]type=pledge/);
		await expect.poll(() => timelineData('type=pledge').length).toBe(1);
		await expect.poll(caseMarks).toBe(0);
		await page.waitForLoadState('networkidle');

		expect(requested.filter((u) => u.includes('__data.json'))).toEqual([]);
		expect(problems).toEqual([]);

		// The address now holds the view: the server draws the same figure for it.
		const view = async () => ({
			period: await page.locator('figure.timeline .period').textContent(),
			marks: await marks.evaluateAll((els) => els.map((e) => e.getAttribute('data-item')))
		});
		const shown = await view();
		expect(shown.marks.length).toBeGreaterThan(0);
		await page.reload();
		await page.waitForLoadState('networkidle');
		expect(await view()).toEqual(shown);
		await context.close();
	});

	it(
		'has no axe-core violations on the home, country, list and detail pages',
		{ timeout: 180_000 },
		async () => {
			// The same walk fails on any console error after hydration, not only on axe findings.
			const { context, page, problems } = await watchedPage(browser, app.url, { bypassCSP: true });
			const law = await app.db
				.selectFrom('laws')
				.select('id')
				.where('status', '=', 'published')
				.executeTakeFirstOrThrow();
			const engagement = await app.db
				.selectFrom('engagements')
				.select('id')
				.where('id', 'like', 'kz-%')
				.executeTakeFirstOrThrow();
			const paths = [
				'/',
				'/countries/kz',
				'/countries/xt',
				'/countries/xt/cases?page=2',
				'/countries/kz/cases/kz-case-bokaev-imprisonment',
				'/countries/kz/pledges/kz-pledge-assembly-law',
				`/countries/kz/engagements/${engagement.id}`,
				`/countries/kz/laws/${law.id}`,
				'/open-data'
			];
			const found: string[] = [];
			for (const p of paths) {
				const response = await page.goto(p);
				expect(response?.status(), p).toBe(200);
				await page.waitForLoadState('networkidle');
				found.push(...(await axeViolations(page)).map((v) => `${p}: ${v}`));
			}
			expect(found).toEqual([]);
			expect(problems).toEqual([]);
			await context.close();
		}
	);

	it(
		'answers an unknown or unpublished record with the helpful 404',
		{ timeout: 60_000 },
		async () => {
			const draft = await app.db
				.selectFrom('cases')
				.select('id')
				.where('status', '!=', 'published')
				.executeTakeFirstOrThrow();
			for (const p of ['/countries/kz/cases/no-such-case', `/countries/xt/cases/${draft.id}`]) {
				const response = await fetch(`${app.url}${p}`);
				expect(response.status).toBe(404);
				expect(await response.text()).toContain('may not be published yet');
			}
		}
	);

	it('caches signed-out pages publicly with an ETag, and never a signed-in one', async () => {
		const anonymous = await fetch(`${app.url}/countries/kz`);
		expect(anonymous.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
		expect(anonymous.headers.get('vary')).toMatch(/cookie/i);
		const etag = anonymous.headers.get('etag') ?? '';
		expect(etag).not.toBe('');
		const again = await fetch(`${app.url}/countries/kz`, { headers: { 'if-none-match': etag } });
		expect(again.status).toBe(304);

		const user = await makeUser(app.db, 'viewer');
		const { token } = await createSession(app.db, user.id, { twoFactorVerified: false, config });
		const signedIn = await fetch(`${app.url}/countries/kz`, {
			headers: { cookie: `pledgewatch_session=${token}` }
		});
		expect(signedIn.status).toBe(200);
		expect(signedIn.headers.get('cache-control')).toBe('no-store');
		// Their page differs (the header's account link), so it must not answer the public tag.
		expect(signedIn.headers.get('etag')).not.toBe(etag);
	});
});
