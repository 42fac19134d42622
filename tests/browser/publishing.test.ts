import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { keepScreenshot, launchBrowser } from '../helpers/browser.js';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { authenticator } from '../helpers/authenticator.js';
import { addStaffUser, settled, signInContext, watchConsole } from '../helpers/staff.js';
import { generateTotpKey } from '../../src/lib/server/auth/totp.js';
import { citeSource } from '../../src/lib/server/repositories/citations.js';
import { createCountry, setCountryStatus } from '../../src/lib/server/repositories/countries.js';
import { createSource, setSourceStatus } from '../../src/lib/server/repositories/sources.js';
import { saveRecord } from '../../src/lib/server/workspace/editing.js';
import { caseKind } from '../../src/lib/server/workspace/kinds/case.js';
import { moveRecord } from '../../src/lib/server/workspace/workflow.js';

/*
 * Publishing in the browser, on the fictional country Testland (XT): an editor sees the draft
 * person a case names listed with its Publish button and publishes both, and the public case
 * page then names the person; an editor who wrote a case finds Publish disabled with the
 * reason beside it; an editor sends a case back to draft with a comment that the researcher
 * reads in their drafts and on the record. Set SCREENSHOT_DIR to keep screenshots of each.
 * Every name here is made up.
 */

describe('publishing in the browser', () => {
	let app: AppServer;
	let browser: Browser;
	let editor: BrowserContext;
	let researcher: BrowserContext;
	let researcherId: string;
	let editorId: string;
	let countryId: string;
	let sourceId: string;
	let n = 0;

	beforeAll(async () => {
		app = await startAppServer({ env: { PLEDGEWATCH_SKIP_DEMO: '1' } });
		browser = await launchBrowser();
		const key = generateTotpKey();
		editorId = await addStaffUser(app, {
			email: 'eddie.editor@example.org',
			role: 'editor',
			name: 'Eddie Editor',
			totpKey: key
		});
		researcherId = await addStaffUser(app, {
			email: 'rita.researcher@example.org',
			role: 'researcher',
			name: 'Rita Researcher'
		});
		const country = await createCountry(
			app.db,
			{ code: 'XT', name: 'Testland', is_fictional: true, summary: 'Fictional, for tests.' },
			researcherId
		);
		await setCountryStatus(app.db, country.id, country.version, 'published', null);
		countryId = country.id;
		const source = await createSource(
			app.db,
			{ title: 'Testland monitor report (fictional)', kind: 'report' },
			researcherId
		);
		await setSourceStatus(app.db, source.id, source.version, 'published', null);
		sourceId = source.id;
		editor = await signInContext(browser, app, 'eddie.editor@example.org', authenticator(key));
		researcher = await signInContext(browser, app, 'rita.researcher@example.org');
	}, 180_000);

	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	/** A cited case in review by `userId`, naming a person created in its form. */
	async function caseInReview(userId: string, person: string) {
		n += 1;
		const outcome = await saveRecord(
			app.db,
			caseKind,
			(() => {
				const form = new FormData();
				const fields: Record<string, string> = {
					title: `Browser publishing case ${n} (fictional)`,
					case_type: 'imprisonment',
					country_id: countryId,
					start: '2020',
					end: 'ongoing',
					verification: 'reported',
					affected: `new:person:${person}`
				};
				for (const [k, v] of Object.entries(fields)) form.append(k, v);
				return form;
			})(),
			{ userId, confirmedNotDuplicate: true }
		);
		if (outcome.kind !== 'saved') throw new Error(outcome.kind);
		await citeSource(
			app.db,
			{ source_id: sourceId, record_type: 'case', record_id: outcome.id },
			userId
		);
		const record = await caseKind.get(app.db, outcome.id);
		await moveRecord(app.db, caseKind, outcome.id, record.version, 'submit', {
			actor: { userId, email: 'x@example.org', role: 'researcher', stage: 'full' }
		});
		return outcome.id;
	}

	it('an editor sees the draft person the case names and publishes both; the public page names them', async () => {
		const person = 'Pat Prisoner (fictional)';
		const id = await caseInReview(researcherId, person);
		const page = await editor.newPage();
		const problems = watchConsole(page);
		await page.goto(`/workspace/cases/${id}`);
		await settled(page);
		const listed = page.getByRole('group', { name: 'Not published yet, but named in this case' });
		await expect(listed.getByRole('link', { name: `person “${person}”` }).count()).resolves.toBe(1);
		const together = listed.getByRole('checkbox', { name: 'Publish these with it' });
		expect(await together.isChecked()).toBe(true);
		await keepScreenshot(page, 'publish-with-linked');
		await Promise.all([
			page.waitForURL(/moved=publish/),
			page.getByRole('button', { name: 'Publish', exact: true }).click()
		]);
		await settled(page);
		await page.goto(`/countries/xt/cases/${id}`);
		await settled(page);
		expect(await page.locator('main').textContent()).toContain(person);
		expect(problems).toEqual([]);
		await page.close();
	});

	it('an editor who wrote the case finds Publish disabled, with the reason beside it', async () => {
		const id = await caseInReview(editorId, 'Sam Sentenced (fictional)');
		const page = await editor.newPage();
		const problems = watchConsole(page);
		await page.goto(`/workspace/cases/${id}`);
		await settled(page);
		const publish = page.getByRole('button', { name: 'Publish', exact: true });
		expect(await publish.isDisabled()).toBe(true);
		const describedBy = await publish.getAttribute('aria-describedby');
		const reason = await page.locator(`#${describedBy}`).textContent();
		expect(reason).toContain('someone else must publish it (four-eyes rule)');
		await keepScreenshot(page, 'publish-disabled');
		expect(problems).toEqual([]);
		await page.close();
	});

	it('an editor sends a case back with a comment; the researcher reads it in drafts and on the record', async () => {
		const id = await caseInReview(researcherId, 'Kim Kept (fictional)');
		const comment = 'Add the court document for the sentence, then submit again.';
		const page = await editor.newPage();
		const problems = watchConsole(page);
		await page.goto(`/workspace/cases/${id}`);
		await settled(page);
		await page.getByLabel('Why it goes back to draft').fill(comment);
		await Promise.all([
			page.waitForURL(/moved=withdraw/),
			page.getByRole('button', { name: 'Back to draft' }).click()
		]);
		await settled(page);
		expect(problems).toEqual([]);
		await page.close();

		const mine = await researcher.newPage();
		const own = watchConsole(mine);
		await mine.goto('/workspace/drafts');
		await settled(mine);
		const row = mine.getByRole('row').filter({ hasText: `Browser publishing case ${n}` });
		expect(await row.textContent()).toContain(`Sent back to draft by Eddie Editor: “${comment}”`);
		await keepScreenshot(mine, 'drafts-with-comment');
		await mine.goto(`/workspace/cases/${id}`);
		await settled(mine);
		expect(
			await mine.getByRole('note', { name: 'Comment on going back to draft' }).textContent()
		).toContain(comment);
		expect(own).toEqual([]);
		await mine.close();
	});
});
