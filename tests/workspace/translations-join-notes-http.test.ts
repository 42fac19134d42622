import { beforeAll, expect, it } from 'vitest';
import { caseActorNoteId, caseLawNoteId } from '../../src/lib/domain/translations.js';
import type { TranslationOwner } from '../../src/lib/domain/translations.js';
import { citeSource } from '../../src/lib/server/repositories/citations.js';
import { createLink } from '../../src/lib/server/repositories/links.js';
import { listTranslations } from '../../src/lib/server/repositories/translations.js';
import { saveRecord } from '../../src/lib/server/workspace/editing.js';
import { actorKind } from '../../src/lib/server/workspace/kinds/actor.js';
import { caseKind } from '../../src/lib/server/workspace/kinds/case.js';
import { lawKind } from '../../src/lib/server/workspace/kinds/law.js';
import { pledgeKind } from '../../src/lib/server/workspace/kinds/pledge.js';
import { type AppServer } from '../helpers/app-server.js';
import { keepScreenshot, launchBrowser, watchedPage } from '../helpers/browser.js';
import { settled } from '../helpers/staff.js';
import { addUser, formOf } from './fixture.js';
import {
	apiJson,
	russianOf,
	describeWithTranslationServer,
	type TranslationServer,
	type Who
} from './staff-sessions.js';

/*
 * Translations of the notes on join rows (issue 12, item 3): a link's note (shown on the pages
 * of both its ends), the note on a person's part in a case and the note on a law's use in a
 * case. Each is written by a researcher on a record page, refused to its writers by the
 * four-eyes rule, published by another editor, and then shown on the Russian pages with
 * `lang="ru"` and in `?lang=ru` of the API. The note on the part of a person at risk is never
 * shown in another language, since the translation could name them. Everything here is about
 * the fictional Testland.
 */

const EN_LINK_NOTE = 'The reform did not stop the detention (fictional).';
const RU_LINK_NOTE = 'Реформа не остановила задержание (вымышленно).';
const RU_LINK_NOTE_DRAFT = 'Реформа не прекратила задержание (вымышленно).';
const EN_ACTOR_NOTE = 'Held for ten days (fictional).';
const RU_ACTOR_NOTE = 'Содержалась под стражей десять дней (вымышленно).';
const EN_LAW_NOTE = 'Charged under part two (fictional).';
const RU_LAW_NOTE = 'Обвинение по части второй (вымышленно).';
const EN_HIDDEN_NOTE = 'Named as a witness (fictional).';
const RU_HIDDEN_NOTE = 'Назван свидетелем: Скрытое Настоящее Имя (вымышленно).';
const MARK = 'Ещё не переведено; показано на английском';

describeWithTranslationServer(
	'translations of notes on links, case actors and case laws over HTTP',
	'notes',
	({ server, dialect }) => {
		let app: AppServer;
		let actorId: string;
		let hiddenId: string;
		let lawId: string;
		let caseId: string;
		let pledgeId: string;
		let linkId: string;
		let countryId: string;

		beforeAll(async () => {
			const setup = server();
			({ app } = setup);
			const { researcherId, country, source, saved } = setup;
			countryId = country.id;
			actorId = await saved(actorKind, {
				name: 'Tess Testova (fictional)',
				kind: 'person',
				country_id: country.id
			});
			hiddenId = await saved(actorKind, {
				name: 'Hidden Realname (fictional)',
				kind: 'person',
				country_id: country.id,
				at_risk: 'on',
				public_pseudonym: 'Witness T (fictional)'
			});
			lawId = await saved(lawKind, {
				title: 'Testland public order article (fictional)',
				country_id: country.id,
				law_status: 'in_force'
			});
			caseId = await saved(caseKind, {
				title: 'Testland reporter detained (fictional)',
				case_type: 'detention',
				country_id: country.id,
				start: '2020-05',
				end: '',
				verification: 'reported',
				affected: [actorId, hiddenId],
				laws: [lawId],
				description: 'A fictional description.'
			});
			pledgeId = await saved(pledgeKind, {
				title: 'Testland promises a fictional reform',
				country_id: country.id,
				made: '2019'
			});
			// The notes on the case's join rows are written on the case's page; here they are set
			// directly, since what is tested is their translation.
			for (const [actor, note] of [
				[actorId, EN_ACTOR_NOTE],
				[hiddenId, EN_HIDDEN_NOTE]
			] as [string, string][])
				await app.db
					.updateTable('case_actors')
					.set({ note })
					.where('case_id', '=', caseId)
					.where('actor_id', '=', actor)
					.execute();
			await app.db
				.updateTable('case_laws')
				.set({ note: EN_LAW_NOTE })
				.where('case_id', '=', caseId)
				.execute();
			for (const [type, id] of [
				['case', caseId],
				['pledge', pledgeId],
				['law', lawId]
			] as const)
				await citeSource(app.db, { source_id: source.id, record_type: type, record_id: id }, null);
			for (const id of [actorId, hiddenId])
				await actorKind.setStatus(app.db, id, 1, 'published', null);
			await lawKind.setStatus(app.db, lawId, 1, 'published', null);
			await caseKind.setStatus(app.db, caseId, 1, 'published', null);
			await pledgeKind.setStatus(app.db, pledgeId, 1, 'published', null);
			const link = await createLink(
				app.db,
				{
					kind: 'contradicted_by',
					from_type: 'pledge',
					from_id: pledgeId,
					to_type: 'case',
					to_id: caseId,
					note: EN_LINK_NOTE
				},
				researcherId
			);
			linkId = link.id;
			await app.db
				.updateTable('links')
				.set({ published_at: new Date().toISOString() })
				.where('id', '=', linkId)
				.execute();
		}, 180_000);

		const post: TranslationServer['post'] = (...form) => server().post(...form);
		const translationOf = async (type: TranslationOwner, id: string) =>
			(await listTranslations(app.db, type, id)).find((t) => t.field === 'note');
		const save = async (
			who: Who,
			path: string,
			[type, id]: [TranslationOwner, string],
			text: string
		) => {
			const t = await translationOf(type, id);
			return post(who, path, 'saveTranslation', {
				record_id: id,
				field: 'note',
				lang: 'ru',
				text,
				version: String(t?.version ?? 0)
			});
		};
		const publish = async (who: Who, path: string, [type, id]: [TranslationOwner, string]) => {
			const t = (await translationOf(type, id))!;
			return post(who, path, 'publishTranslation', {
				translation: t.id,
				version: String(t.version)
			});
		};
		const page = async (path: string) => (await fetch(`${app.url}${path}`)).text();
		const link = (): [TranslationOwner, string] => ['link', linkId];
		const actorNote = (): [TranslationOwner, string] => [
			'case_actor',
			caseActorNoteId(caseId, 'affected', actorId)
		];
		const lawNote = (): [TranslationOwner, string] => ['case_law', caseLawNoteId(caseId, lawId)];
		const hiddenNote = (): [TranslationOwner, string] => [
			'case_actor',
			caseActorNoteId(caseId, 'affected', hiddenId)
		];

		it(
			"a link note's Russian translation waits for review; the Russian pages show the English note, marked",
			{ timeout: 120_000 },
			async () => {
				expect(
					(await save('researcher', `cases/${caseId}`, link(), RU_LINK_NOTE_DRAFT)).status
				).toBe(303);
				const ru = await page(`/ru/countries/xt/pledges/${pledgeId}`);
				expect(ru).not.toContain(RU_LINK_NOTE_DRAFT);
				expect(ru).toContain(`lang="en">${EN_LINK_NOTE}`);
				expect(ru).toContain(MARK);
			}
		);

		it(
			'the four-eyes rule refuses the writers of a note translation',
			{ timeout: 60_000 },
			async () => {
				expect((await publish('researcher', `cases/${caseId}`, link())).status).toBe(403);
				// The editor corrects it from the other end's page, so they become one of its writers.
				expect((await save('editor', `pledges/${pledgeId}`, link(), RU_LINK_NOTE)).status).toBe(
					303
				);
				const own = await publish('editor', `pledges/${pledgeId}`, link());
				expect(own.status).toBe(409);
				expect(await own.text()).toContain('four-eyes rule');
				// Not from the page of a record the link does not touch.
				expect((await publish('other-editor', `laws/${lawId}`, link())).status).toBe(404);
				expect((await translationOf(...link()))!.published_text).toBeNull();
			}
		);

		it(
			'another editor publishes the link note: both ends’ Russian pages and the API have it',
			{ timeout: 120_000 },
			async () => {
				expect((await publish('other-editor', `cases/${caseId}`, link())).status).toBe(303);
				for (const path of [
					`/ru/countries/xt/pledges/${pledgeId}`,
					`/ru/countries/xt/cases/${caseId}`,
					'/ru/countries/xt'
				])
					expect(await page(path)).toContain(`lang="ru">${RU_LINK_NOTE}`);
				expect(await page(`/countries/xt/cases/${caseId}`)).not.toContain(RU_LINK_NOTE);
				type Pledges = { data: { contradictedBy: Record<string, unknown>[] }[] };
				const api = await apiJson<Pledges>(`${app.url}/api/v1/pledges?country=xt&lang=ru`);
				expect(api.data[0]!.contradictedBy[0]).toMatchObject({
					id: caseId,
					note: RU_LINK_NOTE,
					noteId: linkId,
					...russianOf('note', EN_LINK_NOTE, RU_LINK_NOTE)
				});
				const plain = await apiJson<Pledges>(`${app.url}/api/v1/pledges?country=xt`);
				expect(plain.data[0]!.contradictedBy[0]).toMatchObject({ note: EN_LINK_NOTE });
				expect(plain.data[0]!.contradictedBy[0]).not.toHaveProperty('lang');
			}
		);

		it(
			"the notes on a person's part and a law's use, translated and published, show in Russian and stay through a rewrite of the case's rows",
			{ timeout: 120_000 },
			async () => {
				const path = `cases/${caseId}`;
				expect((await save('researcher', path, actorNote(), RU_ACTOR_NOTE)).status).toBe(303);
				expect((await save('researcher', path, lawNote(), RU_LAW_NOTE)).status).toBe(303);
				expect((await publish('researcher', path, actorNote())).status).toBe(403);
				expect(await page(`/ru/countries/xt/cases/${caseId}`)).not.toContain(RU_ACTOR_NOTE);
				for (const note of [actorNote(), lawNote()])
					expect((await publish('other-editor', path, note)).status).toBe(303);
				const shown = async () => {
					const ru = await page(`/ru/countries/xt/cases/${caseId}`);
					expect(ru).toContain(`lang="ru">${RU_ACTOR_NOTE}`);
					expect(ru).toContain(`lang="ru">${RU_LAW_NOTE}`);
				};
				await shown();
				expect(await page(`/countries/xt/cases/${caseId}`)).not.toContain(RU_ACTOR_NOTE);
				const api = (await (await fetch(`${app.url}/api/v1/cases?country=xt&lang=ru`)).json()) as {
					data: { affected: Record<string, unknown>[]; laws: Record<string, unknown>[] }[];
				};
				expect(api.data[0]!.affected.find((a) => a.id === actorId)).toMatchObject({
					note: RU_ACTOR_NOTE,
					lang: { name: 'en', note: 'ru' }
				});
				expect(api.data[0]!.laws[0]).toMatchObject({
					note: RU_LAW_NOTE,
					lang: { note: 'ru' },
					translations: { note: [{ lang: 'en', text: EN_LAW_NOTE, original: true }, {}] }
				});
				// An edit of the case, once published, writes its actor and law rows again: the
				// translations are found by the rows' identity, so they stay with their notes.
				const researcher = await addUser(app.db, 'researcher', `Rewriter ${dialect}`);
				const current = await caseKind.get(app.db, caseId);
				const edited = await saveRecord(
					app.db,
					caseKind,
					formOf({
						title: 'Testland reporter detained, edited (fictional)',
						case_type: 'detention',
						country_id: countryId,
						start: '2020-05',
						end: '',
						verification: 'reported',
						affected: [actorId, hiddenId],
						laws: [lawId],
						description: 'A fictional description.',
						version: String(current.version),
						pending_version: '0'
					}),
					{ userId: researcher.userId, id: caseId }
				);
				expect(edited.kind).toBe('saved');
				const pending = await app.db
					.selectFrom('pending_revisions')
					.select('version')
					.where('record_id', '=', caseId)
					.executeTakeFirstOrThrow();
				expect(
					(
						await post('other-editor', path, 'publishChanges', {
							pending_version: String(pending.version)
						})
					).status
				).toBe(303);
				expect(await page(`/ru/countries/xt/cases/${caseId}`)).toContain('edited (fictional)');
				await shown();
			}
		);

		it(
			"the note on an at-risk person's part is never shown in another language",
			{ timeout: 120_000 },
			async () => {
				const path = `cases/${caseId}`;
				expect((await save('researcher', path, hiddenNote(), RU_HIDDEN_NOTE)).status).toBe(303);
				expect((await publish('other-editor', path, hiddenNote())).status).toBe(303);
				const ru = await page(`/ru/countries/xt/cases/${caseId}`);
				expect(ru).toContain(`lang="en">${EN_HIDDEN_NOTE}`);
				for (const p of [
					`/ru/countries/xt/cases/${caseId}`,
					'/ru/countries/xt',
					`/kk/countries/xt/cases/${caseId}`,
					`/api/v1/cases?country=xt&lang=ru`,
					`/api/v1/cases.csv?country=xt&lang=ru`
				]) {
					const text = await page(p);
					expect(text).not.toContain(RU_HIDDEN_NOTE);
					expect(text).not.toContain(hiddenId);
				}
				const api = (await (await fetch(`${app.url}/api/v1/cases?country=xt&lang=ru`)).json()) as {
					data: { affected: Record<string, unknown>[] }[];
				};
				expect(api.data[0]!.affected.find((a) => a.id === null)).toMatchObject({
					note: EN_HIDDEN_NOTE,
					noteId: null,
					lang: { note: 'en' },
					translations: { note: [{ lang: 'en', text: EN_HIDDEN_NOTE, original: true }] }
				});
			}
		);

		// Once is enough for what the browser adds (hydration, console): on SQLite only.
		it.runIf(dialect === 'sqlite')(
			'the Russian case page and the workspace panel hydrate in Chromium without console errors',
			{ timeout: 120_000 },
			async () => {
				const browser = await launchBrowser();
				try {
					const { context, page, problems } = await watchedPage(browser, app.url);
					await page.goto(`/ru/countries/xt/cases/${caseId}`);
					await settled(page);
					const note = page.locator('.note[lang="ru"]', { hasText: RU_ACTOR_NOTE });
					await expect.poll(() => note.count()).toBe(1);
					await keepScreenshot(page, 'i18njoin-ru-case');
					const cookie = server().staff.cookies.get('other-editor')!;
					const [name, value] = cookie.split('=') as [string, string];
					await context.addCookies([{ name, value, url: app.url }]);
					await page.goto(`/workspace/cases/${caseId}#translations`);
					await settled(page);
					await expect
						.poll(() =>
							page
								.locator('legend', { hasText: 'Note on the link to' })
								.locator('span[lang="en"]')
								.count()
						)
						.toBeGreaterThan(0);
					// The label and the record it names read as two words, not 'ofTess'.
					const legends = await page.locator('legend', { hasText: 'Note on the' }).allInnerTexts();
					expect(legends.some((t) => /Note on the part of Tess Testova/.test(t))).toBe(true);
					expect(legends.filter((t) => /[a-z][A-Z]/.test(t))).toEqual([]);
					await keepScreenshot(page, 'i18njoin-workspace-panel');
					expect(problems).toEqual([]);
				} finally {
					await browser.close();
				}
			}
		);
	}
);
