import { beforeEach, expect, it } from 'vitest';
import { beforeDate, pointDate } from '../../src/lib/dates.js';
import type { Country } from '../../src/lib/server/db/schema.js';
import {
	createActor,
	deleteActor,
	findActor,
	getActor,
	listActors,
	restoreActor,
	setActorStatus,
	updateActor
} from '../../src/lib/server/repositories/actors.js';
import { ValidationError } from '../../src/lib/server/repositories/errors.js';
import {
	createLaw,
	deleteLaw,
	findLaw,
	getLaw,
	listLaws,
	restoreLaw,
	setLawStatus,
	updateLaw
} from '../../src/lib/server/repositories/laws.js';
import {
	createSource,
	deleteSource,
	findSource,
	getSource,
	listSources,
	restoreSource,
	setSourceStatus,
	updateSource
} from '../../src/lib/server/repositories/sources.js';
import {
	createTheme,
	deleteTheme,
	findTheme,
	findThemeBySlug,
	getTheme,
	listThemes,
	restoreTheme,
	setThemeStatus,
	updateTheme
} from '../../src/lib/server/repositories/themes.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { createTestland } from './fixtures.js';

describeEachDatabase('actors, themes, laws and sources', { fresh: 'test' }, ({ db }) => {
	let country: Country;

	beforeEach(async () => {
		country = await createTestland(db());
	});

	it('keeps actors with aliases and refuses an at-risk person without a pseudonym', async () => {
		const actor = await createActor(
			db(),
			{
				country_id: country.id,
				kind: 'person',
				name: 'Test Activist (fictional)',
				aliases: [' T. Activist ', '']
			},
			null
		);
		expect(actor.aliases).toEqual(['T. Activist']);
		expect(await getActor(db(), actor.id)).toEqual(actor);

		const error = await createActor(
			db(),
			{ kind: 'person', name: 'Test Person At Risk (fictional)', at_risk: true },
			null
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect((error as ValidationError).fields.public_pseudonym).toContain('pseudonym');

		// The rule applies to the row after the patch, in both directions.
		await expect(updateActor(db(), actor.id, 1, { at_risk: true }, null)).rejects.toBeInstanceOf(
			ValidationError
		);
		const protectedActor = await updateActor(
			db(),
			actor.id,
			1,
			{ at_risk: true, public_pseudonym: 'Person A' },
			null
		);
		expect(protectedActor).toMatchObject({ at_risk: 1, public_pseudonym: 'Person A', version: 2 });
		await expect(
			updateActor(db(), actor.id, 2, { public_pseudonym: ' ' }, null)
		).rejects.toBeInstanceOf(ValidationError);
		await expect(
			createActor(db(), { kind: 'alien' as 'person', name: 'x', country_id: 'nowhere' }, null)
		).rejects.toMatchObject({ fields: { kind: expect.any(String) } });
		await expect(
			createActor(db(), { kind: 'person', name: 'x', country_id: 'nowhere' }, null)
		).rejects.toMatchObject({ fields: { country_id: expect.any(String) } });
	});

	it('lists, publishes, trashes and restores actors', async () => {
		await createActor(
			db(),
			{
				country_id: country.id,
				kind: 'person',
				name: 'Test Activist (fictional)',
				aliases: ['T. Activist'],
				at_risk: true,
				public_pseudonym: 'Person A'
			},
			null
		);
		const party = await createActor(
			db(),
			{ country_id: country.id, kind: 'party', name: 'Test Party (fictional)' },
			null
		);
		expect((await listActors(db(), { country_id: country.id })).map((a) => a.name)).toEqual([
			'Test Activist (fictional)',
			'Test Party (fictional)'
		]);
		expect((await listActors(db(), { kind: ['party', 'media'] })).map((a) => a.id)).toEqual([
			party.id
		]);
		expect((await listActors(db(), { at_risk: true }))[0]?.aliases).toEqual(['T. Activist']);
		expect((await listActors(db(), { q: 'party', sort: 'recent' })).map((a) => a.id)).toEqual([
			party.id
		]);
		expect((await setActorStatus(db(), party.id, 1, 'published', null)).status).toBe('published');
		expect((await deleteActor(db(), party.id, null)).deleted_at).not.toBeNull();
		expect(await findActor(db(), party.id)).toBeUndefined();
		expect((await restoreActor(db(), party.id, null)).deleted_at).toBeNull();
		expect((await findActor(db(), party.id))?.version).toBe(4);
	});

	it('keeps themes with unique slugs', async () => {
		const theme = await createTheme(
			db(),
			{ slug: 'assembly', name: 'Peaceful assembly', instrument: 'ICCPR', article: '21' },
			null
		);
		await createTheme(
			db(),
			{ slug: 'women-rights', name: "Women's rights", instrument: 'CEDAW' },
			null
		);
		await expect(
			createTheme(db(), { slug: 'assembly', name: 'Again' }, null)
		).rejects.toMatchObject({ fields: { slug: expect.stringContaining('already') } });
		await expect(createTheme(db(), { slug: 'Bad Slug', name: 'x' }, null)).rejects.toMatchObject({
			fields: { slug: expect.any(String) }
		});
		expect((await findThemeBySlug(db(), 'assembly'))?.id).toBe(theme.id);
		expect((await listThemes(db())).map((t) => t.slug)).toEqual(['assembly', 'women-rights']);
		expect((await listThemes(db(), { instrument: 'CEDAW' })).map((t) => t.slug)).toEqual([
			'women-rights'
		]);
		const updated = await updateTheme(db(), theme.id, 1, { article: '21 (assembly)' }, null);
		expect(updated.version).toBe(2);
		expect((await getTheme(db(), theme.id)).article).toBe('21 (assembly)');
		await setThemeStatus(db(), theme.id, 2, 'published', null);
		await deleteTheme(db(), theme.id, null);
		expect(await findTheme(db(), theme.id)).toBeUndefined();
		expect(await findThemeBySlug(db(), 'assembly')).toBeUndefined();
		await restoreTheme(db(), theme.id, null);
		expect((await findTheme(db(), theme.id))?.status).toBe('published');
	});

	it('keeps laws with their dates and themes', async () => {
		const theme = await createTheme(db(), { slug: 'assembly', name: 'Peaceful assembly' }, null);
		const law = await createLaw(
			db(),
			{
				country_id: country.id,
				title: 'Test law on assemblies',
				reference: 'Law 1 (fictional)',
				law_status: 'amended',
				dated: pointDate('2020-05'),
				theme_ids: [theme.id]
			},
			null
		);
		expect(law).toMatchObject({ dated_precision: 'month', theme_ids: [theme.id] });
		const draft = await createLaw(
			db(),
			{ country_id: country.id, title: 'Test draft social-media law', law_status: 'draft' },
			null
		);
		expect((await listLaws(db(), { country_id: country.id })).map((l) => l.title)).toEqual([
			'Test draft social-media law',
			'Test law on assemblies'
		]);
		expect((await listLaws(db(), { law_status: 'draft' })).map((l) => l.id)).toEqual([draft.id]);
		expect((await listLaws(db(), { theme_id: theme.id })).map((l) => l.id)).toEqual([law.id]);
		expect(
			(await listLaws(db(), { from: '2020-01-01', sort: 'date_asc' })).map((l) => l.id)
		).toEqual([law.id]);
		const updated = await updateLaw(
			db(),
			law.id,
			1,
			{ law_status: 'in_force', theme_ids: [] },
			null
		);
		expect(updated).toMatchObject({ law_status: 'in_force', theme_ids: [], version: 2 });
		expect((await getLaw(db(), law.id)).theme_ids).toEqual([]);
		await expect(
			createLaw(
				db(),
				{ country_id: country.id, title: 'x', law_status: 'proposed' as 'draft' },
				null
			)
		).rejects.toMatchObject({ fields: { law_status: expect.any(String) } });
		await setLawStatus(db(), draft.id, 1, 'in_review', null);
		await deleteLaw(db(), draft.id, null);
		expect(await findLaw(db(), draft.id)).toBeUndefined();
		await restoreLaw(db(), draft.id, null);
		expect((await findLaw(db(), draft.id))?.status).toBe('in_review');
	});

	it('keeps sources and checks their addresses and dates', async () => {
		const report = await createSource(
			db(),
			{
				title: 'Test NGO report (fictional)',
				kind: 'report',
				publisher: 'Test NGO',
				published_date: pointDate('2021-11-22'),
				url: 'https://example.org/report',
				captured_on: '2021-11-23',
				reliability: 'high'
			},
			null
		);
		expect(report).toMatchObject({ published_text: '2021-11-22', reliability: 'high' });
		const article = await createSource(
			db(),
			{
				title: 'Test news article (fictional)',
				kind: 'article',
				published_date: beforeDate('2021')
			},
			null
		);
		await expect(
			createSource(db(), { title: 'Bad', kind: 'report', url: 'javascript:alert(1)' }, null)
		).rejects.toMatchObject({ fields: { url: expect.any(String) } });
		await expect(
			createSource(
				db(),
				{ title: 'Bad', kind: 'rumour' as 'report', captured_on: '23/11/2021' },
				null
			)
		).rejects.toMatchObject({
			fields: { kind: expect.any(String), captured_on: expect.any(String) }
		});

		// Newest first; "by 2021" sorts at the end of 2021, as compareDates orders it.
		expect((await listSources(db())).map((s) => s.id)).toEqual([article.id, report.id]);
		expect((await listSources(db(), { kind: 'article' })).map((s) => s.id)).toEqual([article.id]);
		expect((await listSources(db(), { reliability: 'high' })).map((s) => s.id)).toEqual([
			report.id
		]);
		expect(
			(await listSources(db(), { from: '2021-06-01', sort: 'date_asc' })).map((s) => s.id)
		).toEqual([report.id, article.id]);
		expect((await listSources(db(), { to: '2021-06-01', q: 'news' })).map((s) => s.id)).toEqual([
			article.id
		]);
		const updated = await updateSource(db(), article.id, 1, { url: '', archive_url: null }, null);
		expect(updated).toMatchObject({ url: null, version: 1 });
		const withUrl = await updateSource(db(), article.id, 1, { url: 'https://example.org/a' }, null);
		expect(withUrl.version).toBe(2);
		await setSourceStatus(db(), article.id, 2, 'published', null);
		await deleteSource(db(), article.id, null);
		expect(await findSource(db(), article.id)).toBeUndefined();
		await restoreSource(db(), article.id, null);
		expect((await getSource(db(), article.id)).status).toBe('published');
	});
});
