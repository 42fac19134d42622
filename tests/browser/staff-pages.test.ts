import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { authenticator } from '../helpers/authenticator.js';
import { addStaffUser, settled, signInContext, watchConsole } from '../helpers/staff.js';
import { generateTotpKey } from '../../src/lib/server/auth/totp.js';
import { recordAudit } from '../../src/lib/server/audit.js';

/*
 * Staff pages after hydration. The audit log renders on the server, and must still show its
 * rows once the browser has hydrated it, on every page of it and with a filter, with no console
 * error (it once rendered rows on the server and lost them in the browser). A researcher's
 * menu offers only what a researcher can use, and a staff page beyond the role says so in
 * staff words rather than as a missing public page.
 */

describe('staff pages in the browser', () => {
	let app: AppServer;
	let browser: Browser;
	let admin: BrowserContext;
	let researcher: BrowserContext;

	beforeAll(async () => {
		app = await startAppServer({ env: { PLEDGEWATCH_SKIP_DEMO: '1' } });
		browser = await launchBrowser();
		const key = generateTotpKey();
		await addStaffUser(app, {
			email: 'ada.admin@example.org',
			role: 'admin',
			name: 'Ada Admin',
			totpKey: key
		});
		// More events than one page holds, so the log has an older page and a newer one.
		for (let i = 0; i < 120; i++) {
			await recordAudit(app.db, {
				action: 'export',
				outcome: 'success',
				actorEmail: 'ada.admin@example.org',
				targetType: 'case',
				detail: { rows: i }
			});
		}
		admin = await signInContext(browser, app, 'ada.admin@example.org', authenticator(key));
		await addStaffUser(app, {
			email: 'rory.researcher@example.org',
			role: 'researcher',
			name: 'Rory Researcher'
		});
		researcher = await signInContext(browser, app, 'rory.researcher@example.org');
	}, 120_000);

	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	it('the audit log keeps its rows after hydration, on every page and filtered', async () => {
		const page = await admin.newPage();
		const problems = watchConsole(page);
		// A filter that one page holds (no Newer, no Older) as well as a long log's pages.
		for (const path of [
			'/admin/audit?action=signin',
			'/admin/audit',
			'/admin/audit?page=2',
			'/admin/audit?action=export'
		]) {
			await page.goto(path);
			await settled(page);
			expect(await page.locator('tbody tr').count(), path).toBeGreaterThan(0);
		}
		// Paging by the buttons, as a user does, after hydration.
		await page.goto('/admin/audit');
		await settled(page);
		await Promise.all([
			page.waitForURL(/page=2/),
			page.getByRole('button', { name: 'Older' }).click()
		]);
		await settled(page);
		expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
		await expect(page.getByRole('button', { name: 'Newer' }).count()).resolves.toBe(1);
		expect(problems).toEqual([]);
		await page.close();
	});

	it("a researcher's menu offers only what a researcher can use; other staff pages say why not", async () => {
		const page = await researcher.newPage();
		const problems = watchConsole(page);
		await page.goto('/workspace');
		await settled(page);
		const menu = page.getByRole('navigation', { name: 'Workspace' });
		await expect(menu.getByRole('link', { name: 'My drafts' }).count()).resolves.toBe(1);
		await expect(menu.getByRole('link', { name: 'Review queue' }).count()).resolves.toBe(0);

		for (const path of ['/workspace/review', '/admin/users', '/admin/audit']) {
			const response = await page.goto(path);
			await settled(page);
			expect(response?.status(), path).toBe(403);
			const heading = await page.getByRole('heading', { level: 1 }).textContent();
			expect(heading, path).toBe('Not available to your role (Researcher)');
			const text = (await page.locator('main').textContent()) ?? '';
			expect(text, path).toContain('which role your work needs');
			// Not the public 404's words about unpublished records.
			expect(text, path).not.toMatch(/not be published/);
		}
		// 403 answers are console errors in Chromium ("Failed to load resource"); nothing else is.
		expect(problems.filter((p) => !/status of 403/.test(p))).toEqual([]);
		await page.close();
	});
});
