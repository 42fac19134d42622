import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateHOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { launchBrowser } from '../helpers/browser.js';
import { startAppServer, type AppServer } from '../helpers/app-server.js';

/*
 * The whole account journey in a real browser: the first admin signs in and enrols
 * two-factor, invites a researcher; the researcher sets a password, enrols two-factor,
 * signs out, signs in with password and code, sees what a researcher may and not what an
 * admin may, and signs out.
 */

const ADMIN_EMAIL = 'first.admin@example.org';
const ADMIN_PASSWORD = 'lantern orbit forty meadow';
const RESEARCHER_PASSWORD = 'quiet harbour under tall cedars';

/** The code an authenticator app would show `offset` steps from now. */
function totp(displayedKey: string, offset = 0): string {
	const key = decodeBase32IgnorePadding(displayedKey.replace(/\s+/g, ''));
	const step = Math.floor(Date.now() / 30_000) + offset;
	return generateHOTP(key, BigInt(step), 6);
}

/*
 * Waits until the page has loaded and hydrated (its scripts fetched), so typing is not
 * undone by hydration and clicks reach a live page.
 */
async function settled(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
}

async function visit(page: Page, path: string): Promise<number> {
	const response = await page.goto(path);
	await settled(page);
	return response?.status() ?? 0;
}

async function submit(page: Page, button: string, url: RegExp): Promise<void> {
	await Promise.all([page.waitForURL(url), page.getByRole('button', { name: button }).click()]);
	await settled(page);
}

async function enrolTwoFactor(page: Page): Promise<string> {
	// Showing the page stores nothing; the key is made when set-up starts.
	await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
	await page.getByRole('img', { name: /QR code/ }).waitFor();
	const key = (await page.getByTestId('totp-key').textContent()) ?? '';
	expect(key).toMatch(/^[A-Z2-7 ]{32,}$/);
	await page.getByLabel('Code from your app').fill(totp(key));
	await submit(page, 'Turn on two-factor sign-in', /\/account\/two-factor/);
	await page.getByTestId('recovery-codes').waitFor();
	expect(await page.getByTestId('recovery-codes').locator('li').count()).toBe(10);
	return key;
}

describe('accounts in the browser', { timeout: 120_000 }, () => {
	let app: AppServer;
	let browser: Browser;
	const violations: string[] = [];

	beforeAll(async () => {
		app = await startAppServer({
			env: {
				ADMIN_EMAIL,
				ADMIN_PASSWORD,
				PLEDGEWATCH_SKIP_DEMO: '1'
			}
		});
		browser = await launchBrowser();
	}, 120_000);

	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	function watch(page: Page) {
		page.on('console', (message) => {
			if (/Content.Security.Policy|Refused to/i.test(message.text()))
				violations.push(message.text());
		});
	}

	let inviteLink = '';

	it('the first admin signs in, must enrol two-factor, and invites a researcher', async () => {
		const context = await browser.newContext({ baseURL: app.url });
		const page = await context.newPage();
		watch(page);

		await visit(page, '/workspace');
		await page.waitForURL(/\/login\?next=%2Fworkspace/);
		await page.getByLabel('Email address').fill(ADMIN_EMAIL);
		await page.getByLabel('Password').fill('not the password at all');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.getByRole('alert').waitFor();
		await settled(page);
		expect(await page.getByRole('alert').textContent()).toContain('do not match an account');

		await page.getByLabel('Email address').fill(ADMIN_EMAIL);
		await page.getByLabel('Password').fill(ADMIN_PASSWORD);
		await submit(page, 'Sign in', /\/account\/two-factor/);
		// Until enrolment is done, staff pages send the admin back here.
		await visit(page, '/admin/users');
		await page.waitForURL(/\/account\/two-factor/);
		await enrolTwoFactor(page);

		await visit(page, '/admin/invites');
		await page.getByLabel('Email address').fill('new.researcher@example.org');
		await page.locator('input[name=role][value=researcher]').check();
		await submit(page, 'Create invite link', /\/admin\/invites/);
		inviteLink = (await page.getByTestId('invite-link').textContent()) ?? '';
		expect(inviteLink).toMatch(/\/invite\/[a-z2-7]+\.[a-z2-7]+$/);

		const headers = (await page.goto('/admin/users'))?.headers() ?? {};
		expect(headers['cache-control']).toBe('no-store');
		expect(headers['content-security-policy']).toMatch(/object-src 'none'/);
		expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
		expect(headers['x-content-type-options']).toBe('nosniff');
		await context.close();
	});

	it('the researcher accepts the invite, enrols, signs out and signs in again with a code', async () => {
		const context = await browser.newContext({ baseURL: app.url });
		const page = await context.newPage();
		watch(page);

		await visit(page, inviteLink);
		await page.getByLabel('Your name').fill('Rosa Researcher');
		await page.getByLabel(/^Password/).fill(RESEARCHER_PASSWORD);
		await page.getByLabel('The same password again').fill(RESEARCHER_PASSWORD);
		await submit(page, 'Create my account', /\/account\/two-factor\?welcome=1/);
		const key = await enrolTwoFactor(page);

		await visit(page, '/workspace');
		expect(await page.getByTestId('role').textContent()).toBe('Researcher');
		await submit(page, 'Sign out', /\/$/);

		// Signed out: the workspace asks for sign-in again; the used invite link does not work twice.
		await visit(page, '/workspace');
		await page.waitForURL(/\/login/);
		await visit(page, inviteLink);
		expect(await page.getByRole('alert').textContent()).toContain('already been used');

		await visit(page, '/login');
		await page.getByLabel('Email address').fill('new.researcher@example.org');
		await page.getByLabel('Password').fill(RESEARCHER_PASSWORD);
		await submit(page, 'Sign in', /\/login\/two-factor/);
		// The enrolment code's time step is spent; the app's next code is accepted.
		await page.getByLabel('Code').fill(totp(key, 1));
		await submit(page, 'Continue', /\/workspace/);
		expect(await page.getByTestId('role').textContent()).toBe('Researcher');

		// A researcher reaches the workspace and account pages; admin pages say they are not for them.
		expect(await visit(page, '/account/sessions')).toBe(200);
		expect(await page.getByText('(this browser)').count()).toBe(1);
		expect(await visit(page, '/admin/users')).toBe(403);
		expect(await visit(page, '/admin/audit')).toBe(403);

		await visit(page, '/workspace');
		await submit(page, 'Sign out', /\/$/);
		await visit(page, '/account');
		await page.waitForURL(/\/login/);
		await context.close();
	});

	it('the audit log recorded the journey, and no page broke the Content Security Policy', async () => {
		const actions = await app.db
			.selectFrom('audit_events')
			.select(['action', 'outcome'])
			.orderBy('occurred_at')
			.execute();
		const seen = actions.map((a) => `${a.action}:${a.outcome}`);
		for (const expected of [
			'signin:failure',
			'signin:success',
			'signin.two-factor:success',
			'invite.create:success',
			'invite.redeem:success',
			'signout:success',
			'access.denied:denied'
		]) {
			expect(seen).toContain(expected);
		}
		expect(violations).toEqual([]);
	});
});
