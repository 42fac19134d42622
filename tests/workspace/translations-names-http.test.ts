import { beforeAll, expect, it } from 'vitest';
import { addAssessment } from '../../src/lib/server/repositories/assessments.js';
import { citeSource } from '../../src/lib/server/repositories/citations.js';
import { listTranslations } from '../../src/lib/server/repositories/translations.js';
import type { RecordType } from '../../src/lib/server/db/schema.js';
import { searchRecords } from '../../src/lib/server/search/index.js';
import { actorKind } from '../../src/lib/server/workspace/kinds/actor.js';
import { caseKind } from '../../src/lib/server/workspace/kinds/case.js';
import { pledgeKind } from '../../src/lib/server/workspace/kinds/pledge.js';
import { type AppServer } from '../helpers/app-server.js';
import {
	apiJson,
	russianOf,
	describeWithTranslationServer,
	type TranslationServer,
	type Who
} from './staff-sessions.js';

/*
 * Translations beyond a record's title and description (issue 12, items 3 and 4): an actor's
 * name in another language, a case's outcome and date notes, and an assessment's rationale.
 * Each is written by a researcher, refused to its own writer by the four-eyes rule on every
 * path that publishes a translation, published by another editor, and then shown on the
 * Russian pages, in `?lang=ru` of the API and its CSV, and in the Russian feed. Everything
 * here is about the fictional Testland.
 */

const EN_NAME = 'Tess Testova (fictional)';
const RU_NAME = 'Тесс Тестова (вымышленная)';
const RU_NAME_DRAFT = 'Тесс Тестова';
const EN_OUTCOME = 'Released after ten days (fictional).';
const RU_OUTCOME = 'Освобождена через десять дней (вымышленно).';
const EN_START_NOTE = 'Reported a week later (fictional).';
const RU_START_NOTE = 'Сообщено неделей позже (вымышленно).';
const EN_RATIONALE = 'No step was taken (fictional).';
const RU_RATIONALE = 'Никаких шагов не сделано (вымышленно).';
const AT_RISK_REAL = 'Hidden Realname (fictional)';
const AT_RISK_RU = 'Скрытое Настоящее Имя (вымышленное)';

describeWithTranslationServer(
	'translations of names and notes over HTTP',
	'names',
	({ server }) => {
		let app: AppServer;
		let actorId: string;
		let hiddenId: string;
		let caseId: string;
		let pledgeId: string;
		let assessmentId: string;

		beforeAll(async () => {
			const setup = server();
			({ app } = setup);
			const { researcherId, country, source, saved } = setup;
			actorId = await saved(actorKind, {
				name: EN_NAME,
				kind: 'person',
				country_id: country.id
			});
			hiddenId = await saved(actorKind, {
				name: AT_RISK_REAL,
				kind: 'person',
				country_id: country.id,
				at_risk: 'on',
				public_pseudonym: 'Witness T (fictional)'
			});
			caseId = await saved(caseKind, {
				title: 'Testland reporter detained (fictional)',
				case_type: 'detention',
				country_id: country.id,
				start: '2020-05',
				start_note: EN_START_NOTE,
				end: '',
				outcome: EN_OUTCOME,
				verification: 'reported',
				affected: [actorId, hiddenId],
				description: 'A fictional description.'
			});
			pledgeId = await saved(pledgeKind, {
				title: 'Testland promises a fictional reform',
				country_id: country.id,
				made: '2019',
				made_by_actor_id: actorId
			});
			for (const [type, id] of [
				['case', caseId],
				['pledge', pledgeId]
			] as const)
				await citeSource(app.db, { source_id: source.id, record_type: type, record_id: id }, null);
			for (const id of [actorId, hiddenId])
				await actorKind.setStatus(app.db, id, 1, 'published', null);
			await caseKind.setStatus(app.db, caseId, 1, 'published', null);
			await pledgeKind.setStatus(app.db, pledgeId, 1, 'published', null);
			const assessment = await addAssessment(
				app.db,
				pledgeId,
				{ rating: 'stalled', assessed_on: '2021-02-01', rationale: EN_RATIONALE },
				researcherId
			);
			assessmentId = assessment.id;
			await app.db
				.updateTable('pledge_assessments')
				.set({ status: 'published', published_at: new Date().toISOString() })
				.where('id', '=', assessmentId)
				.execute();
		}, 180_000);

		const post: TranslationServer['post'] = (...form) => server().post(...form);
		const save = (who: Who, path: string, recordId: string, field: string, text: string) =>
			translationOf(recordTypeOf(recordId), recordId, field).then((t) =>
				post(who, path, 'saveTranslation', {
					record_id: recordId,
					field,
					lang: 'ru',
					text,
					version: String(t?.version ?? 0)
				})
			);
		const recordTypeOf = (id: string): RecordType =>
			id === actorId || id === hiddenId
				? 'actor'
				: id === caseId
					? 'case'
					: id === pledgeId
						? 'pledge'
						: 'assessment';
		const translationOf = async (type: RecordType, id: string, field: string) =>
			(await listTranslations(app.db, type, id)).find((t) => t.field === field);
		const publish = async (who: Who, path: string, recordId: string, field: string) => {
			const t = (await translationOf(recordTypeOf(recordId), recordId, field))!;
			return post(who, path, 'publishTranslation', {
				translation: t.id,
				version: String(t.version)
			});
		};
		const page = async (path: string) => (await fetch(`${app.url}${path}`)).text();

		it(
			'a Russian name waits for review; the Russian pages show the English one, marked',
			{ timeout: 120_000 },
			async () => {
				expect(
					(await save('researcher', `actors/${actorId}`, actorId, 'name', RU_NAME_DRAFT)).status
				).toBe(303);
				const ru = await page(`/ru/countries/xt/cases/${caseId}`);
				expect(ru).not.toContain(RU_NAME_DRAFT);
				expect(ru).toContain(`lang="en">${EN_NAME}`);
				expect(ru).toContain('Ещё не переведено; показано на английском');
			}
		);

		it(
			'the four-eyes rule refuses the writer on every path that publishes a translation',
			{ timeout: 60_000 },
			async () => {
				const asResearcher = await publish('researcher', `actors/${actorId}`, actorId, 'name');
				expect(asResearcher.status).toBe(403);
				// The editor corrects the name, so they become one of its writers.
				expect((await save('editor', `actors/${actorId}`, actorId, 'name', RU_NAME)).status).toBe(
					303
				);
				const own = await publish('editor', `actors/${actorId}`, actorId, 'name');
				expect(own.status).toBe(409);
				expect(await own.text()).toContain('four-eyes rule');
				// Declaring the language the name is written in waits for review the same way.
				const field = { record_id: actorId, field: 'name' };
				expect(
					(await post('editor', `actors/${actorId}`, 'originalLanguage', { ...field, lang: 'en' }))
						.status
				).toBe(303);
				const ownLanguage = await post('editor', `actors/${actorId}`, 'originalLanguage', {
					...field,
					step: 'publish'
				});
				expect(ownLanguage.status).toBe(409);
				expect(await ownLanguage.text()).toContain('four-eyes rule');
				// The translation of a record cannot be published from another record's page.
				const elsewhere = await publish('other-editor', `cases/${caseId}`, actorId, 'name');
				expect(elsewhere.status).toBe(404);
				expect((await translationOf('actor', actorId, 'name'))!.published_text).toBeNull();
				expect(await page(`/ru/countries/xt/cases/${caseId}`)).not.toContain(RU_NAME);
			}
		);

		it(
			'another editor publishes the name: the Russian pages, API, CSV and search have it',
			{ timeout: 120_000 },
			async () => {
				expect((await publish('other-editor', `actors/${actorId}`, actorId, 'name')).status).toBe(
					303
				);
				const ru = await page(`/ru/countries/xt/cases/${caseId}`);
				expect(ru).toContain(`lang="ru">${RU_NAME}`);
				expect(await page(`/ru/countries/xt`)).toContain(`lang="ru">${RU_NAME}`);
				expect(await page(`/ru/countries/xt/pledges/${pledgeId}`)).toContain(
					`lang="ru">${RU_NAME}`
				);
				const en = await page(`/countries/xt/cases/${caseId}`);
				expect(en).toContain(EN_NAME);
				expect(en).not.toContain(RU_NAME);
				type Cases = { data: { affected: Record<string, unknown>[] }[] };
				const api = await apiJson<Cases>(`${app.url}/api/v1/cases?country=xt&lang=ru`);
				const named = api.data[0]!.affected.find((a) => a.id === actorId);
				expect(named).toMatchObject({ name: RU_NAME, ...russianOf('name', EN_NAME, RU_NAME) });
				const plain = await apiJson<Cases>(`${app.url}/api/v1/cases?country=xt`);
				expect(plain.data[0]!.affected.find((a) => a.id === actorId)).toMatchObject({
					name: EN_NAME
				});
				expect(plain.data[0]!.affected.find((a) => a.id === actorId)).not.toHaveProperty('lang');
				expect(
					await (await fetch(`${app.url}/api/v1/pledges.csv?country=xt&lang=ru`)).text()
				).toContain(RU_NAME);
				expect(
					await (await fetch(`${app.url}/api/v1/pledges.csv?country=xt`)).text()
				).not.toContain(RU_NAME);
				// The workspace search finds the case that names the actor by the Russian name.
				const found = await searchRecords(app.db, { q: 'Тестова', types: ['case'] });
				expect(found.items.map((i) => i.id)).toContain(caseId);
			}
		);

		it(
			"an at-risk person's name stays hidden even when a translation of it is published",
			{ timeout: 60_000 },
			async () => {
				expect(
					(await save('researcher', `actors/${hiddenId}`, hiddenId, 'name', AT_RISK_RU)).status
				).toBe(303);
				expect((await publish('other-editor', `actors/${hiddenId}`, hiddenId, 'name')).status).toBe(
					303
				);
				for (const path of [
					`/ru/countries/xt/cases/${caseId}`,
					`/ru/countries/xt`,
					`/api/v1/cases?country=xt&lang=ru`,
					`/api/v1/cases.csv?country=xt&lang=ru`
				]) {
					const text = await page(path);
					expect(text).not.toContain(AT_RISK_RU);
					expect(text).not.toContain(AT_RISK_REAL);
					expect(text).not.toContain(hiddenId);
				}
			}
		);

		it(
			"a case's outcome and date note, translated and published, show in Russian",
			{ timeout: 120_000 },
			async () => {
				const path = `cases/${caseId}`;
				expect((await save('researcher', path, caseId, 'outcome', RU_OUTCOME)).status).toBe(303);
				expect((await save('researcher', path, caseId, 'start_note', RU_START_NOTE)).status).toBe(
					303
				);
				expect((await publish('researcher', path, caseId, 'outcome')).status).toBe(403);
				expect(await page(`/ru/countries/xt/cases/${caseId}`)).not.toContain(RU_OUTCOME);
				for (const field of ['outcome', 'start_note'])
					expect((await publish('other-editor', path, caseId, field)).status).toBe(303);
				const ru = await page(`/ru/countries/xt/cases/${caseId}`);
				expect(ru).toContain(`lang="ru">${RU_OUTCOME}`);
				expect(ru).toContain(`lang="ru">(${RU_START_NOTE})`);
				expect(await page(`/countries/xt/cases/${caseId}`)).not.toContain(RU_OUTCOME);
				const api = (await (await fetch(`${app.url}/api/v1/cases?country=xt&lang=ru`)).json()) as {
					data: { outcome: string; start: { note: string }; lang: Record<string, string> }[];
				};
				expect(api.data[0]).toMatchObject({
					outcome: RU_OUTCOME,
					start: { note: RU_START_NOTE },
					lang: { outcome: 'ru', start_note: 'ru' }
				});
			}
		);

		it(
			'a translated rationale shows on the Russian pledge page, in the Russian feed and open data',
			{ timeout: 120_000 },
			async () => {
				const path = `pledges/${pledgeId}`;
				expect(
					(await save('researcher', path, assessmentId, 'rationale', RU_RATIONALE)).status
				).toBe(303);
				expect((await publish('other-editor', path, assessmentId, 'rationale')).status).toBe(303);
				expect(await page(`/ru/countries/xt/pledges/${pledgeId}`)).toContain(
					`lang="ru">${RU_RATIONALE}`
				);
				const feed = await page('/api/v1/countries/xt/feed.atom?lang=ru');
				const entry = feed.split('<entry>').find((e) => e.includes(`pledges/${pledgeId}`))!;
				expect(entry).toContain(RU_RATIONALE);
				expect(entry).not.toContain(EN_RATIONALE);
				expect(await page('/api/v1/countries/xt/feed.atom')).toContain(EN_RATIONALE);
				// The API's pledge rated by this assessment: its rationale with its language tag.
				type Pledges = { data: { id: string; current: Record<string, unknown> }[] };
				const ratedIn = async (query: string) =>
					(await apiJson<Pledges>(`${app.url}/api/v1/pledges?country=xt${query}`)).data.find(
						(p) => p.id === pledgeId
					)!.current;
				expect(await ratedIn('&lang=ru')).toMatchObject({
					assessmentId,
					rationale: RU_RATIONALE,
					...russianOf('rationale', EN_RATIONALE, RU_RATIONALE)
				});
				const plain = await ratedIn('');
				expect(plain).toMatchObject({ assessmentId, rationale: EN_RATIONALE });
				expect(plain).not.toHaveProperty('lang');
				const csv = await page('/api/v1/pledges.csv?country=xt&lang=ru');
				expect(csv).toContain(RU_RATIONALE);
				expect(csv).not.toContain(EN_RATIONALE);
				expect(await page('/api/v1/pledges.csv?country=xt')).toContain(EN_RATIONALE);
			}
		);
	}
);
