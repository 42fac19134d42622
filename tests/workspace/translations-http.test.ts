import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { createUser } from '../../src/lib/server/auth/users.js';
import { citeSource } from '../../src/lib/server/repositories/citations.js';
import { setCountryStatus } from '../../src/lib/server/repositories/countries.js';
import { listRevisions } from '../../src/lib/server/repositories/revisions.js';
import { setSourceStatus } from '../../src/lib/server/repositories/sources.js';
import {
	listFieldLanguages,
	listTranslations
} from '../../src/lib/server/repositories/translations.js';
import { searchRecords } from '../../src/lib/server/search/index.js';
import { saveRecord } from '../../src/lib/server/workspace/editing.js';
import { restoreRevision } from '../../src/lib/server/workspace/history.js';
import { caseKind } from '../../src/lib/server/workspace/kinds/case.js';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import { PLACEHOLDER_HASH } from '../auth/fixtures.js';
import { formOf, testland } from './fixture.js';

/*
 * Translations of a published case through the workspace's forms, as staff post them, and
 * what the public then sees: nothing a translation says is public until an editor who wrote
 * none of it publishes it, and every path that could change a public translation (save,
 * publish, the trash and back, restoring an earlier version of the record) is tried.
 */

const EN_TITLE = 'Testland monitor detained (fictional)';
const RU_TITLE = 'Наблюдатель Тестландии задержан (вымышленный)';
const RU_DESCRIPTION = 'Вымышленное описание для проверки перевода.';
const RU_DRAFT = 'Черновик заголовка (вымышленный)';
const RU_NEWER = 'Новая формулировка заголовка (вымышленная)';

type Who = 'researcher' | 'editor' | 'other-editor';

for (const dialect of testDialects()) {
	describe(`translations over HTTP [${dialect}]`, () => {
		let database: TestDatabase;
		let app: AppServer;
		const cookies = new Map<Who, string>();
		let caseId: string;

		beforeAll(async () => {
			database = await createTestDatabase(dialect);
			app = await startAppServer({
				databaseUrl: database.url,
				env: { PLEDGEWATCH_SKIP_DEMO: '1', PUBLIC_MEMO_MS: '60000' }
			});
			const ids = new Map<Who, string>();
			for (const who of ['researcher', 'editor', 'other-editor'] as const) {
				const user = await createUser(app.db, {
					email: `${who}.translations.${dialect}@example.org`,
					displayName: `Translations ${who}`,
					role: who === 'researcher' ? 'researcher' : 'editor',
					passwordHash: PLACEHOLDER_HASH
				});
				ids.set(who, user.id);
				// Editors must have two-factor sign-in set up; the session says it was used.
				if (who !== 'researcher')
					await app.db
						.updateTable('users')
						.set({ totp_enabled: 1 })
						.where('id', '=', user.id)
						.execute();
				const { token } = await createSession(app.db, user.id, {
					twoFactorVerified: who !== 'researcher'
				});
				cookies.set(who, `pledgewatch_session=${token}`);
			}
			const researcherId = ids.get('researcher')!;
			const { country, source } = await testland(app.db, researcherId);
			await setCountryStatus(app.db, country.id, country.version, 'published', null);
			await setSourceStatus(app.db, source.id, source.version, 'published', null);
			const saved = await saveRecord(
				app.db,
				caseKind,
				formOf({
					title: EN_TITLE,
					case_type: 'detention',
					country_id: country.id,
					start: '2020',
					end: '',
					verification: 'reported',
					description: 'A fictional description.'
				}),
				{ userId: researcherId, confirmedNotDuplicate: true }
			);
			if (saved.kind !== 'saved') throw new Error(saved.kind);
			caseId = saved.id;
			await citeSource(
				app.db,
				{ source_id: source.id, record_type: 'case', record_id: caseId },
				researcherId
			);
			await caseKind.setStatus(app.db, caseId, 1, 'published', null);
		}, 180_000);

		afterAll(async () => {
			await app?.stop();
			await database?.drop();
		});

		const post = (who: Who, action: string, fields: Record<string, string>) =>
			fetch(`${app.url}/workspace/cases/${caseId}?/${action}`, {
				method: 'POST',
				headers: {
					origin: app.url,
					accept: 'text/html',
					cookie: cookies.get(who)!,
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams(fields).toString(),
				redirect: 'manual'
			});
		const russian = async () =>
			(await listTranslations(app.db, 'case', caseId)).find((t) => t.field === 'title');
		const publicRu = async () => (await fetch(`${app.url}/ru/countries/xt`)).text();
		const apiRu = async () =>
			(await (await fetch(`${app.url}/api/v1/cases?country=xt&lang=ru`)).json()) as {
				data: {
					id: string;
					title: string;
					lang: Record<string, string>;
					translations: Record<string, { lang: string; text: string; original: boolean }[]>;
				}[];
			};
		const save = (who: Who, field: string, text: string, version: number) =>
			post(who, 'saveTranslation', {
				record_id: caseId,
				field,
				lang: 'ru',
				text,
				version: String(version)
			});

		/** The case's publication audit entries for `reason`: who published, and what. */
		const publications = async (reason: string) =>
			(
				await app.db
					.selectFrom('audit_events')
					.select(['actor_email', 'detail'])
					.where('action', '=', 'publication')
					.where('target_id', '=', caseId)
					.execute()
			)
				.map((a) => ({ by: a.actor_email, detail: JSON.parse(a.detail) as Record<string, string> }))
				.filter((a) => a.detail.reason === reason);

		it(
			'a saved translation waits for review; the public keeps the original, marked',
			{ timeout: 120_000 },
			async () => {
				await publicRu(); // kept before the save, so a stale copy would show
				expect((await save('researcher', 'title', RU_DRAFT, 0)).status).toBe(303);
				expect((await save('researcher', 'description', RU_DESCRIPTION, 0)).status).toBe(303);
				const page = await publicRu();
				expect(page).not.toContain(RU_TITLE);
				expect(page).toContain(EN_TITLE);
				expect(page).toContain('Ещё не переведено; показано на английском');
				expect((await apiRu()).data[0]).toMatchObject({ title: EN_TITLE, lang: { title: 'en' } });
			}
		);

		it(
			'an empty translation is refused with a message, and the typed form comes back',
			{ timeout: 60_000 },
			async () => {
				const response = await save('researcher', 'title', '   ', 1);
				expect(response.status).toBe(400);
				expect(await response.text()).toContain('The title in Russian is empty.');
			}
		);

		it(
			'a researcher may not publish; the writer may not publish their own (four eyes)',
			{ timeout: 60_000 },
			async () => {
				const t = (await russian())!;
				const asResearcher = await post('researcher', 'publishTranslation', {
					translation: t.id,
					version: String(t.version)
				});
				expect(asResearcher.status).toBe(403);
				expect((await russian())!.published_text).toBeNull();
				// The editor edits the text, so they become one of its writers.
				expect((await save('editor', 'title', RU_TITLE, t.version)).status).toBe(303);
				const edited = (await russian())!;
				const own = await post('editor', 'publishTranslation', {
					translation: edited.id,
					version: String(edited.version)
				});
				expect(own.status).toBe(409);
				expect(await own.text()).toContain('four-eyes rule');
				expect((await russian())!.published_text).toBeNull();
			}
		);

		it(
			'another editor publishes it: the Russian page and the API show it, the English page does not',
			{ timeout: 120_000 },
			async () => {
				for (const t of await listTranslations(app.db, 'case', caseId)) {
					const published = await post('other-editor', 'publishTranslation', {
						translation: t.id,
						version: String(t.version)
					});
					expect(published.status).toBe(303);
				}
				const page = await publicRu();
				expect(page).toContain(`lang="ru">${RU_TITLE}`);
				expect(page).toContain(RU_DESCRIPTION);
				expect(await (await fetch(`${app.url}/countries/xt`)).text()).not.toContain(RU_TITLE);
				const [item] = (await apiRu()).data;
				expect(item).toMatchObject({ title: RU_TITLE, lang: { title: 'ru', description: 'ru' } });
				expect(item!.translations.title).toEqual([
					{ lang: 'en', text: EN_TITLE, original: true },
					{ lang: 'ru', text: RU_TITLE, original: false }
				]);
				// Without lang the API answers as before.
				const plain = (await (await fetch(`${app.url}/api/v1/cases?country=xt`)).json()) as {
					data: object[];
				};
				expect(plain.data[0]).not.toHaveProperty('translations');
				expect(
					await (await fetch(`${app.url}/api/v1/cases.csv?country=xt&lang=ru`)).text()
				).toContain(RU_TITLE);
				expect(await (await fetch(`${app.url}/api/v1/cases.csv?country=xt`)).text()).not.toContain(
					RU_TITLE
				);
				const feedOf = async (search: string) =>
					(await fetch(`${app.url}/api/v1/countries/xt/feed.atom${search}`)).text();
				const feed = await feedOf('?lang=ru');
				expect(feed).toContain(RU_TITLE);
				expect(feed).toContain(`/ru/countries/xt/cases/${caseId}`);
				// The summary is built from the translated description, worded in Russian.
				expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">');
				const entry = feed.split('<entry>').find((e) => e.includes(RU_TITLE))!;
				expect(entry).toMatch(/<title type="text">[^<]*<\/title>/);
				expect(entry).toMatch(new RegExp(`<summary type="text">[^<]*${RU_DESCRIPTION}</summary>`));
				expect(entry).toContain('label="Дело"');
				for (const english of ['Assessed on', 'label="Case"', 'Rating change', 'Newly published'])
					expect(feed).not.toContain(english);
				expect(feed).toContain('(вымышленная страна)</title>');
				// English, with or without lang=en, is as before: no translation, no xml:lang.
				const english = await feedOf('');
				expect(await feedOf('?lang=en')).toBe(english);
				expect(english).not.toContain(RU_DESCRIPTION);
				expect(english).not.toContain('xml:lang');
				expect(english).toContain('label="Case"');
				// The Russian case page's preview description is the translated one.
				const casePage = await (await fetch(`${app.url}/ru/countries/xt/cases/${caseId}`)).text();
				const meta = /<meta name="description" content="([^"]*)"/.exec(casePage)?.[1];
				expect(meta).toContain(RU_DESCRIPTION);
				const enPage = await (await fetch(`${app.url}/countries/xt/cases/${caseId}`)).text();
				expect(/<meta name="description" content="([^"]*)"/.exec(enPage)?.[1]).not.toContain(
					RU_DESCRIPTION
				);
				expect((await fetch(`${app.url}/api/v1/cases?lang=de`)).status).toBe(400);
				expect((await fetch(`${app.url}/api/v1/countries/xt/feed.atom?lang=de`)).status).toBe(400);
			}
		);

		it('each publication is audited with what it published', { timeout: 60_000 }, async () => {
			const by = `other-editor.translations.${dialect}@example.org`;
			const published = await publications('translation');
			expect(published.sort((a, b) => a.detail.field!.localeCompare(b.detail.field!))).toEqual([
				{ by, detail: { reason: 'translation', field: 'description', lang: 'ru' } },
				{ by, detail: { reason: 'translation', field: 'title', lang: 'ru' } }
			]);
		});

		it(
			'a newer text waits for review while the published one stays live',
			{ timeout: 60_000 },
			async () => {
				const t = (await russian())!;
				expect((await save('researcher', 'title', RU_NEWER, t.version)).status).toBe(303);
				const page = await publicRu();
				expect(page).toContain(RU_TITLE);
				expect(page).not.toContain(RU_NEWER);
			}
		);

		it(
			'the trash hides it, and restoring brings back only what was published',
			{ timeout: 60_000 },
			async () => {
				const record = await caseKind.get(app.db, caseId);
				await caseKind.remove(app.db, caseId, null, record.version);
				const restore = await fetch(`${app.url}/workspace/trash?/restore`, {
					method: 'POST',
					headers: {
						origin: app.url,
						accept: 'text/html',
						cookie: cookies.get('other-editor')!,
						'content-type': 'application/x-www-form-urlencoded'
					},
					body: new URLSearchParams({ kind: 'cases', id: caseId }).toString(),
					redirect: 'manual'
				});
				expect(restore.status).toBe(303);
				const page = await publicRu();
				expect(page).toContain(RU_TITLE);
				expect(page).not.toContain(RU_NEWER);
			}
		);

		it(
			'restoring an earlier version of the record leaves its translations as they are',
			{ timeout: 60_000 },
			async () => {
				const before = await listTranslations(app.db, 'case', caseId);
				const [first] = await listRevisions(app.db, 'case', caseId);
				const record = await caseKind.get(app.db, caseId);
				await restoreRevision(app.db, caseKind, caseId, first!.id, record.version, null);
				expect(await listTranslations(app.db, 'case', caseId)).toEqual(before);
			}
		);

		it(
			'the workspace search finds the case by its Russian words',
			{ timeout: 60_000 },
			async () => {
				const found = await searchRecords(app.db, { q: 'Наблюдатель Тестландии' });
				expect(found.items.map((i) => i.id)).toContain(caseId);
				const byPrefix = await searchRecords(app.db, { q: 'тестланд', types: ['case'] });
				expect(byPrefix.items.map((i) => i.id)).toContain(caseId);
				expect((await searchRecords(app.db, { q: 'Наблюдатель несуществующий' })).total).toBe(0);
			}
		);

		it(
			"a field's original language: proposed, not published by its proposer or a researcher, published and audited by another editor",
			{ timeout: 60_000 },
			async () => {
				const field = { record_id: caseId, field: 'description' };
				const declared = async () =>
					(await listFieldLanguages(app.db, [caseId])).find((l) => l.field === 'description');
				expect((await post('editor', 'originalLanguage', { ...field, lang: 'kk' })).status).toBe(
					303
				);
				expect(await declared()).toMatchObject({ pending_lang: 'kk' });
				const asResearcher = await post('researcher', 'originalLanguage', {
					...field,
					step: 'publish'
				});
				expect(asResearcher.status).toBe(403);
				const own = await post('editor', 'originalLanguage', { ...field, step: 'publish' });
				expect(own.status).toBe(409);
				expect(await own.text()).toContain('four-eyes rule');
				expect(await declared()).toMatchObject({ pending_lang: 'kk' });
				const published = await post('other-editor', 'originalLanguage', {
					...field,
					step: 'publish'
				});
				expect(published.status).toBe(303);
				expect(await declared()).toMatchObject({ lang: 'kk', pending_lang: null });
				expect(await publications('original-language')).toEqual([
					{
						by: `other-editor.translations.${dialect}@example.org`,
						detail: { reason: 'original-language', field: 'description', lang: 'kk' }
					}
				]);
			}
		);
	});
}
