import { beforeAll, expect, it } from 'vitest';
import { citeSource } from '../../src/lib/server/repositories/citations.js';
import {
	listTranslations,
	publishTranslation,
	saveTranslation
} from '../../src/lib/server/repositories/translations.js';
import { caseKind } from '../../src/lib/server/workspace/kinds/case.js';
import { themeKind } from '../../src/lib/server/workspace/kinds/theme.js';
import { type AppServer } from '../helpers/app-server.js';
import {
	apiJson,
	describeWithTranslationServer,
	russianOf,
	type TranslationServer,
	type Who
} from './staff-sessions.js';

/*
 * A theme's name in another language (issue 12): themes have a workspace page with the
 * translation panel; a researcher writes the Russian name, the four-eyes rule refuses its
 * writers, another editor publishes it, and then the Russian pages (the case's facts, the
 * timeline's theme filter), `?lang=ru` of the API and the "not yet translated" mark have it.
 * Everything here is about the fictional Testland.
 */

const EN_THEME = 'Testland assembly (fictional)';
const RU_THEME = 'Собрания в Тестландии (вымышленная тема)';
const RU_THEME_DRAFT = 'Собрания в Тестландии';
const EN_TITLE = 'Testland rally dispersed (fictional)';
const RU_TITLE = 'Митинг в Тестландии разогнан (вымышленно)';
const SLUG = 'testland-assembly';
/** The card's mark for names and details still in English, as the Russian page words it. */
const DETAILS_MARK = 'Имена, примечания и другие подробности ещё не переведены';

describeWithTranslationServer('translations of theme names over HTTP', 'themes', ({ server }) => {
	let app: AppServer;
	let themeId: string;
	let caseId: string;

	beforeAll(async () => {
		const setup = server();
		({ app } = setup);
		const { researcherId, country, source, saved } = setup;
		themeId = await saved(themeKind, {
			name: EN_THEME,
			slug: SLUG,
			instrument: 'ICCPR',
			article: '21'
		});
		await themeKind.setStatus(app.db, themeId, 1, 'published', null);
		// A case whose only text without a Russian version, once its title has one, is its theme.
		caseId = await saved(caseKind, {
			title: EN_TITLE,
			case_type: 'assembly_dispersal',
			country_id: country.id,
			start: '2020-05',
			end: '',
			verification: 'reported',
			theme_ids: [themeId]
		});
		await citeSource(
			app.db,
			{ source_id: source.id, record_type: 'case', record_id: caseId },
			null
		);
		await caseKind.setStatus(app.db, caseId, 1, 'published', null);
		const title = await saveTranslation(
			app.db,
			{ record_type: 'case', record_id: caseId, field: 'title', lang: 'ru' },
			RU_TITLE,
			0,
			researcherId
		);
		await publishTranslation(app.db, title.id, title.version, null);
	}, 180_000);

	const post: TranslationServer['post'] = (...form) => server().post(...form);
	const path = () => `themes/${themeId}`;
	const translation = async () =>
		(await listTranslations(app.db, 'theme', themeId)).find((t) => t.field === 'name');
	const save = async (who: Who, text: string) =>
		post(who, path(), 'saveTranslation', {
			record_id: themeId,
			field: 'name',
			lang: 'ru',
			text,
			version: String((await translation())?.version ?? 0)
		});
	const publish = async (who: Who, on = path()) => {
		const t = (await translation())!;
		return post(who, on, 'publishTranslation', { translation: t.id, version: String(t.version) });
	};
	const page = async (p: string) => (await fetch(`${app.url}${p}`)).text();

	it(
		"the themes list and the theme's workspace page, which offers its name for translation",
		{ timeout: 120_000 },
		async () => {
			const cookie = server().staff.cookies.get('researcher')!;
			const res = await fetch(`${app.url}/workspace/themes/${themeId}`, { headers: { cookie } });
			expect(res.status).toBe(200);
			const html = await res.text();
			expect(html).toContain('id="translations"');
			expect(html).toContain('name="field" value="name"');
			const list = await fetch(`${app.url}/workspace/themes`, { headers: { cookie } });
			expect(await list.text()).toContain(EN_THEME);
		}
	);

	it(
		'a Russian name waits for review; the Russian pages show the English one, marked',
		{ timeout: 120_000 },
		async () => {
			expect((await save('researcher', RU_THEME_DRAFT)).status).toBe(303);
			const ru = await page(`/ru/countries/xt/cases/${caseId}`);
			expect(ru).toContain(`>${RU_TITLE}</h1>`);
			expect(ru).toContain('<h1 lang="ru"');
			expect(ru).not.toContain(RU_THEME_DRAFT);
			expect(ru).toContain(`lang="en">${EN_THEME}`);
			expect(ru).toContain(DETAILS_MARK);
		}
	);

	it('the four-eyes rule refuses the writers of the name', { timeout: 60_000 }, async () => {
		expect((await publish('researcher')).status).toBe(403);
		expect((await save('editor', RU_THEME)).status).toBe(303);
		const own = await publish('editor');
		expect(own.status).toBe(409);
		expect(await own.text()).toContain('four-eyes rule');
		// Not from another record's page either.
		expect((await publish('other-editor', `cases/${caseId}`)).status).toBe(404);
		expect((await translation())!.published_text).toBeNull();
		expect(await page(`/ru/countries/xt/cases/${caseId}`)).not.toContain(RU_THEME);
	});

	it(
		'another editor publishes it: the Russian pages and the API have it, unmarked',
		{ timeout: 120_000 },
		async () => {
			expect((await publish('other-editor')).status).toBe(303);
			const ru = await page(`/ru/countries/xt/cases/${caseId}`);
			expect(ru).toContain(`lang="ru">${RU_THEME}`);
			expect(ru).not.toContain(DETAILS_MARK);
			// The timeline's theme filter on the Russian country page.
			expect(await page('/ru/countries/xt')).toContain(`<span lang="ru">${RU_THEME}</span>`);
			const en = await page(`/countries/xt/cases/${caseId}`);
			expect(en).toContain(`lang="en">${EN_THEME}`);
			expect(en).not.toContain(RU_THEME);

			type Cases = { data: { themes: Record<string, unknown>[] }[] };
			const api = await apiJson<Cases>(`${app.url}/api/v1/cases?country=xt&lang=ru`);
			expect(api.data[0]!.themes[0]).toEqual({
				slug: SLUG,
				name: RU_THEME,
				instrument: 'ICCPR',
				article: '21',
				...russianOf('name', EN_THEME, RU_THEME)
			});
			const plain = await apiJson<Cases>(`${app.url}/api/v1/cases?country=xt`);
			expect(plain.data[0]!.themes[0]).toEqual({
				slug: SLUG,
				name: EN_THEME,
				instrument: 'ICCPR',
				article: '21'
			});
		}
	);
	it(
		"themes are the admins' vocabulary: researchers and editors may translate a name, not write a theme",
		{ timeout: 120_000 },
		async () => {
			const fields = { name: 'Testland press (fictional)', slug: 'testland-press' };
			const before = await themeKind.get(app.db, themeId);
			for (const who of ['researcher', 'editor'] as const) {
				const cookie = server().staff.cookies.get(who)!;
				const form = await fetch(`${app.url}/workspace/themes/${themeId}`, {
					headers: { cookie }
				});
				const html = await form.text();
				expect(html).toContain('id="translations"');
				expect(html).not.toContain('action="?/save"');
				expect(html).not.toContain('action="?/move"');
				// Nothing to cite on a theme: no sources panel saying one is needed to publish.
				expect(html).not.toContain('id="cite"');
				const history = await fetch(`${app.url}/workspace/themes/${themeId}/history`, {
					headers: { cookie }
				});
				expect(await history.text()).not.toContain('action="?/restore"');
				expect(
					(await fetch(`${app.url}/workspace/themes/new`, { headers: { cookie } })).status
				).toBe(403);
				expect((await post(who, 'themes/new', 'save', fields)).status).toBe(403);
				for (const [action, extra] of [
					['save', { ...fields, version: String(before.version) }],
					['move', { transition: 'unpublish', version: String(before.version) }],
					['delete', { version: String(before.version) }]
				] as const) {
					expect((await post(who, path(), action, extra)).status).toBe(403);
				}
				const restore = { revision: 'any', version: String(before.version) };
				expect((await post(who, `${path()}/history`, 'restore', restore)).status).toBe(403);
			}
			expect(await themeKind.get(app.db, themeId)).toEqual(before);

			const added = await post('admin', 'themes/new', 'save', fields);
			expect(added.status).toBe(303);
			expect(added.headers.get('location')).toMatch(/^\/workspace\/themes\/[^/?]+\?saved=1$/);
		}
	);
});
