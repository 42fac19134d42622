import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { authenticator, type Authenticator } from '../helpers/authenticator.js';
import { generateTotpKey } from '../../src/lib/server/auth/totp.js';
import { addStaffUser, settled, signInContext, watchConsole } from '../helpers/staff.js';
import { createCountry, setCountryStatus } from '../../src/lib/server/repositories/countries.js';
import { createSource, setSourceStatus } from '../../src/lib/server/repositories/sources.js';
import { createPledge, setPledgeStatus } from '../../src/lib/server/repositories/pledges.js';
import { citeSource } from '../../src/lib/server/repositories/citations.js';
import type { Role } from '../../src/lib/server/db/schema.js';

/*
 * The workspace in a real browser, on the fictional country Testland (XT): a researcher logs
 * a case with an actor created in place and a month-precise date, links it to a pledge, cites
 * a source and submits it; an editor (signing in with a TOTP code) publishes it; the case is
 * then on the public country page, and the researcher, who finds it by a marked word, may no
 * longer change it. Then two editors' sessions edit it and the second gets the conflict page.
 * Every name here is made up.
 */

describe('the workspace in the browser', { timeout: 120_000 }, () => {
	let app: AppServer;
	let browser: Browser;
	const editorKey = generateTotpKey();
	const secondEditorKey = generateTotpKey();
	// Each editor's app: Eddie signs in twice, and a code's time step is accepted only once.
	const apps = new Map<Uint8Array, Authenticator>([
		[editorKey, authenticator(editorKey)],
		[secondEditorKey, authenticator(secondEditorKey)]
	]);
	let pledgeTitle = '';

	const addUser = (email: string, role: Role, name: string, totpKey?: Uint8Array) =>
		addStaffUser(app, { email, role, name, totpKey });

	const signIn = (email: string, totpKey?: Uint8Array): Promise<BrowserContext> =>
		signInContext(browser, app, email, totpKey ? apps.get(totpKey) : undefined);

	/** Signs in, and opens `path` in a page whose console is watched, once it has hydrated. */
	async function openAs(email: string, path: string, totpKey?: Uint8Array) {
		const context = await signIn(email, totpKey);
		const page = await context.newPage();
		const problems = watchConsole(page);
		await page.goto(path);
		await settled(page);
		return { context, page, problems };
	}

	beforeAll(async () => {
		app = await startAppServer({ env: { PLEDGEWATCH_SKIP_DEMO: '1' } });
		browser = await launchBrowser();
		await addUser('rita.researcher@example.org', 'researcher', 'Rita Researcher');
		await addUser('eddie.editor@example.org', 'editor', 'Eddie Editor', editorKey);
		await addUser('erin.editor@example.org', 'editor', 'Erin Editor', secondEditorKey);
		// Testland's published pledge, by a setup account, for the case to contradict.
		const setup = null;
		const country = await createCountry(
			app.db,
			{
				code: 'XT',
				name: 'Testland',
				is_fictional: true,
				summary: 'A fictional country for tests.'
			},
			setup
		);
		await setCountryStatus(app.db, country.id, country.version, 'published', setup);
		const source = await createSource(
			app.db,
			{ title: 'Testland Monitor annual report (fictional)', kind: 'report' },
			setup
		);
		await setSourceStatus(app.db, source.id, source.version, 'published', setup);
		pledgeTitle = 'Testland promises a free press (fictional)';
		const pledge = await createPledge(
			app.db,
			{
				country_id: country.id,
				title: pledgeTitle,
				made: {
					text: '2020',
					precision: 'year',
					earliest: '2020-01-01',
					latest: '2020-12-31',
					note: ''
				}
			},
			setup
		);
		await citeSource(
			app.db,
			{ source_id: source.id, record_type: 'pledge', record_id: pledge.id },
			setup
		);
		await setPledgeStatus(app.db, pledge.id, pledge.version, 'published', setup);
	}, 120_000);

	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	let caseUrl = '';

	it('a researcher logs a case with a new actor and a month date, links and cites it, and submits it', async () => {
		const { context, page, problems } = await openAs(
			'rita.researcher@example.org',
			'/workspace/cases/new'
		);
		await page.getByLabel('Title').fill('Testland editor detained (fictional)');
		await page.getByLabel('Type').selectOption('detention');
		await page.getByLabel('Country').selectOption({ label: 'Testland (fictional, test data)' });
		await page.getByLabel('Start', { exact: true }).fill('2021-05');
		await expect
			.poll(() => page.locator('#f-start-reading').textContent())
			.toContain('Understood as May 2021 (to the month)');
		await page.getByLabel('End', { exact: true }).fill('ongoing');

		const affected = page.getByRole('combobox', { name: 'Affected actors' });
		await affected.fill('Test Editor Z');
		await page.getByRole('option', { name: /Create new actor/ }).waitFor();
		await affected.press('ArrowDown');
		await affected.press('Enter');
		await page.getByLabel('Kind of actor').selectOption('person');
		await page.getByRole('button', { name: 'Add new actor' }).click();
		await page.locator('.chip', { hasText: 'Test Editor Z (new: person)' }).waitFor();
		await page.screenshot({ path: '/tmp/ws-browser-new-case.png', fullPage: true });

		await Promise.all([
			page.waitForURL(/\/workspace\/cases\/[0-9a-f-]+\?saved=1/),
			page.getByRole('button', { name: 'Save draft' }).click()
		]);
		await settled(page);
		caseUrl = new URL(page.url()).pathname;
		expect(await page.getByLabel('Start', { exact: true }).inputValue()).toBe('2021-05');
		await page.locator('.chip', { hasText: 'Test Editor Z' }).first().waitFor();

		// Link it to the pledge it contradicts, from the case's side, with a note.
		await page.getByText('Add: contradicts pledge').click();
		const pledgeBox = page.getByRole('combobox', { name: 'Contradicts pledge' });
		await pledgeBox.fill('free press');
		await page.getByRole('option', { name: new RegExp(pledgeTitle.slice(0, 20)) }).click();
		await page
			.locator('form[action="?/link"]')
			.filter({ has: pledgeBox })
			.getByLabel('Note: why')
			.fill('An editor detained despite the promise.');
		await page
			.locator('form[action="?/link"]')
			.filter({ has: pledgeBox })
			.getByRole('button', { name: 'Add link' })
			.click();
		await page.getByRole('link', { name: pledgeTitle }).waitFor();

		// Cite the source with a locator.
		const sourceBox = page.getByRole('combobox', { name: 'Source' });
		await sourceBox.fill('Monitor');
		await page.getByRole('option', { name: /Testland Monitor/ }).click();
		await page.getByLabel('Locator (page, paragraph)').fill('p. 12');
		await page.getByRole('button', { name: 'Cite source' }).click();
		await page.getByText(', p. 12').waitFor();
		// The cited source and its locator leave the form once cited.
		const citeForm = page.locator('form[action="?/cite"]');
		await expect.poll(() => citeForm.locator('.chip').count()).toBe(0);
		expect(await page.getByLabel('Locator (page, paragraph)').inputValue()).toBe('');

		// Every id on the record page is its own (each link picker's label finds its box).
		const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
		await page.getByText('Add: supports pledge').click();
		expect(await page.getByRole('combobox', { name: 'Supports pledge' }).getAttribute('id')).toBe(
			'link-supports-other'
		);

		await page.getByRole('button', { name: 'Submit for review' }).click();
		await page.waitForURL(/moved=submit/);
		await settled(page);
		expect(await page.locator('h1 .status').textContent()).toBe('In review');
		await page.screenshot({ path: '/tmp/ws-browser-submitted.png', fullPage: true });
		// Any console error after hydration (a failed hydration, a bad key) fails the journey.
		expect(problems).toEqual([]);
		await context.close();
	});

	it('an editor publishes it from the review queue and it appears on the public country page', async () => {
		const { context, page, problems } = await openAs(
			'eddie.editor@example.org',
			'/workspace/review',
			editorKey
		);
		await page.getByRole('link', { name: 'Testland editor detained (fictional)' }).click();
		await page.waitForURL(new RegExp(caseUrl));
		await settled(page);
		await page.getByRole('button', { name: 'Publish' }).click();
		await page.waitForURL(/moved=publish/);
		await settled(page);
		expect(await page.locator('h1 .status').textContent()).toBe('Published');

		const publicPage = await browser.newPage({ baseURL: app.url });
		await publicPage.goto('/countries/XT');
		await settled(publicPage);
		expect(await publicPage.textContent('main')).toContain('Testland editor detained (fictional)');
		await publicPage.screenshot({ path: '/tmp/ws-browser-public.png', fullPage: true });
		await publicPage.close();
		// Any console error after hydration (a failed hydration, a bad key) fails the journey.
		expect(problems).toEqual([]);
		await context.close();
	});

	it('the researcher finds the published case by a word, marked, and their edits would wait for review', async () => {
		const { context, page, problems } = await openAs(
			'rita.researcher@example.org',
			'/workspace/cases?q=editor'
		);
		expect(await page.locator('table mark').first().textContent()).toMatch(/editor/i);
		await page.screenshot({ path: '/tmp/ws-browser-search.png', fullPage: true });
		await page.goto(caseUrl);
		await settled(page);
		expect(await page.textContent('main')).toContain(
			'What you save here waits for review as changes'
		);
		expect(await page.getByRole('button', { name: 'Save changes for review' }).count()).toBe(1);
		// Taking it off the public site is an editor's decision.
		expect(await page.getByRole('button', { name: 'Move to trash' }).count()).toBe(0);
		// Any console error after hydration (a failed hydration, a bad key) fails the journey.
		expect(problems).toEqual([]);
		await context.close();
	});

	it('two sessions edit the same case: the second save gets the conflict page, nothing lost', async () => {
		// Edits of the published case wait for review; the second builds on the first's.
		const first = await signIn('erin.editor@example.org', secondEditorKey);
		const second = await signIn('eddie.editor@example.org', editorKey);
		const a = await first.newPage();
		const b = await second.newPage();
		await a.goto(caseUrl);
		await b.goto(caseUrl);
		await settled(a);
		await settled(b);

		await a.getByLabel('Place').fill('Testville');
		await Promise.all([
			a.waitForURL(/saved=pending/, { timeout: 60_000 }),
			a.getByRole('button', { name: 'Save changes for review' }).click()
		]);

		await b.getByLabel('Outcome').fill('Released after two days (fictional).');
		await b.getByRole('button', { name: 'Save changes for review' }).click();
		await b.getByRole('heading', { name: 'Your changes and the saved version' }).waitFor();
		const table = await b.locator('table.changes').textContent();
		expect(table).toContain('Testville');
		expect(table).toContain('Released after two days (fictional).');
		expect(await b.getByLabel('Outcome').inputValue()).toBe('Released after two days (fictional).');
		await b.screenshot({ path: '/tmp/ws-browser-conflict.png', fullPage: true });

		// Merge: take their place too, and save against the current version.
		await b.getByLabel('Place').fill('Testville');
		await b.getByRole('button', { name: 'Save merged version' }).click();
		await b.waitForURL(/saved=pending/);
		await settled(b);
		// The form opens with the changes waiting for review, shown against the published case.
		expect(await b.locator('h1 .status').textContent()).toBe('Published, with changes in review');
		expect(await b.locator('.pending-changes table.changes').textContent()).toContain(
			'Released after two days (fictional).'
		);
		await b.screenshot({ path: '/tmp/ws-browser-pending.png', fullPage: true });
		expect(await b.getByLabel('Place').inputValue()).toBe('Testville');
		expect(await b.getByLabel('Outcome').inputValue()).toBe('Released after two days (fictional).');
		await first.close();
		await second.close();
	});
});
