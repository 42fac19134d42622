import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { axeViolations } from '../helpers/axe.js';
import { launchBrowser, watchedPage } from '../helpers/browser.js';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';

/*
 * The country page in Russian and Kazakh in Chromium, on each database: the switcher keeps
 * the reader on the same page (and its timeline view) in the other language, the page
 * hydrates without a console error, the browser's language only suggests, a page downloads
 * the interface text of its own language only, and axe-core finds no violation.
 */

type Messages = Record<string, unknown>;
const messages = (lang: string) =>
	JSON.parse(readFileSync(`messages/${lang}.json`, 'utf8')) as Messages;

/*
 * Interface texts that can only be the one language's: plain (no placeholder, no escape),
 * Cyrillic, not the same in the other language, and long enough not to be part of other text.
 */
function ownTexts(lang: 'ru' | 'kk'): string[] {
	const own = messages(lang);
	const other = messages(lang === 'ru' ? 'kk' : 'ru');
	return Object.entries(own).flatMap(([key, text]) =>
		typeof text === 'string' &&
		text.length >= 12 &&
		/[\u0400-\u04ff]/.test(text) &&
		!/[{`\\\n]/.test(text) &&
		text !== other[key]
			? [text]
			: []
	);
}

/* The JavaScript a visit to a page downloads, until the network is idle, as one text. */
async function scriptsOf(page: Page, path: string): Promise<string> {
	const bodies: Promise<string>[] = [];
	page.on('response', (response) => {
		// A response still arriving as the page closes is no script the visit downloaded.
		if (response.request().resourceType() === 'script')
			bodies.push(response.text().catch(() => ''));
	});
	await page.goto(path, { waitUntil: 'networkidle' });
	return (await Promise.all(bodies)).join('\n');
}

for (const dialect of testDialects()) {
	describe(`languages in the browser [${dialect}]`, { timeout: 120_000 }, () => {
		let database: TestDatabase;
		let app: AppServer;
		let browser: Browser;

		beforeAll(async () => {
			database = await createTestDatabase(dialect);
			await loadDemo(database.db);
			app = await startAppServer({ databaseUrl: database.url });
			browser = await launchBrowser();
		}, 180_000);

		afterAll(async () => {
			await browser?.close();
			await app?.stop();
			await database?.drop();
		});

		it('switches /countries/kz to Russian and Kazakh on the same page, without console errors', async () => {
			const { context, page, problems } = await watchedPage(browser, app.url, { locale: 'ru-RU' });
			await page.goto('/countries/kz?from=2018-01-01&to=2021-12-31', {
				waitUntil: 'networkidle'
			});
			// A Russian browser is offered Russian, and stays where it is until it asks.
			const suggestion = page.locator('.language-suggestion');
			await suggestion.waitFor();
			await expect(suggestion.getAttribute('lang')).resolves.toBe('ru');
			expect(new URL(page.url()).pathname).toBe('/countries/kz');

			const switcher = page.getByRole('navigation', { name: 'Language' });
			await switcher.getByRole('link', { name: 'Русский' }).click();
			await page.waitForURL('**/ru/countries/kz?from=2018-01-01&to=2021-12-31');
			await page.waitForLoadState('networkidle');
			await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
			await expect(page.locator('h1').textContent()).resolves.toContain('Казахстан');
			await expect(
				page.getByRole('heading', { name: 'Как считаются эти цифры' }).count()
			).resolves.toBe(1);
			// The reader's language is the page's now: no suggestion.
			expect(await page.locator('.language-suggestion').count()).toBe(0);

			await page
				.getByRole('navigation', { name: 'Язык' })
				.getByRole('link', { name: 'Қазақша' })
				.click();
			await page.waitForURL('**/kk/countries/kz?from=2018-01-01&to=2021-12-31');
			await page.waitForLoadState('networkidle');
			await expect(page.locator('h1').textContent()).resolves.toContain('Қазақстан');
			// A link followed inside the page stays in Kazakh.
			await page
				.getByRole('link', { name: /Барлық жағдайлар|Max Bokaev imprisoned/ })
				.first()
				.click();
			await page.waitForURL('**/kk/countries/kz/**');
			await page.waitForLoadState('networkidle');
			await expect(page.locator('html').getAttribute('lang')).resolves.toBe('kk');
			expect(problems).toEqual([]);
			await context.close();
		});

		it(
			"downloads the interface text of the page's language only",
			{ timeout: 120_000 },
			async () => {
				const [ru, kk] = [ownTexts('ru'), ownTexts('kk')];
				expect(ru.length).toBeGreaterThan(500);
				expect(kk.length).toBeGreaterThan(500);
				const visit = async (path: string) => {
					const { context, page, problems } = await watchedPage(browser, app.url);
					const scripts = await scriptsOf(page, path);
					const heading = await page.locator('#method-title').textContent();
					await context.close();
					return {
						problems,
						heading: heading?.trim(),
						ru: ru.filter((text) => scripts.includes(text)),
						kk: kk.filter((text) => scripts.includes(text))
					};
				};
				const english = await visit('/countries/kz');
				expect(english).toMatchObject({ problems: [], ru: [], kk: [] });
				expect(english.heading).toBe('How these figures are computed');

				const russian = await visit('/ru/countries/kz');
				expect(russian).toMatchObject({ problems: [], heading: 'Как считаются эти цифры', kk: [] });
				// The Russian texts the page shows come with it (the interface texts, not all of them).
				expect(russian.ru).toContain('Как считаются эти цифры');

				const kazakh = await visit('/kk/countries/kz');
				expect(kazakh).toMatchObject({
					problems: [],
					heading: 'Бұл сандар қалай есептеледі',
					ru: []
				});
			}
		);

		it(
			'has no axe-core violations on the Russian and Kazakh pages',
			{ timeout: 180_000 },
			async () => {
				const { context, page, problems } = await watchedPage(browser, app.url, {
					bypassCSP: true
				});
				for (const path of [
					'/ru',
					'/ru/countries/kz',
					'/kk/countries/kz',
					'/kk/countries/kz/cases',
					'/ru/countries/kz/cases/kz-case-bokaev-imprisonment',
					'/kk/countries/kz/pledges/kz-pledge-assembly-law'
				]) {
					await page.goto(path, { waitUntil: 'networkidle' });
					expect(await axeViolations(page), path).toEqual([]);
				}
				expect(problems).toEqual([]);
				await context.close();
			}
		);
	});
}
