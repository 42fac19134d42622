import { beforeEach, expect, it } from 'vitest';
import { pointDate, rangeDate } from '../../src/lib/dates.js';
import type { Country, Theme } from '../../src/lib/server/db/schema.js';
import { createActor } from '../../src/lib/server/repositories/actors.js';
import {
	createAsk,
	deleteAsk,
	findAsk,
	getAsk,
	listAsks,
	restoreAsk,
	setAskStatus,
	updateAsk
} from '../../src/lib/server/repositories/asks.js';
import {
	countEngagements,
	createEngagement,
	deleteEngagement,
	findEngagement,
	getEngagement,
	listEngagements,
	restoreEngagement,
	setEngagementStatus,
	updateEngagement
} from '../../src/lib/server/repositories/engagements.js';
import { listRevisions } from '../../src/lib/server/repositories/revisions.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { createTestland, createTestThemes } from './fixtures.js';

describeEachDatabase('engagements and asks repositories', { fresh: 'test' }, ({ db }) => {
	let country: Country;
	let themes: { assembly: Theme; expression: Theme };
	let euId: string;
	let ministerId: string;
	let visitId: string;
	let agreementId: string;
	let visit: Awaited<ReturnType<typeof createEngagement>>;
	let agreement: Awaited<ReturnType<typeof createEngagement>>;

	beforeEach(async () => {
		country = await createTestland(db());
		themes = await createTestThemes(db());
		euId = (await createActor(db(), { kind: 'international_body', name: 'Test EU body' }, null)).id;
		ministerId = (
			await createActor(
				db(),
				{ kind: 'person', name: 'Test Minister (fictional)', country_id: country.id },
				null
			)
		).id;
		// A visit with actors on both sides and an agreement without any, as the tests read them.
		visit = await createEngagement(
			db(),
			{
				country_id: country.id,
				title: 'Test visit to Brussels',
				kind: 'visit',
				eu_actors: 'Test presidents',
				start: pointDate('2021-11-25'),
				end: pointDate('2021-11-26'),
				human_rights_raised: 'unknown',
				actors: [
					{ actor_id: ministerId, side: 'counterpart' },
					{ actor_id: euId, side: 'eu' }
				]
			},
			null
		);
		visitId = visit.id;
		agreement = await createEngagement(
			db(),
			{
				country_id: country.id,
				title: 'Test partnership agreement in force',
				kind: 'agreement',
				start: pointDate('2020-03'),
				human_rights_clause: 'yes'
			},
			null
		);
		agreementId = agreement.id;
	});

	it('creates engagements with their EU and counterpart actors', async () => {
		expect(visit).toMatchObject({
			start_text: '2021-11-25',
			end_text: '2021-11-26',
			human_rights_clause: 'unknown',
			actors: [
				{ actor_id: ministerId, side: 'counterpart' },
				{ actor_id: euId, side: 'eu' }
			]
		});
		expect(await getEngagement(db(), agreementId)).toMatchObject({ actors: [] });
	});

	it('validates engagements', async () => {
		const base = { country_id: country.id, title: 'Bad engagement', kind: 'visit' as const };
		await expect(
			createEngagement(db(), base as Parameters<typeof createEngagement>[1], null)
		).rejects.toMatchObject({ fields: { start: expect.any(String) } });
		await expect(
			createEngagement(
				db(),
				{ ...base, start: pointDate('2021-11-25'), end: pointDate('2021-11-20') },
				null
			)
		).rejects.toMatchObject({ fields: { end: expect.any(String) } });
		await expect(
			createEngagement(
				db(),
				{
					...base,
					start: pointDate('2021'),
					actors: [
						{ actor_id: euId, side: 'eu' },
						{ actor_id: euId, side: 'counterpart' }
					]
				},
				null
			)
		).rejects.toMatchObject({ fields: { actors: expect.stringContaining('one side') } });
		await expect(
			createEngagement(
				db(),
				{ ...base, start: pointDate('2021'), actors: [{ actor_id: 'ghost', side: 'eu' }] },
				null
			)
		).rejects.toMatchObject({ fields: { actors: expect.stringContaining('ghost') } });
		await expect(
			createEngagement(
				db(),
				{ ...base, start: pointDate('2021'), human_rights_raised: 'maybe' as 'yes' },
				null
			)
		).rejects.toMatchObject({ fields: { human_rights_raised: expect.any(String) } });
		expect(await countEngagements(db(), { q: 'bad engagement' })).toBe(0);
	});

	it('lists engagements by date with filters', async () => {
		const titles = async (filters: Parameters<typeof listEngagements>[1]) =>
			(await listEngagements(db(), filters)).map((e) => e.title);
		expect(await titles({ country_id: country.id })).toEqual([
			'Test partnership agreement in force',
			'Test visit to Brussels'
		]);
		expect(await titles({ kind: 'visit' })).toEqual(['Test visit to Brussels']);
		expect(await titles({ actor_id: euId })).toEqual(['Test visit to Brussels']);
		expect(await titles({ from: '2021-01-01' })).toEqual(['Test visit to Brussels']);
		expect(await titles({ to: '2020-12-31' })).toEqual(['Test partnership agreement in force']);
		expect(await titles({ human_rights_raised: 'yes' })).toEqual([]);
		expect(await titles({ sort: 'date_desc' })).toEqual([
			'Test visit to Brussels',
			'Test partnership agreement in force'
		]);
		expect(await countEngagements(db(), { country_id: country.id })).toBe(2);
	});

	it('updates, publishes, trashes and restores an engagement', async () => {
		const updated = await updateEngagement(
			db(),
			visitId,
			1,
			{ human_rights_raised: 'yes', actors: [{ actor_id: euId, side: 'eu' }] },
			null
		);
		expect(updated).toMatchObject({ version: 2, actors: [{ actor_id: euId, side: 'eu' }] });
		const history = await listRevisions(db(), 'engagement', visitId);
		expect(history[1]?.changed_fields).toEqual(['actors', 'human_rights_raised']);
		await setEngagementStatus(db(), visitId, 2, 'in_review', null);
		await deleteEngagement(db(), visitId, null);
		expect(await findEngagement(db(), visitId)).toBeUndefined();
		await restoreEngagement(db(), visitId, null);
		expect((await getEngagement(db(), visitId)).version).toBe(5);
		await expect(
			updateEngagement(db(), visitId, 5, { start: null as never }, null)
		).rejects.toMatchObject({ fields: { start: expect.any(String) } });
	});

	it('creates, tracks and lists asks', async () => {
		const ask = await createAsk(
			db(),
			{
				country_id: country.id,
				title: 'Stop broad extremism charges',
				recommendation: 'Test recommendation text (fictional).',
				addressed_to: 'EU leaders',
				made_where: 'Test joint letter',
				made: rangeDate('2021-10', '2021-11', 'weeks before the visit'),
				theme_ids: [themes.expression.id]
			},
			null
		);
		expect(ask).toMatchObject({
			ask_status: 'open',
			made_precision: 'range',
			made_earliest: '2021-10-01',
			made_latest: '2021-11-30',
			theme_ids: [themes.expression.id]
		});
		const second = await createAsk(
			db(),
			{
				country_id: country.id,
				title: 'Release detained protesters',
				recommendation: 'Test recommendation (fictional).',
				theme_ids: [themes.assembly.id]
			},
			null
		);
		const raised = await updateAsk(db(), ask.id, 1, { ask_status: 'raised' }, null);
		expect(raised).toMatchObject({ ask_status: 'raised', status: 'draft', version: 2 });
		expect((await setAskStatus(db(), ask.id, 2, 'published', null)).status).toBe('published');

		const titles = async (filters: Parameters<typeof listAsks>[1]) =>
			(await listAsks(db(), filters)).map((a) => a.title);
		expect(await titles({ country_id: country.id })).toEqual([
			'Stop broad extremism charges',
			'Release detained protesters'
		]);
		expect(await titles({ ask_status: ['raised', 'acted_on'] })).toEqual([
			'Stop broad extremism charges'
		]);
		expect(await titles({ theme_id: themes.assembly.id })).toEqual(['Release detained protesters']);
		expect(await titles({ from: '2021-11-15', to: '2021-11-30' })).toEqual([
			'Stop broad extremism charges'
		]);
		expect(await titles({ status: 'published' })).toEqual(['Stop broad extremism charges']);
		expect(await titles({ sort: 'title' })).toEqual([
			'Release detained protesters',
			'Stop broad extremism charges'
		]);

		await deleteAsk(db(), second.id, null);
		expect(await findAsk(db(), second.id)).toBeUndefined();
		await restoreAsk(db(), second.id, null);
		expect((await getAsk(db(), second.id)).theme_ids).toEqual([themes.assembly.id]);
		await expect(
			createAsk(db(), { country_id: country.id, title: 'No text', recommendation: '' }, null)
		).rejects.toMatchObject({ fields: { recommendation: expect.any(String) } });
		await expect(
			updateAsk(db(), second.id, 3, { ask_status: 'done' as 'raised' }, null)
		).rejects.toMatchObject({ fields: { ask_status: expect.any(String) } });
	});
});
