import { afterEach, beforeEach, expect, it } from 'vitest';
import { pointDate } from '../../src/lib/dates.js';
import type { Country, Theme } from '../../src/lib/server/db/schema.js';
import { createActor } from '../../src/lib/server/repositories/actors.js';
import { setClock } from '../../src/lib/server/clock.js';
import { createEngagement } from '../../src/lib/server/repositories/engagements.js';
import { NotFoundError, VersionConflictError } from '../../src/lib/server/repositories/errors.js';
import { createLaw } from '../../src/lib/server/repositories/laws.js';
import {
	countPledges,
	createPledge,
	deletePledge,
	findPledge,
	getPledge,
	isDeadlineMissed,
	listPledges,
	restorePledge,
	setPledgeStatus,
	updatePledge
} from '../../src/lib/server/repositories/pledges.js';
import {
	addAssessment,
	deleteAssessment,
	getAssessment,
	getCurrentRating,
	listAssessments,
	restoreAssessment,
	setAssessmentStatus,
	updateAssessment
} from '../../src/lib/server/repositories/assessments.js';
import { listRevisions } from '../../src/lib/server/repositories/revisions.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { createTestland, createTestThemes } from './fixtures.js';

describeEachDatabase('pledges repository', { fresh: 'test' }, ({ db }) => {
	let country: Country;
	let themes: { assembly: Theme; expression: Theme };
	let lawId: string;
	let speakerId: string;
	let engagementId: string;
	const ids: Record<string, string> = {};
	let assemblyCreated: Awaited<ReturnType<typeof createPledge>>;

	afterEach(() => setClock(null));

	beforeEach(async () => {
		country = await createTestland(db());
		themes = await createTestThemes(db());
		lawId = (
			await createLaw(
				db(),
				{ country_id: country.id, title: 'Test assembly law', law_status: 'in_force' },
				null
			)
		).id;
		speakerId = (
			await createActor(
				db(),
				{ kind: 'person', name: 'Test President (fictional)', country_id: country.id },
				null
			)
		).id;
		engagementId = (
			await createEngagement(
				db(),
				{
					country_id: country.id,
					title: 'Test summit',
					kind: 'summit',
					start: pointDate('2021-11-25')
				},
				null
			)
		).id;
		// Two pledges every test starts from: one with every reference, one with the least.
		const pledge = await createPledge(
			db(),
			{
				country_id: country.id,
				title: 'Reform the assembly law',
				promise: 'Test promise text (fictional)',
				made_by_actor_id: speakerId,
				engagement_id: engagementId,
				made: pointDate('2021-09'),
				deadline: '2022-12-31',
				law_ids: [lawId, lawId],
				theme_ids: [themes.assembly.id]
			},
			null
		);
		ids.assembly = pledge.id;
		assemblyCreated = pledge;
		ids.media = (
			await createPledge(
				db(),
				{
					country_id: country.id,
					title: 'Protect media freedom',
					made: pointDate('2020'),
					theme_ids: [themes.expression.id]
				},
				null
			)
		).id;
	});

	/* An assessment of the assembly pledge judged on `assessedOn`, entered on `enteredOn` (2030). */
	function assessAssembly(
		enteredOn: string,
		rating: Parameters<typeof addAssessment>[2]['rating'],
		rationale: string,
		assessedOn = '2021-10-01'
	): ReturnType<typeof addAssessment> {
		setClock(() => new Date(`${enteredOn}T00:00:00.000Z`));
		return addAssessment(db(), ids.assembly!, { rating, assessed_on: assessedOn, rationale }, null);
	}

	/*
	 * The assembly pledge rated as the assessments test leaves it: in the works (published),
	 * then broken on the same day, entered later (a draft).
	 */
	async function rateAssembly() {
		const first = await assessAssembly('2030-01-01', 'in_the_works', 'Draft announced.');
		await setAssessmentStatus(db(), first.id, 1, 'published', null);
		await assessAssembly('2030-01-03', 'broken', 'Protesters detained.');
	}

	it('creates a pledge with its laws and themes', async () => {
		const pledge = assemblyCreated;
		expect(pledge).toMatchObject({
			made_text: '2021-09',
			made_precision: 'month',
			made_earliest: '2021-09-01',
			made_latest: '2021-09-30',
			deadline: '2022-12-31',
			law_ids: [lawId],
			theme_ids: [themes.assembly.id],
			version: 1
		});
		expect(await getPledge(db(), pledge.id)).toEqual(pledge);
	});

	it('rejects a pledge without a date, with a bad deadline or unknown references', async () => {
		const base = { country_id: country.id, title: 'Invalid pledge' };
		await expect(
			createPledge(db(), { ...base } as Parameters<typeof createPledge>[1], null)
		).rejects.toMatchObject({ fields: { made: expect.stringContaining('year is enough') } });
		await expect(
			createPledge(db(), { ...base, made: pointDate('2021'), deadline: '2022-02-30' }, null)
		).rejects.toMatchObject({ fields: { deadline: expect.stringContaining('YYYY-MM-DD') } });
		await expect(
			createPledge(db(), { ...base, made: pointDate('2021'), made_by_actor_id: 'nobody' }, null)
		).rejects.toMatchObject({ fields: { made_by_actor_id: expect.any(String) } });
		await expect(
			createPledge(db(), { ...base, made: pointDate('2021'), law_ids: ['no-law'] }, null)
		).rejects.toMatchObject({ fields: { law_ids: expect.any(String) } });
		expect(await countPledges(db(), { q: 'invalid' })).toBe(0);
	});

	it('keeps dated assessments; the current rating is the latest by day, then by entry', async () => {
		expect(await getCurrentRating(db(), ids.assembly!)).toEqual({
			rating: 'not_yet_rated',
			assessment: null
		});
		const first = await assessAssembly('2030-01-01', 'in_the_works', 'Draft announced.');
		// Entered later but judged on an earlier day: it does not become current.
		await assessAssembly('2030-01-02', 'stalled', 'Earlier view.', '2021-09-15');
		expect((await getCurrentRating(db(), ids.assembly!)).rating).toBe('in_the_works');
		// Same day, entered later: this one is current.
		const broken = await assessAssembly('2030-01-03', 'broken', 'Protesters detained.');
		const current = await getCurrentRating(db(), ids.assembly!);
		expect(current.rating).toBe('broken');
		expect(current.assessment?.id).toBe(broken.id);
		expect((await listAssessments(db(), ids.assembly!)).map((a) => a.rating)).toEqual([
			'broken',
			'in_the_works',
			'stalled'
		]);

		// The public sees only published assessments.
		expect((await getCurrentRating(db(), ids.assembly!, { publishedOnly: true })).rating).toBe(
			'not_yet_rated'
		);
		await setAssessmentStatus(db(), first.id, 1, 'published', null);
		expect((await getCurrentRating(db(), ids.assembly!, { publishedOnly: true })).rating).toBe(
			'in_the_works'
		);

		// A trashed assessment no longer counts.
		await deleteAssessment(db(), broken.id, null);
		expect((await getCurrentRating(db(), ids.assembly!)).rating).toBe('in_the_works');
		expect(await listAssessments(db(), ids.assembly!, { includeDeleted: true })).toHaveLength(3);
		await restoreAssessment(db(), broken.id, null);
		expect((await getCurrentRating(db(), ids.assembly!)).rating).toBe('broken');

		const edited = await updateAssessment(
			db(),
			broken.id,
			3,
			{ rationale: 'Protesters detained and fined.' },
			null
		);
		expect(edited.version).toBe(4);
		expect((await getAssessment(db(), broken.id)).rationale).toBe('Protesters detained and fined.');
		await expect(
			updateAssessment(db(), broken.id, 3, { rating: 'kept' }, null)
		).rejects.toBeInstanceOf(VersionConflictError);
		expect((await listRevisions(db(), 'assessment', broken.id)).map((r) => r.action)).toEqual([
			'create',
			'delete',
			'undelete',
			'update'
		]);
	});

	it('validates assessments and needs an existing pledge', async () => {
		await expect(
			addAssessment(
				db(),
				ids.media!,
				{ rating: 'great' as 'kept', assessed_on: '2021', rationale: '' },
				null
			)
		).rejects.toMatchObject({
			fields: {
				rating: expect.any(String),
				assessed_on: expect.any(String),
				rationale: expect.any(String)
			}
		});
		await expect(
			addAssessment(
				db(),
				'no-pledge',
				{ rating: 'kept', assessed_on: '2021-01-01', rationale: 'x' },
				null
			)
		).rejects.toBeInstanceOf(NotFoundError);
	});

	it('lists pledges with their current rating and filters on it', async () => {
		await rateAssembly();
		const all = await listPledges(db(), { country_id: country.id });
		expect(all.map((p) => [p.title, p.current_rating])).toEqual([
			['Protect media freedom', 'not_yet_rated'],
			['Reform the assembly law', 'broken']
		]);
		expect((await listPledges(db(), { rating: 'broken' })).map((p) => p.id)).toEqual([
			ids.assembly
		]);
		expect((await listPledges(db(), { rating: ['not_yet_rated'] })).map((p) => p.id)).toEqual([
			ids.media
		]);
		expect((await listPledges(db(), { publishedOnly: true })).map((p) => p.current_rating)).toEqual(
			['not_yet_rated', 'in_the_works']
		);
		expect((await listPledges(db(), { theme_id: themes.expression.id })).map((p) => p.id)).toEqual([
			ids.media
		]);
		expect((await listPledges(db(), { law_id: lawId })).map((p) => p.id)).toEqual([ids.assembly]);
		expect((await listPledges(db(), { made_by_actor_id: speakerId })).map((p) => p.id)).toEqual([
			ids.assembly
		]);
		expect((await listPledges(db(), { engagement_id: engagementId })).map((p) => p.id)).toEqual([
			ids.assembly
		]);
		expect((await listPledges(db(), { from: '2021-01-01' })).map((p) => p.id)).toEqual([
			ids.assembly
		]);
		expect((await listPledges(db(), { sort: 'date_desc', limit: 1 })).map((p) => p.id)).toEqual([
			ids.assembly
		]);
		expect(await countPledges(db(), { rating: 'broken' })).toBe(1);
	});

	it('flags a passed deadline without a kept rating', async () => {
		await rateAssembly();
		expect(await listPledges(db(), { overdue: true, today: '2022-06-01' })).toEqual([]);
		const overdue = await listPledges(db(), { overdue: true, today: '2023-01-01' });
		expect(overdue.map((p) => p.id)).toEqual([ids.assembly]);
		expect(isDeadlineMissed({ deadline: '2022-12-31' }, 'broken', '2023-01-01')).toBe(true);
		expect(isDeadlineMissed({ deadline: '2022-12-31' }, 'kept', '2023-01-01')).toBe(false);
		expect(isDeadlineMissed({ deadline: '2022-12-31' }, 'stalled', '2022-12-31')).toBe(false);
		expect(isDeadlineMissed({ deadline: null }, 'broken', '2023-01-01')).toBe(false);
	});

	it('updates, publishes, trashes and restores a pledge', async () => {
		const updated = await updatePledge(
			db(),
			ids.media!,
			1,
			{ deadline: '2021-12-31', law_ids: [lawId], made: pointDate('2020-03') },
			null
		);
		expect(updated).toMatchObject({ version: 2, law_ids: [lawId], made_precision: 'month' });
		await expect(
			updatePledge(db(), ids.media!, 2, { made: null as never }, null)
		).rejects.toMatchObject({
			fields: { made: expect.any(String) }
		});
		const published = await setPledgeStatus(db(), ids.media!, 2, 'published', null);
		expect(published.status).toBe('published');
		await deletePledge(db(), ids.media!, null, 3);
		expect(await findPledge(db(), ids.media!)).toBeUndefined();
		expect(await listPledges(db(), { deleted: 'only' })).toHaveLength(1);
		await restorePledge(db(), ids.media!, null, 4);
		expect((await getPledge(db(), ids.media!)).version).toBe(5);
	});
});
