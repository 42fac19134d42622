import fs from 'node:fs';
import mammoth from 'mammoth';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { addStaffUser, settled, signInContext, watchConsole } from '../helpers/staff.js';
import { authenticator } from '../helpers/authenticator.js';
import { generateTotpKey } from '../../src/lib/server/auth/totp.js';

/*
 * An advocacy director (an editor) builds the Kazakhstan pack for President Tokayev's visit to
 * Brussels (25-26 November 2021) from the demo record, moves an ask up by keyboard (focus
 * stays on it), edits it, saves, issues it as an internal pack (a public one needs a second
 * editor: four eyes) and downloads both files, which open. The screenshots are for a person
 * to look at.
 */

describe('building a briefing pack in the browser', () => {
	let app: AppServer;
	let browser: Browser;
	// Editors sign in with a second factor.
	const key = generateTotpKey();
	// A pledge a researcher has drafted but nobody has published: only an internal pack takes it.
	const draftPledge = 'Kazakhstan pledge still in draft (test record)';

	beforeAll(async () => {
		app = await startAppServer({});
		browser = await launchBrowser();
		await addStaffUser(app, {
			email: 'director@example.org',
			role: 'editor',
			name: 'Director',
			totpKey: key
		});
		const kz = await app.db
			.selectFrom('countries')
			.where('code', '=', 'KZ')
			.select('id')
			.executeTakeFirstOrThrow();
		const at = new Date().toISOString();
		await app.db
			.insertInto('pledges')
			.values({
				id: 'test-draft-pledge',
				country_id: kz.id,
				title: draftPledge,
				made_text: '2021-10',
				made_precision: 'month',
				made_earliest: '2021-10-01',
				made_latest: '2021-10-31',
				status: 'draft',
				created_at: at,
				updated_at: at
			})
			.execute();
	}, 180_000);

	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	it('builds, reorders by keyboard, edits, issues and downloads the November 2021 pack', async () => {
		const context = await signInContext(browser, app, 'director@example.org', authenticator(key));
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
		await page.getByLabel('Internal: for staff only').check();
		// An internal pack offers the unpublished records to tick in; a public one does not.
		const tick = () => page.getByLabel(`${draftPledge} (draft)`);
		await tick().check();
		await page.locator('input[name="classification"][value="public"]').check();
		await expect.poll(() => tick().count()).toBe(0);
		await page.getByLabel('Internal: for staff only').check();
		await tick().check();
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

		await page.getByRole('button', { name: 'Issue internal pack' }).click();
		await page.waitForLoadState('networkidle');
		await settled(page);
		await expect.poll(() => page.getByRole('link', { name: 'Download PDF' }).count()).toBe(1);
		await page.screenshot({ path: 'test-results/briefings-issued.png', fullPage: true });
		const download = async (name: string) => {
			const href = await page.getByRole('link', { name }).getAttribute('href');
			const response = await context.request.get(new URL(href ?? '', app.url).toString());
			expect(response.status()).toBe(200);
			return response.body();
		};
		const pdf = await download('Download PDF');
		fs.writeFileSync('test-results/briefing-pack.pdf', pdf);
		const parser = new PDFParse({ data: new Uint8Array(pdf) });
		const { text } = await parser.getText();
		await parser.destroy();
		// Lines wrap in the PDF; its words read in order.
		expect(text.replace(/\s+/g, ' ')).toContain('Raise it first.');
		expect(text).toContain('Internal');
		expect(text.replace(/\s+/g, ' ')).toContain(draftPledge);
		expect(text.replace(/\s+/g, ' ')).toContain('Not published (draft): internal only');
		const docx = await download('Download Word (.docx)');
		const { value: words } = await mammoth.extractRawText({ buffer: docx });
		expect(words).toContain(`${second} Raise it first.`);
		expect(words).toContain(draftPledge);
		// The page shows each file's SHA-256, and the bytes downloaded are those.
		const shown = await page.locator('.pack-downloads code').allTextContents();
		const { createHash } = await import('node:crypto');
		expect(shown).toEqual([
			createHash('sha256').update(pdf).digest('hex'),
			createHash('sha256').update(docx).digest('hex')
		]);
		expect(problems).toEqual([]);

		// The same pack in Russian: the director picks the language; both files download in it.
		await page.goto('/workspace/briefings');
		await settled(page);
		await page.getByLabel('Country').selectOption('KZ');
		await page.getByLabel('An engagement on the record').selectOption('kz-eng-tokayev-visit-2021');
		await page.getByLabel('Language of the pack').selectOption('ru');
		await page.getByLabel('Internal: for staff only').check();
		await page.getByRole('button', { name: 'Build draft' }).click();
		await page.waitForURL(/\/workspace\/briefings\/[^/]+$/);
		await settled(page);
		await expect
			.poll(() => page.locator('#pack-title').textContent())
			.toContain('Брифинг: Казахстан');
		await page.getByRole('button', { name: 'Issue internal pack' }).click();
		await page.waitForLoadState('networkidle');
		await expect.poll(() => page.getByRole('link', { name: 'Download PDF' }).count()).toBe(1);
		const russianPdf = await download('Download PDF');
		const russianParser = new PDFParse({ data: new Uint8Array(russianPdf) });
		const russianText = (await russianParser.getText()).text;
		await russianParser.destroy();
		expect(russianText).toContain('Сводка');
		expect(russianText).toContain('Страница 1 из');
		const russianDocx = await download('Download Word (.docx)');
		const { value: russianWords } = await mammoth.extractRawText({ buffer: russianDocx });
		expect(russianWords).toContain('Рекомендуемые требования');
		expect(problems).toEqual([]);

		// The demo's public pack, as a signed-out reader finds it from the country page.
		const reader = await browser.newContext({ baseURL: app.url });
		const publicPage = await reader.newPage();
		const readerProblems = watchConsole(publicPage);
		await publicPage.goto('/countries/kz');
		await settled(publicPage);
		await publicPage.locator('#briefings').getByRole('link').first().click();
		await publicPage.waitForURL(/\/countries\/kz\/briefings\/kz-pack-tokayev-visit-2021$/);
		await settled(publicPage);
		await expect
			.poll(() => publicPage.getByRole('heading', { level: 1 }).textContent())
			.toContain('Briefing on Kazakhstan: President Tokayev visits Brussels');
		await publicPage.screenshot({ path: 'test-results/briefings-public.png', fullPage: true });
		expect(readerProblems).toEqual([]);
		await reader.close();
		await context.close();
	}, 120_000);
});
