import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { authenticator } from '../helpers/authenticator.js';
import { addStaffUser, settled, signInContext, watchConsole } from '../helpers/staff.js';
import { generateTotpKey } from '../../src/lib/server/auth/totp.js';
import { recordAudit } from '../../src/lib/server/audit.js';

/*
 * Admin pages after hydration: the audit log renders on the server, and must still show its
 * rows once the browser has hydrated it, on every page of it and with a filter, with no console
 * error. (It once rendered rows on the server and lost them in the browser.)
 */

describe('admin pages in the browser', () => {
	let app: AppServer;
	let browser: Browser;
	let admin: BrowserContext;

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
});
