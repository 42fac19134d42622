import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../../src/lib/server/auth/passwords.js';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { sealTotpKey } from '../../src/lib/server/auth/totp.js';
import type { Role } from '../../src/lib/server/db/schema.js';
import type { AppServer } from './app-server.js';
import type { Authenticator } from './authenticator.js';

/*
 * Staff accounts for browser tests: users written straight into the test server's database
 * (two-factor keys sealed with the server's key, as it stores them), and a signed-in browser
 * context for one of them, going through the real sign-in pages.
 */

export const STAFF_PASSWORD = 'amber kettle over seven hills';

export async function addStaffUser(
	app: Pick<AppServer, 'db' | 'secretKey'>,
	user: { email: string; role: Role; name: string; totpKey?: Uint8Array }
): Promise<string> {
	const at = new Date().toISOString();
	const id = crypto.randomUUID();
	await app.db
		.insertInto('users')
		.values({
			id,
			email: user.email,
			display_name: user.name,
			role: user.role,
			password_hash: await hashPassword(STAFF_PASSWORD),
			totp_key: user.totpKey ? sealTotpKey(user.totpKey, id, app.secretKey) : null,
			totp_enabled: user.totpKey ? 1 : 0,
			created_at: at,
			updated_at: at
		})
		.execute();
	return id;
}

/**
 * A staff member with two-factor sign-in on and the given interface language, signed in:
 * the session cookie their requests carry. The name is Cyrillic, as people write it, so that a
 * test of the Russian or Kazakh interface finds only interface words in English.
 */
export async function signedInStaff(
	app: Pick<AppServer, 'db' | 'secretKey'>,
	user: { email: string; role: Role; language: 'en' | 'ru' | 'kk'; name?: string }
): Promise<{ id: string; cookie: string }> {
	const id = await addStaffUser(app, {
		email: user.email,
		role: user.role,
		name: user.name ?? 'Сотрудник Тестовый',
		totpKey: crypto.getRandomValues(new Uint8Array(20))
	});
	await app.db
		.updateTable('users')
		.set({ interface_language: user.language })
		.where('id', '=', id)
		.execute();
	const { token } = await createSession(app.db, id, { twoFactorVerified: true });
	return { id, cookie: `pledgewatch_session=${token}` };
}

/** Waits until the page has loaded and hydrated, so clicks reach a live page. */
export async function settled(page: Page): Promise<void> {
	await page.waitForLoadState('networkidle');
}

/** A browser context signed in as `email` (with a code from `app` when it has two-factor). */
export async function signInContext(
	browser: Browser,
	app: AppServer,
	email: string,
	authenticatorApp?: Authenticator
): Promise<BrowserContext> {
	const context = await browser.newContext({ baseURL: app.url });
	const page = await context.newPage();
	await page.goto('/login');
	await settled(page);
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill(STAFF_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	if (authenticatorApp) {
		await page.waitForURL(/\/login\/two-factor/);
		await settled(page);
		// No waiting for a fresh 30-second step (authenticator.ts): the test server forgets
		// which step this user last used, so the current step's code is accepted again.
		await app.db
			.updateTable('users')
			.set({ totp_last_step: null })
			.where('email', '=', email)
			.execute();
		await page.getByLabel('Code').fill(await authenticatorApp.code());
		await page.getByRole('button', { name: 'Continue' }).click();
	}
	await page.waitForURL((url) => !url.pathname.startsWith('/login'));
	await page.close();
	return context;
}

/**
 * Collects console errors and uncaught exceptions of a page (a page that renders on the server
 * and then fails to hydrate shows up here), for a test to assert there are none.
 */
export function watchConsole(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	return problems;
}
