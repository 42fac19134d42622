import { randomBytes, randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { DB } from '../../src/lib/server/db/connect.js';
import type { Database, WorkflowStatus } from '../../src/lib/server/db/schema.js';
import { buildPack, issuePack } from '../../src/lib/server/briefings/packs.js';
import { insertUser, linkRow, workflowColumns } from '../helpers/rows.js';

/*
 * Plants a unique marker in every place the public must never see: internal notes of
 * published records, whole unpublished (draft, in review) and deleted records of every type,
 * an at-risk person's real name, aliases and description, notes of links and joins whose far
 * end is unpublished, draft assessments, a published case in an unpublished country, and
 * account, settings, audit and revision rows. Everything lives in the fictional country
 * Leakland (XL) and its unpublished siblings, plus internal notes on the demo's records.
 *
 * Each marker is lower-case letters and digits only, so no escaping (HTML, JSON, CSV, XML,
 * URLs) can disguise it, and it says where it was planted.
 */

export interface Planted {
	/** marker -> where it was planted */
	markers: Map<string, string>;
	/** Values for route parameters: country codes and record ids, published or not. */
	codes: string[];
	ids: Record<
		'case' | 'pledge' | 'engagement' | 'law' | 'ask' | 'actor' | 'source' | 'briefing',
		string[]
	>;
	/** Theme slugs, published or not, for filter parameters. */
	themes: string[];
	/** Text that must appear publicly, to show the crawl saw the planted published records. */
	published: { countryName: string; caseTitle: string; pseudonym: string };
}

const RUN = randomBytes(4).toString('hex');
const now = '2024-03-01T00:00:00.000Z';

export async function plantMarkers(db: DB): Promise<Planted> {
	const markers = new Map<string, string>();
	const mark = (where: string) => {
		const marker = `pwleak${markers.size}z${RUN}`;
		markers.set(marker, where);
		return marker;
	};
	const ids: Planted['ids'] = {
		case: [],
		pledge: [],
		engagement: [],
		law: [],
		ask: [],
		actor: [],
		source: [],
		briefing: []
	};
	const themes: string[] = [];

	// Accounts and other staff-only tables.
	const userId = randomUUID();
	await insertUser(
		db,
		{
			id: userId,
			email: `${mark('user email')}@example.org`,
			display_name: mark('user display name'),
			role: 'editor'
		},
		now
	);
	await db
		.insertInto('sessions')
		.values({
			id: randomUUID(),
			user_id: userId,
			secret_hash: mark('session secret hash'),
			created_at: now,
			last_renewed_at: now,
			idle_expires_at: '2099-01-01T00:00:00.000Z',
			absolute_expires_at: '2099-01-01T00:00:00.000Z',
			ip: '192.0.2.1',
			user_agent: mark('session user agent')
		})
		.execute();
	await db
		.insertInto('invites')
		.values({
			id: randomUUID(),
			email: `${mark('invite email')}@example.org`,
			role: 'researcher',
			token_hash: mark('invite token hash'),
			expires_at: '2099-01-01T00:00:00.000Z',
			created_at: now,
			created_by: userId
		})
		.execute();
	await db
		.insertInto('audit_events')
		.values({
			id: randomUUID(),
			occurred_at: now,
			user_id: userId,
			actor_email: `${mark('audit actor email')}@example.org`,
			action: 'record.update',
			detail: JSON.stringify({ note: mark('audit detail') })
		})
		.execute();
	await db
		.insertInto('settings')
		.values({ key: `leak.${RUN}`, value: JSON.stringify(mark('setting value')), updated_at: now })
		.execute();

	// The demo's published records get internal notes too.
	for (const table of [
		'countries',
		'themes',
		'actors',
		'laws',
		'sources',
		'engagements',
		'pledges',
		'pledge_assessments',
		'cases',
		'asks'
	] as const) {
		await db
			.updateTable(table)
			.set({ internal_notes: mark(`demo ${table} internal notes`) })
			.where('internal_notes', '=', '')
			.execute();
	}

	const workflow = (status: WorkflowStatus, where: string, deleted = false) =>
		workflowColumns(
			status,
			{ at: now, userId, internalNotes: mark(`${where} internal notes`) },
			deleted
		);
	/* Every record type gets one published and three hidden variants: draft, in review, deleted. */
	const HIDDEN = [
		['draft', 'draft', false],
		['in_review', 'in-review', false],
		['published', 'deleted', true]
	] as const;

	// Countries: Leakland is published; its siblings are not, and one holds a published case.
	const countryId = randomUUID();
	const hiddenCountryIds: string[] = [];
	await db
		.insertInto('countries')
		.values({
			id: countryId,
			code: 'XL',
			name: 'Leakland',
			region: 'Nowhere (fictional)',
			summary: 'Generated test data for a fictional country.',
			is_fictional: 1,
			...workflow('published', 'published country')
		})
		.execute();
	for (const [i, [status, label, deleted]] of HIDDEN.entries()) {
		const id = randomUUID();
		hiddenCountryIds.push(id);
		await db
			.insertInto('countries')
			.values({
				id,
				code: ['XU', 'XV', 'XW'][i] ?? 'XU',
				name: mark(`${label} country name`),
				summary: mark(`${label} country summary`),
				is_fictional: 1,
				...workflow(status, `${label} country`, deleted)
			})
			.execute();
	}

	// Themes.
	const themeId = randomUUID();
	await db
		.insertInto('themes')
		.values({
			id: themeId,
			slug: 'xl-assembly',
			name: 'Assembly (Leakland test)',
			...workflow('published', 'published theme')
		})
		.execute();
	themes.push('xl-assembly');
	const hiddenThemeIds: string[] = [];
	for (const [status, label, deleted] of HIDDEN) {
		const id = randomUUID();
		hiddenThemeIds.push(id);
		themes.push(`xl-${label}-theme`);
		await db
			.insertInto('themes')
			.values({
				id,
				slug: `xl-${label}-theme`,
				name: mark(`${label} theme name`),
				...workflow(status, `${label} theme`, deleted)
			})
			.execute();
	}

	// Sources.
	const sourceId = randomUUID();
	await db
		.insertInto('sources')
		.values({
			id: sourceId,
			title: 'Leakland report (fictional)',
			kind: 'report',
			...workflow('published', 'published source')
		})
		.execute();
	ids.source.push(sourceId);
	const hiddenSourceIds: string[] = [];
	for (const [status, label, deleted] of HIDDEN) {
		const id = randomUUID();
		hiddenSourceIds.push(id);
		ids.source.push(id);
		await db
			.insertInto('sources')
			.values({
				id,
				title: mark(`${label} source title`),
				url: `https://example.org/${mark(`${label} source url`)}`,
				kind: 'article',
				...workflow(status, `${label} source`, deleted)
			})
			.execute();
	}

	// Actors: a public body, two at-risk people, hidden ones.
	const bodyId = randomUUID();
	const atRiskId = randomUUID();
	const unnamedAtRiskId = randomUUID();
	const actorRows: Insertable<Database['actors']>[] = [
		{
			id: bodyId,
			country_id: countryId,
			kind: 'state_body',
			name: 'Leakland police (fictional)',
			...workflow('published', 'published actor')
		},
		{
			id: atRiskId,
			country_id: countryId,
			kind: 'person',
			name: mark('at-risk real name'),
			aliases: JSON.stringify([mark('at-risk alias')]),
			description: mark('at-risk description'),
			at_risk: 1,
			public_pseudonym: 'Person L',
			...workflow('published', 'at-risk actor')
		},
		{
			id: unnamedAtRiskId,
			country_id: countryId,
			kind: 'person',
			name: mark('second at-risk real name'),
			aliases: JSON.stringify([mark('second at-risk alias')]),
			at_risk: 1,
			public_pseudonym: 'Person M',
			...workflow('published', 'second at-risk actor')
		}
	];
	const hiddenActorIds: string[] = [];
	for (const [status, label, deleted] of HIDDEN) {
		const id = randomUUID();
		hiddenActorIds.push(id);
		actorRows.push({
			id,
			country_id: countryId,
			kind: 'person',
			name: mark(`${label} actor name`),
			aliases: JSON.stringify([mark(`${label} actor alias`)]),
			description: mark(`${label} actor description`),
			...workflow(status, `${label} actor`, deleted)
		});
	}
	for (const row of actorRows) {
		await db.insertInto('actors').values(row).execute();
		ids.actor.push(row.id);
	}

	// Laws.
	const lawId = randomUUID();
	await db
		.insertInto('laws')
		.values({
			id: lawId,
			country_id: countryId,
			title: 'Leakland assembly act (fictional)',
			law_status: 'in_force',
			...workflow('published', 'published law')
		})
		.execute();
	ids.law.push(lawId);
	const hiddenLawIds: string[] = [];
	for (const [status, label, deleted] of HIDDEN) {
		const id = randomUUID();
		hiddenLawIds.push(id);
		ids.law.push(id);
		await db
			.insertInto('laws')
			.values({
				id,
				country_id: countryId,
				title: mark(`${label} law title`),
				reference: mark(`${label} law reference`),
				law_status: 'draft',
				...workflow(status, `${label} law`, deleted)
			})
			.execute();
	}

	// Engagements.
	const engagementId = randomUUID();
	await db
		.insertInto('engagements')
		.values({
			id: engagementId,
			country_id: countryId,
			title: 'Leakland visit (fictional)',
			kind: 'visit',
			start_text: '2021-11-25',
			start_precision: 'day',
			start_earliest: '2021-11-25',
			start_latest: '2021-11-25',
			...workflow('published', 'published engagement')
		})
		.execute();
	ids.engagement.push(engagementId);
	const hiddenEngagementIds: string[] = [];
	for (const [status, label, deleted] of HIDDEN) {
		const id = randomUUID();
		hiddenEngagementIds.push(id);
		ids.engagement.push(id);
		await db
			.insertInto('engagements')
			.values({
				id,
				country_id: countryId,
				title: mark(`${label} engagement title`),
				kind: 'statement',
				eu_actors: mark(`${label} engagement EU actors`),
				description: mark(`${label} engagement description`),
				start_text: '2021-10-01',
				start_precision: 'day',
				start_earliest: '2021-10-01',
				start_latest: '2021-10-01',
				...workflow(status, `${label} engagement`, deleted)
			})
			.execute();
	}
	for (const [actor, side] of [
		[atRiskId, 'counterpart'],
		[unnamedAtRiskId, 'counterpart'],
		...hiddenActorIds.map((id) => [id, 'eu'] as const)
	] as const) {
		await db
			.insertInto('engagement_actors')
			.values({ engagement_id: engagementId, actor_id: actor, side })
			.execute();
	}

	// Pledges: one made by an at-risk person, one by a hidden actor, hidden ones.
	const pledgeId = randomUUID();
	const secondPledgeId = randomUUID();
	for (const [id, maker, where] of [
		[pledgeId, atRiskId, 'published pledge'],
		[secondPledgeId, hiddenActorIds[0] ?? null, 'pledge made by a draft actor']
	] as const) {
		await db
			.insertInto('pledges')
			.values({
				id,
				country_id: countryId,
				title: `Leakland ${where} (fictional)`,
				made_by_actor_id: maker,
				engagement_id: id === secondPledgeId ? (hiddenEngagementIds[0] ?? null) : null,
				made_text: '2021-06-01',
				made_precision: 'day',
				made_earliest: '2021-06-01',
				made_latest: '2021-06-01',
				...workflow('published', where)
			})
			.execute();
		ids.pledge.push(id);
	}
	const hiddenPledgeIds: string[] = [];
	for (const [status, label, deleted] of HIDDEN) {
		const id = randomUUID();
		hiddenPledgeIds.push(id);
		ids.pledge.push(id);
		await db
			.insertInto('pledges')
			.values({
				id,
				country_id: countryId,
				title: mark(`${label} pledge title`),
				promise: mark(`${label} pledge promise`),
				made_text: '2021-06-01',
				made_precision: 'day',
				made_earliest: '2021-06-01',
				made_latest: '2021-06-01',
				...workflow(status, `${label} pledge`, deleted)
			})
			.execute();
	}
	for (const law of [lawId, ...hiddenLawIds]) {
		await db.insertInto('pledge_laws').values({ pledge_id: pledgeId, law_id: law }).execute();
	}

	// Assessments: a published rating, newer hidden ones, and one of a hidden pledge.
	const assessmentId = randomUUID();
	await db
		.insertInto('pledge_assessments')
		.values({
			id: assessmentId,
			pledge_id: pledgeId,
			rating: 'broken',
			assessed_on: '2021-12-01',
			rationale: 'Protests are still dispersed (fictional).',
			...workflow('published', 'published assessment')
		})
		.execute();
	for (const [status, label, deleted] of HIDDEN) {
		await db
			.insertInto('pledge_assessments')
			.values({
				id: randomUUID(),
				pledge_id: pledgeId,
				rating: 'kept',
				assessed_on: '2022-01-01',
				rationale: mark(`${label} assessment rationale`),
				...workflow(status, `${label} assessment`, deleted)
			})
			.execute();
	}
	await db
		.insertInto('pledge_assessments')
		.values({
			id: randomUUID(),
			pledge_id: hiddenPledgeIds[0] ?? '',
			rating: 'stalled',
			assessed_on: '2022-01-01',
			rationale: mark('published assessment of a draft pledge'),
			...workflow('published', 'assessment of a draft pledge')
		})
		.execute();

	// Cases.
	const caseId = randomUUID();
	await db
		.insertInto('cases')
		.values({
			id: caseId,
			country_id: countryId,
			title: 'Leakland protest dispersed (fictional)',
			case_type: 'assembly_dispersal',
			start_text: '2021-09-01',
			start_precision: 'day',
			start_earliest: '2021-09-01',
			start_latest: '2021-09-01',
			ongoing: 1,
			...workflow('published', 'published case')
		})
		.execute();
	ids.case.push(caseId);
	const hiddenCaseIds: string[] = [];
	const caseHomes = [
		...HIDDEN.map((h) => [countryId, h] as const),
		[hiddenCountryIds[0] ?? '', ['published', 'published-in-draft-country', false]] as const
	];
	for (const [home, [status, label, deleted]] of caseHomes) {
		const id = randomUUID();
		hiddenCaseIds.push(id);
		ids.case.push(id);
		await db
			.insertInto('cases')
			.values({
				id,
				country_id: home,
				title: mark(`${label} case title`),
				description: mark(`${label} case description`),
				case_type: 'detention',
				start_text: '2021-10-01',
				start_precision: 'day',
				start_earliest: '2021-10-01',
				start_latest: '2021-10-01',
				...workflow(status, `${label} case`, deleted)
			})
			.execute();
	}
	for (const [actor, role, note] of [
		[atRiskId, 'affected', ''],
		[unnamedAtRiskId, 'affected', ''],
		[bodyId, 'responsible', 'dispersed it'],
		...hiddenActorIds.map(
			(id) => [id, 'affected', mark('note on a hidden actor of a case')] as const
		)
	] as const) {
		await db
			.insertInto('case_actors')
			.values({ case_id: caseId, actor_id: actor, role, note })
			.execute();
	}
	for (const law of hiddenLawIds) {
		await db
			.insertInto('case_laws')
			.values({ case_id: caseId, law_id: law, note: mark('note on a hidden law of a case') })
			.execute();
	}
	for (const theme of [themeId, ...hiddenThemeIds]) {
		for (const [type, id] of [
			['case', caseId],
			['pledge', pledgeId]
		] as const) {
			await db
				.insertInto('record_themes')
				.values({ record_type: type, record_id: id, theme_id: theme })
				.execute();
		}
	}

	// Asks.
	const askId = randomUUID();
	await db
		.insertInto('asks')
		.values({
			id: askId,
			country_id: countryId,
			title: 'Let people assemble (fictional)',
			recommendation: 'Stop dispersing protests.',
			...workflow('published', 'published ask')
		})
		.execute();
	ids.ask.push(askId);
	const hiddenAskIds: string[] = [];
	for (const [status, label, deleted] of HIDDEN) {
		const id = randomUUID();
		hiddenAskIds.push(id);
		ids.ask.push(id);
		await db
			.insertInto('asks')
			.values({
				id,
				country_id: countryId,
				title: mark(`${label} ask title`),
				recommendation: mark(`${label} ask recommendation`),
				...workflow(status, `${label} ask`, deleted)
			})
			.execute();
	}

	// Links: each hidden far end carries a marked note.
	const link = (
		kind: Database['links']['kind'],
		from: [Database['links']['from_type'], string],
		to: [Database['links']['to_type'], string],
		note: string,
		published = true
	) =>
		db
			.insertInto('links')
			.values(linkRow(kind, from, to, note, { at: now, userId, published }))
			.execute();
	await link('contradicted_by', ['pledge', pledgeId], ['case', caseId], 'Still dispersed.');
	// Between two published records, but added since and still waiting for review.
	await link(
		'supported_by',
		['pledge', pledgeId],
		['case', caseId],
		mark('unpublished link note between published records'),
		false
	);
	for (const hidden of hiddenCaseIds) {
		await link(
			'contradicted_by',
			['pledge', pledgeId],
			['case', hidden],
			mark('link note to a hidden case')
		);
		await link(
			'supported_by',
			['pledge', pledgeId],
			['case', hidden],
			mark('support note to a hidden case')
		);
		await link(
			'related_to',
			['case', caseId],
			['case', hidden],
			mark('related note to a hidden case')
		);
		await link(
			'related_to',
			['case', hidden],
			['case', caseId],
			mark('related note from a hidden case')
		);
	}
	for (const hidden of hiddenPledgeIds) {
		await link(
			'contradicted_by',
			['pledge', hidden],
			['case', caseId],
			mark('link note from a hidden pledge')
		);
	}
	for (const hidden of hiddenEngagementIds) {
		await link(
			'made_at',
			['pledge', pledgeId],
			['engagement', hidden],
			mark('made-at note to a hidden engagement')
		);
		await link(
			'raised_at',
			['ask', askId],
			['engagement', hidden],
			mark('raised-at note to a hidden engagement')
		);
	}
	for (const hidden of hiddenAskIds) {
		await link(
			'raised_at',
			['ask', hidden],
			['engagement', engagementId],
			mark('raised-at note from a hidden ask')
		);
	}

	// Citations: the note is always internal; a hidden source's locator too.
	const cite = (
		type: Database['citations']['record_type'],
		recordId: string,
		source: string,
		locator: string,
		published = true
	) =>
		db
			.insertInto('citations')
			.values({
				id: randomUUID(),
				source_id: source,
				record_type: type,
				record_id: recordId,
				locator,
				note: mark(`citation note on a ${type}`),
				created_at: now,
				created_by: userId,
				published_at: published ? now : null
			})
			.execute();
	for (const [type, id] of [
		['country', countryId],
		['case', caseId],
		['pledge', pledgeId],
		['assessment', assessmentId],
		['engagement', engagementId],
		['ask', askId],
		['law', lawId]
	] as const) {
		await cite(type, id, sourceId, 'p. 1');
		// A citation of a published source added since, still waiting for review.
		await cite(type, id, sourceId, mark(`locator of an unpublished citation on a ${type}`), false);
		for (const hidden of hiddenSourceIds)
			await cite(type, id, hidden, mark(`locator in a hidden source, on a ${type}`));
	}

	// Changes to a published case waiting for review.
	await db
		.insertInto('pending_revisions')
		.values({
			id: randomUUID(),
			record_type: 'case',
			record_id: caseId,
			base_version: 1,
			values: JSON.stringify({ title: mark('pending title'), description: mark('pending text') }),
			contributors: JSON.stringify([userId]),
			created_at: now,
			created_by: userId,
			updated_at: now,
			updated_by: userId
		})
		.execute();

	// A briefing pack that is not public, and a revision of a published case.
	await db
		.insertInto('briefing_packs')
		.values({
			id: randomUUID(),
			country_id: countryId,
			title: mark('briefing pack title'),
			body: mark('briefing pack body'),
			is_public: 0,
			...workflow('published', 'briefing pack')
		})
		.execute();
	await db
		.insertInto('revisions')
		.values({
			id: randomUUID(),
			record_type: 'case',
			record_id: caseId,
			version: 99,
			action: 'update',
			snapshot: JSON.stringify({ internal_notes: mark('revision snapshot') }),
			created_at: now,
			created_by: userId
		})
		.execute();

	// A hidden case of the demo country, linked from its first pledge.
	const demo = await db
		.selectFrom('countries')
		.where('code', '=', 'KZ')
		.select('id')
		.executeTakeFirst();
	const codes = ['XL', 'XU', 'XV', 'XW', 'ZZ'];
	if (demo) {
		codes.push('KZ');
		const demoDraftCase = randomUUID();
		ids.case.push(demoDraftCase);
		await db
			.insertInto('cases')
			.values({
				id: demoDraftCase,
				country_id: demo.id,
				title: mark('draft case of the demo country'),
				case_type: 'detention',
				...workflow('draft', 'draft case of the demo country')
			})
			.execute();
		const demoPledge = await db
			.selectFrom('pledges')
			.where('country_id', '=', demo.id)
			.select('id')
			.orderBy('id')
			.executeTakeFirst();
		if (demoPledge) {
			await link(
				'contradicted_by',
				['pledge', demoPledge.id],
				['case', demoDraftCase],
				mark('demo link note to a draft case')
			);
		}
	}

	/*
	 * Briefing packs built by the builder's own code from the planted record: a public one
	 * (issued by a second editor, four eyes) and an internal one whose page must not answer,
	 * holding every hidden pledge, case, law and engagement ticked in (the deleted ones and the
	 * other country's case are not taken).
	 */
	const issuerId = randomUUID();
	await insertUser(
		db,
		{
			id: issuerId,
			email: `${mark('issuing editor email')}@example.org`,
			display_name: mark('issuing editor name'),
			role: 'editor'
		},
		now
	);
	const builder = {
		userId,
		email: `builder@example.org`,
		role: 'editor' as const,
		stage: 'full' as const
	};
	const issuer = {
		userId: issuerId,
		email: `issuer@example.org`,
		role: 'editor' as const,
		stage: 'full' as const
	};
	for (const classification of ['public', 'internal'] as const) {
		const packId = await buildPack(
			db,
			{ actor: builder },
			{
				country: 'xl',
				occasion: { title: 'Meeting with Leakland officials (fictional)', date: '2024-02-01' },
				window: { from: null, to: null },
				themes: [],
				classification,
				realNames: classification === 'internal',
				unpublished:
					classification === 'internal'
						? {
								pledge: hiddenPledgeIds,
								case: hiddenCaseIds,
								law: hiddenLawIds,
								engagement: hiddenEngagementIds
							}
						: {}
			}
		);
		await issuePack(db, { actor: issuer }, packId, 1);
		ids.briefing.push(packId);
	}

	return {
		markers,
		codes,
		ids,
		themes,
		published: {
			countryName: 'Leakland',
			caseTitle: 'Leakland protest dispersed (fictional)',
			pseudonym: 'Person L'
		}
	};
}
