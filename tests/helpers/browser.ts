import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

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
