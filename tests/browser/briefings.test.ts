import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { addStaffUser, settled, signInContext, watchConsole } from '../helpers/staff.js';

/*
 * A researcher builds the Kazakhstan pack for President Tokayev's visit to Brussels (25-26
 * November 2021) from the demo record, moves an ask up by keyboard (focus stays on it),
 * edits it and saves. The screenshots are for a person to look at.
 */

describe('building a briefing pack in the browser', () => {
	let app: AppServer;
	let browser: Browser;

	beforeAll(async () => {
		app = await startAppServer({});
		browser = await launchBrowser();
		await addStaffUser(app, {
			email: 'director@example.org',
			role: 'researcher',
			name: 'Director'
		});
	}, 180_000);

	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	it('builds, reorders by keyboard, edits and saves the November 2021 pack', async () => {
		const context = await signInContext(browser, app, 'director@example.org');
		const page = await context.newPage();
		const problems = watchConsole(page);
		await page.goto('/workspace');
		await settled(page);
		await page.getByRole('link', { name: 'Briefing packs' }).click();
		await page.waitForURL(/\/workspace\/briefings$/);
		await settled(page);
		await page.getByLabel('Country').selectOption('KZ');
		await page.getByLabel('An engagement on the record').selectOption('kz-eng-tokayev-visit-2021');
		await page.getByLabel('From', { exact: true }).fill('2016-01-01');
		await page.getByLabel('To', { exact: true }).fill('2021-11-26');
		await page.screenshot({ path: 'test-results/briefings-new.png', fullPage: true });
		await page.getByRole('button', { name: 'Build draft' }).click();
		await page.waitForURL(/\/workspace\/briefings\/[^/]+$/);
		await settled(page);

		const second = await page.locator('#ask-text-1').inputValue();
		await page.getByRole('button', { name: 'Move up ask 2' }).focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/moved=0/);
		await settled(page);
		expect(await page.locator('#ask-text-0').inputValue()).toBe(second);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('ask-text-0');

		await page.locator('#ask-text-0').fill(`${second} Raise it first.`);
		await page.getByRole('button', { name: 'Save draft' }).click();
		await page.waitForLoadState('networkidle');
		await page.reload();
		expect(await page.locator('#ask-text-0').inputValue()).toBe(`${second} Raise it first.`);
		await page.screenshot({ path: 'test-results/briefings-draft.png', fullPage: true });
		expect(problems).toEqual([]);
		await context.close();
	}, 120_000);
});
