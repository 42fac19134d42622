import { getRandomValues } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generateHOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { keepScreenshot, launchBrowser } from '../helpers/browser.js';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { authenticator } from '../helpers/authenticator.js';
import { addStaffUser, settled, signInContext, watchConsole } from '../helpers/staff.js';

/*
 * Account and admin forms with JavaScript on submit in place through SvelteKit's enhance (a
 * fetch carrying x-sveltekit-action, not a page load), show their answer where the form is,
 * and raise no console error. Set SCREENSHOT_DIR to keep a picture of each page after it has
 * hydrated. Users live at example.org.
 */

const ADMIN = 'forms.admin@example.org';
const RESEARCHER = 'forms.researcher@example.org';
const VIEWER = 'forms.viewer@example.org';

/* Every form POST the page makes, and whether it went through enhance. */
function formPosts(page: Page): { path: string; enhanced: boolean }[] {
	const posts: { path: string; enhanced: boolean }[] = [];
	page.on('request', (request) => {
		if (request.method() !== 'POST') return;
		const url = new URL(request.url());
		posts.push({
			path: url.pathname + url.search,
			enhanced:
				request.resourceType() === 'fetch' && request.headers()['x-sveltekit-action'] === 'true'
		});
	});
	return posts;
}

/* Goes to `to` and waits for hydration, keeping a picture named `shot` when asked to. */
async function visit(page: Page, to: string, shot: string): Promise<void> {
	await page.goto(to);
	await settled(page);
	await keepScreenshot(page, shot);
}

/* A new page of `context` at `to`, watched for console errors and form posts. */
async function open(context: BrowserContext, to: string, shot: string) {
	const page = await context.newPage();
	const problems = watchConsole(page);
	const posts = formPosts(page);
	await visit(page, to, shot);
	return { page, problems, posts };
}

describe('account and admin forms in the browser', { timeout: 120_000 }, () => {
	let app: AppServer;
	let browser: Browser;
	let admin: BrowserContext;
	let researcher: BrowserContext;

	beforeAll(async () => {
		const key = getRandomValues(new Uint8Array(20));
		[app, browser] = await Promise.all([
			startAppServer({ env: { PLEDGEWATCH_SKIP_DEMO: '1' } }),
			launchBrowser()
		]);
		for (const user of [
			{ email: ADMIN, role: 'admin', name: 'Forms Admin', totpKey: key },
			{ email: RESEARCHER, role: 'researcher', name: 'Forms Researcher' },
			{ email: VIEWER, role: 'viewer', name: 'Forms Viewer' }
		] as const)
			await addStaffUser(app, user);
		admin = await signInContext(browser, app, ADMIN, authenticator(key));
		researcher = await signInContext(browser, app, RESEARCHER);
	}, 180_000);

	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	it('an admin saves a setting and invites someone in place', async () => {
		const { page, problems, posts } = await open(admin, '/admin/settings', 'admin-settings');
		await page.getByRole('checkbox', { name: /Four-eyes rule/ }).uncheck();
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toBe('The four-eyes rule is off.');
		// Kept as saved, not reset to how the page first showed it.
		expect(await page.getByRole('checkbox', { name: /Four-eyes rule/ }).isChecked()).toBe(false);

		await visit(page, '/admin/invites', 'admin-invites-before');
		await page.getByLabel('Email address').fill('invited.in.place@example.org');
		await page.locator('input[name=role][value=viewer]').check();
		await page.getByRole('button', { name: 'Create invite link' }).click();
		await page.getByTestId('invite-link').waitFor();
		// Ready for the next invite, with the role back at its default.
		expect(await page.getByLabel('Email address').inputValue()).toBe('');
		expect(await page.locator('input[name=role][value=researcher]').isChecked()).toBe(true);
		await page.getByRole('button', { name: 'Withdraw' }).click();
		await page.getByRole('cell', { name: 'revoked' }).waitFor();

		await visit(page, '/admin/users', 'admin-users');
		const row = page.getByRole('row', { name: /Forms Viewer/ });
		await row.getByLabel(`Role of ${VIEWER}`).selectOption('researcher');
		await row.getByRole('button', { name: 'Change' }).click();
		await page.getByText('Role changed.').waitFor();

		expect(posts.map((p) => p.path)).toEqual([
			'/admin/settings?/save',
			'/admin/invites?/create',
			'/admin/invites?/revoke',
			'/admin/users?/role'
		]);
		expect(posts.filter((p) => !p.enhanced)).toEqual([]);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('someone sets up two-factor sign-in in place, told when a code is wrong', async () => {
		const { page, problems, posts } = await open(
			researcher,
			'/account/two-factor',
			'two-factor-start'
		);
		await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
		await page.getByRole('img', { name: /QR code/ }).waitFor();
		const shown = (await page.getByTestId('totp-key').textContent()) ?? '';
		const key = decodeBase32IgnorePadding(shown.replace(/\s+/g, ''));
		const step = Math.floor(Date.now() / 30_000);
		const code = page.getByLabel('Code from your app');
		await code.fill('000000');
		await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
		await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/not right/);
		// What was typed stays for correcting.
		expect(await code.inputValue()).toBe('000000');
		await code.fill(generateHOTP(key, BigInt(step), 6));
		await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
		await page.getByTestId('recovery-codes').waitFor();

		expect(posts.map((p) => p.path)).toEqual([
			'/account/two-factor?/start',
			'/account/two-factor?/enrol',
			'/account/two-factor?/enrol'
		]);
		expect(posts.filter((p) => !p.enhanced)).toEqual([]);
		expect(problems).toEqual([]);

		await visit(page, '/account/sessions', 'account-sessions');
		expect(problems).toEqual([]);
		await page.close();
	});
});
