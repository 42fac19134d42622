import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { createUser } from '../../src/lib/server/auth/users.js';
import {
	proposeFieldLanguage,
	publishFieldLanguage
} from '../../src/lib/server/repositories/translations.js';
import type { Actor } from '../../src/lib/server/policy.js';
import { caseKind } from '../../src/lib/server/workspace/kinds/case.js';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import { PLACEHOLDER_HASH } from '../auth/fixtures.js';
import { saveDraft, testland } from './fixture.js';

/*
 * The workspace's lists mark each record's title with the language it is declared to be
 * written in (field_languages), not with English for all: a Kazakh title on a Russian page is
 * read as Kazakh. A title with no declared language is English.
 */

const KK_TITLE = 'Тестландия бақылаушысы ұсталды (ойдан шығарылған)';
const EN_TITLE = 'Testland observer held (fictional)';
/** A made-up detention in Testland, saved twice under the two titles. */
const CASE = {
	case_type: 'detention',
	start: '2021-03',
	end: '',
	verification: 'reported',
	description: 'Made up for a test of the lists.'
};
const escaped = (text: string) => text.replace(/[()]/g, '\\$&');

for (const dialect of testDialects()) {
	describe(`workspace list titles' languages [${dialect}]`, () => {
		let database: TestDatabase;
		let app: AppServer;
		let cookie: string;

		beforeAll(async () => {
			database = await createTestDatabase(dialect);
			app = await startAppServer({
				databaseUrl: database.url,
				env: { PLEDGEWATCH_SKIP_DEMO: '1' }
			});
			const user = await createUser(app.db, {
				email: `researcher.listlangs.${dialect}@example.org`,
				displayName: 'List languages researcher',
				role: 'researcher',
				passwordHash: PLACEHOLDER_HASH
			});
			cookie = `pledgewatch_session=${(await createSession(app.db, user.id, { twoFactorVerified: false })).token}`;
			const { country } = await testland(app.db, user.id);
			const author = { userId: user.id, role: 'researcher' } as Actor;
			for (const title of [KK_TITLE, EN_TITLE]) {
				const id = await saveDraft(
					app.db,
					caseKind,
					{ ...CASE, title, country_id: country.id },
					author
				);
				if (title === KK_TITLE) {
					const key = { record_type: 'case' as const, record_id: id, field: 'title' };
					await proposeFieldLanguage(app.db, key, 'kk', null);
					await publishFieldLanguage(app.db, key);
				}
			}
		}, 180_000);

		afterAll(async () => {
			await app?.stop();
			await database?.drop();
		});

		const page = async (path: string) => {
			const response = await fetch(`${app.url}${path}`, { headers: { cookie } });
			expect(response.status).toBe(200);
			return response.text();
		};

		it.each(['/workspace/cases', '/workspace/drafts'])(
			'%s marks each title with its declared language',
			{ timeout: 60_000 },
			async (path) => {
				// Svelte's hydration comments may sit between a link's tag and its text.
				const html = (await page(path)).replace(/<!--[^>]*-->/g, '');
				expect(html).toMatch(new RegExp(`lang="kk"[^>]*>${escaped(KK_TITLE)}<`));
				expect(html).toMatch(new RegExp(`lang="en"[^>]*>${escaped(EN_TITLE)}<`));
			}
		);
	});
}
