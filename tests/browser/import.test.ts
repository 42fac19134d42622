import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.js';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import { addStaffUser, settled, signInContext, watchConsole } from '../helpers/staff.js';
import { createCountry } from '../../src/lib/server/repositories/countries.js';
import { createSource } from '../../src/lib/server/repositories/sources.js';
import { listAuditEvents } from '../../src/lib/server/audit.js';

/*
 * The import page's preview and commit actions in a real browser, on each database: a
 * researcher pastes cases naming a person not yet recorded ("person: …") and citing a source
 * by title with a page; the preview lists the new actor with its kind and the cited source,
 * and importing creates the person as a draft and the citation unpublished, in her name.
 * Every name here is made up.
 */

const CSV = [
	'title,case_type,start,affected_actors,sources',
	'Testland blogger detained (fictional),detention,2021-05,person: Jana Example (fictional),Testland Monitor report (fictional) | p. 4'
].join('\n');

for (const dialect of testDialects()) {
	describe(`CSV import in the browser [${dialect}]`, { timeout: 120_000 }, () => {
		let database: TestDatabase;
		let app: AppServer;
		let browser: Browser;
		let researcherId = '';

		beforeAll(async () => {
			database = await createTestDatabase(dialect);
			app = await startAppServer({
				databaseUrl: database.url,
				env: { PLEDGEWATCH_SKIP_DEMO: '1' }
			});
			browser = await launchBrowser();
			researcherId = await addStaffUser(app, {
				email: `rita.import.${dialect}@example.org`,
				role: 'researcher',
				name: 'Rita Importer'
			});
			await createCountry(
				app.db,
				{ code: 'XT', name: 'Testland', is_fictional: true, summary: 'Fictional.' },
				null
			);
			await createSource(
				app.db,
				{ title: 'Testland Monitor report (fictional)', kind: 'report' },
				null
			);
		}, 180_000);

		afterAll(async () => {
			await browser?.close();
			await app?.stop();
			await database?.drop();
		});

		it('previews the new actor with its kind and the source, then imports both as drafts', async () => {
			const context = await signInContext(browser, app, `rita.import.${dialect}@example.org`);
			const page = await context.newPage();
			const problems = watchConsole(page);
			await page.goto('/workspace/import');
			await settled(page);
			await page.getByLabel('cases').check();
			await page.getByLabel('Country').selectOption({ label: 'Testland (fictional, test data)' });
			await page.getByLabel('Or paste the CSV').fill(CSV);
			await page.getByRole('button', { name: 'Preview' }).click();

			const actors = page.getByRole('table', { name: 'New actors' });
			await actors.waitFor();
			await expect
				.poll(() => actors.locator('tbody tr').allInnerTexts())
				.toEqual([expect.stringMatching(/^Jana Example \(fictional\)\s+Person\s+2$/)]);
			await expect
				.poll(() => page.locator('#preview-heading + p + table tbody').innerText())
				.toContain('Testland Monitor report (fictional) (p. 4)');

			await page.getByRole('button', { name: 'Import 1 case as drafts' }).click();
			await page.waitForURL(/imported=1/);
			await expect.poll(() => page.getByRole('status').innerText()).toContain('Imported 1 draft');
			expect(problems).toEqual([]);
			await context.close();

			const actor = await app.db
				.selectFrom('actors')
				.select(['id', 'kind', 'status', 'created_by'])
				.where('name', '=', 'Jana Example (fictional)')
				.executeTakeFirstOrThrow();
			expect(actor).toMatchObject({ kind: 'person', status: 'draft', created_by: researcherId });
			const citation = await app.db
				.selectFrom('citations')
				.select(['locator', 'created_by', 'published_at'])
				.where('record_type', '=', 'case')
				.executeTakeFirstOrThrow();
			expect(citation).toEqual({ locator: 'p. 4', created_by: researcherId, published_at: null });
			const audited = await listAuditEvents(app.db, { action: 'import' });
			expect(JSON.parse(audited.events[0]!.detail)).toMatchObject({
				rows: 1,
				actors: 1,
				citations: 1
			});
		});
	});
}
