import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { watchConsole } from './staff.js';

/* The system's Chromium (never a downloaded one), headless, with the flags that suit containers. */
export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
}

/** Keeps a full-page picture of `page` as `name`.png in SCREENSHOT_DIR, when that is set. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
	const dir = process.env.SCREENSHOT_DIR;
	if (dir) await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/**
 * A page in a new context of `browser` at `baseURL` (with further context `options`), and the
 * console errors and uncaught exceptions it raises (watchConsole), for a test to assert none.
 */
export async function watchedPage(
	browser: Browser,
	baseURL: string,
	options: BrowserContextOptions = {}
) {
	const context = await browser.newContext({ baseURL, ...options });
	const page = await context.newPage();
	return { context, page, problems: watchConsole(page) };
}
