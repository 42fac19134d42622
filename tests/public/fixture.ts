import { randomUUID } from 'node:crypto';
import type { DB } from '../../src/lib/server/db/connect.js';
import type { Insertable } from 'kysely';
import type { Database, WorkflowStatus } from '../../src/lib/server/db/schema.js';
import { insertUser, linkRow, workflowColumns } from '../helpers/rows.js';

/*
 * Generated test data for the fictional country XT ("Testland (fictional)"). Every internal
 * field, unpublished or deleted record and at-risk real name carries MARKER, so a test can
 * serialise public output and prove none of it leaked.
 *
 * Rows go in one at a time: a multi-row insert on SQLite sends NULL, not the column default,
 * for a column some rows leave out.
 */

export const MARKER = 'LEAK-MARKER-7f3a9c';

const now = '2024-01-01T00:00:00.000Z';

function workflow(status: WorkflowStatus, userId: string, deleted = false) {
	return workflowColumns(
		status,
		{ at: now, userId, internalNotes: `${MARKER} internal note` },
		deleted
	);
}

export interface Fixture {
	countryId: string;
	pledgeId: string;
	caseIds: { dispersal: string; imprisonment: string; draft: string; deleted: string };
	sourceId: string;
	engagementId: string;
	/** Records that are not published (a draft pledge and engagement, a law in review). */
	draftIds: { pledge: string; law: string; engagement: string };
}

export async function seedFictionalCountry(db: DB): Promise<Fixture> {
	const userId = randomUUID();
	await insertUser(
		db,
		{
			id: userId,
			email: `${MARKER}@example.org`,
			display_name: `${MARKER} researcher`,
			role: 'editor'
		},
		now
	);
	const pub = workflow('published', userId);

	const countryId = randomUUID();
	for (const row of [
		{
			id: countryId,
			code: 'XT',
			name: 'Testland',
			region: 'Nowhere (fictional)',
			summary: 'Generated test data for a fictional country.',
			is_fictional: 1,
			...pub
		},
		{
			id: randomUUID(),
			code: 'XU',
			name: `${MARKER} draft country`,
			is_fictional: 1,
			...workflow('draft', userId)
		},
		{
			id: randomUUID(),
			code: 'XV',
			name: `${MARKER} deleted country`,
			is_fictional: 1,
			...workflow('published', userId, true)
		}
	] satisfies Insertable<Database['countries']>[]) {
		await db.insertInto('countries').values(row).execute();
	}

	const sourceId = randomUUID();
	const draftSourceId = randomUUID();
	for (const row of [
		{
			id: sourceId,
			title: 'Testland report (fictional)',
			authors: 'A. Author',
			publisher: 'Test Publisher',
			kind: 'report',
			published_text: '2021-11',
			published_precision: 'month',
			published_earliest: '2021-11-01',
			published_latest: '2021-11-30',
			// A stored script address must never become a link.
			url: 'javascript:alert(1)',
			archive_url: 'https://archive.example.org/testland-report',
			...pub
		},
		{
			id: draftSourceId,
			title: `${MARKER} unpublished source`,
			kind: 'article',
			...workflow('draft', userId)
		}
	] satisfies Insertable<Database['sources']>[]) {
		await db.insertInto('sources').values(row).execute();
	}

	const atRiskId = randomUUID();
	const partyId = randomUUID();
	const draftActorId = randomUUID();
	for (const row of [
		{
			id: atRiskId,
			country_id: countryId,
			kind: 'person',
			name: `${MARKER} real name`,
			aliases: JSON.stringify([`${MARKER} alias`]),
			description: `${MARKER} identifying description`,
			at_risk: 1,
			public_pseudonym: 'Activist A',
			...pub
		},
		{
			id: partyId,
			country_id: countryId,
			kind: 'state_body',
			name: 'Testland police (fictional)',
			aliases: JSON.stringify(['TP']),
			...pub
		},
		{
			id: draftActorId,
			country_id: countryId,
			kind: 'person',
			name: `${MARKER} draft actor`,
			...workflow('draft', userId)
		}
	] satisfies Insertable<Database['actors']>[]) {
		await db.insertInto('actors').values(row).execute();
	}

	const lawId = randomUUID();
	const draftLawId = randomUUID();
	for (const row of [
		{
			id: lawId,
			country_id: countryId,
			title: 'Assembly act (fictional)',
			law_status: 'in_force',
			...pub
		},
		{
			id: draftLawId,
			country_id: countryId,
			title: `${MARKER} draft law record`,
			law_status: 'draft',
			...workflow('in_review', userId)
		}
	] satisfies Insertable<Database['laws']>[]) {
		await db.insertInto('laws').values(row).execute();
	}

	const engagementId = randomUUID();
	const draftEngagementId = randomUUID();
	for (const row of [
		{
			id: engagementId,
			country_id: countryId,
			title: 'Test visit (fictional)',
			kind: 'visit',
			eu_actors: 'EU delegation',
			start_text: '2021-11-25',
			start_precision: 'day',
			start_earliest: '2021-11-25',
			start_latest: '2021-11-25',
			end_text: '2021-11-26',
			end_precision: 'day',
			end_earliest: '2021-11-26',
			end_latest: '2021-11-26',
			...pub
		},
		{
			id: draftEngagementId,
			country_id: countryId,
			title: `${MARKER} draft engagement`,
			kind: 'statement',
			start_text: '2021',
			start_precision: 'year',
			...workflow('draft', userId)
		}
	] satisfies Insertable<Database['engagements']>[]) {
		await db.insertInto('engagements').values(row).execute();
	}
	for (const row of [
		{ engagement_id: engagementId, actor_id: partyId, side: 'counterpart' },
		{ engagement_id: engagementId, actor_id: draftActorId, side: 'eu' }
	] satisfies Insertable<Database['engagement_actors']>[]) {
		await db.insertInto('engagement_actors').values(row).execute();
	}

	const pledgeId = randomUUID();
	const draftPledgeId = randomUUID();
	const deletedPledgeId = randomUUID();
	const made = {
		made_text: '2021',
		made_precision: 'year' as const,
		made_earliest: '2021-01-01',
		made_latest: '2021-12-31'
	};
	for (const row of [
		{
			id: pledgeId,
			country_id: countryId,
			title: 'Reform the assembly law (fictional)',
			made_by_actor_id: draftActorId,
			engagement_id: engagementId,
			deadline: '2022-06-30',
			...made,
			...pub
		},
		{
			id: draftPledgeId,
			country_id: countryId,
			title: `${MARKER} draft pledge`,
			...made,
			...workflow('draft', userId)
		},
		{
			id: deletedPledgeId,
			country_id: countryId,
			title: `${MARKER} deleted pledge`,
			...made,
			...workflow('published', userId, true)
		}
	] satisfies Insertable<Database['pledges']>[]) {
		await db.insertInto('pledges').values(row).execute();
	}
	await db.insertInto('pledge_laws').values({ pledge_id: pledgeId, law_id: lawId }).execute();

	const olderAssessmentId = randomUUID();
	const currentAssessmentId = randomUUID();
	for (const row of [
		{
			id: olderAssessmentId,
			pledge_id: pledgeId,
			rating: 'in_the_works',
			assessed_on: '2021-06-01',
			rationale: 'A draft law was tabled (fictional).',
			...pub
		},
		{
			id: currentAssessmentId,
			pledge_id: pledgeId,
			rating: 'broken',
			assessed_on: '2021-12-01',
			rationale: 'Protests are still dispersed (fictional).',
			...pub
		},
		{
			id: randomUUID(),
			pledge_id: pledgeId,
			rating: 'kept',
			assessed_on: '2022-01-01',
			rationale: `${MARKER} draft assessment`,
			...workflow('draft', userId)
		},
		{
			id: randomUUID(),
			pledge_id: deletedPledgeId,
			rating: 'kept',
			assessed_on: '2022-01-01',
			rationale: `${MARKER} assessment of a deleted pledge`,
			...pub
		}
	] satisfies Insertable<Database['pledge_assessments']>[]) {
		await db.insertInto('pledge_assessments').values(row).execute();
	}

	const caseIds = {
		dispersal: randomUUID(),
		imprisonment: randomUUID(),
		draft: randomUUID(),
		deleted: randomUUID()
	};
	for (const row of [
		{
			id: caseIds.dispersal,
			country_id: countryId,
			title: 'Protest dispersed (fictional)',
			case_type: 'assembly_dispersal',
			start_text: '2021-11',
			start_precision: 'before',
			start_latest: '2021-11-30',
			start_note: 'known only to precede the source',
			ongoing: 1,
			place: 'Test City',
			verification: 'reported',
			...pub
		},
		{
			id: caseIds.imprisonment,
			country_id: countryId,
			title: 'Activist imprisoned (fictional)',
			case_type: 'imprisonment',
			start_text: '2016-02',
			start_precision: 'month',
			start_earliest: '2016-02-01',
			start_latest: '2016-02-29',
			start_note: 'derived from a five-year sentence',
			end_text: '2021-02',
			end_precision: 'month',
			end_earliest: '2021-02-01',
			end_latest: '2021-02-28',
			outcome: 'Released after five years (fictional).',
			verification: 'corroborated',
			...pub
		},
		{
			id: caseIds.draft,
			country_id: countryId,
			title: `${MARKER} draft case`,
			case_type: 'detention',
			...workflow('draft', userId)
		},
		{
			id: caseIds.deleted,
			country_id: countryId,
			title: `${MARKER} deleted case`,
			case_type: 'detention',
			...workflow('published', userId, true)
		}
	] satisfies Insertable<Database['cases']>[]) {
		await db.insertInto('cases').values(row).execute();
	}
	for (const row of [
		{ case_id: caseIds.imprisonment, actor_id: atRiskId, role: 'affected' },
		{ case_id: caseIds.imprisonment, actor_id: draftActorId, role: 'affected' },
		{ case_id: caseIds.dispersal, actor_id: partyId, role: 'responsible', note: 'dispersed it' }
	] satisfies Insertable<Database['case_actors']>[]) {
		await db.insertInto('case_actors').values(row).execute();
	}
	for (const row of [
		{ case_id: caseIds.dispersal, law_id: lawId, note: 'fines under it' },
		{ case_id: caseIds.dispersal, law_id: draftLawId, note: `${MARKER} via draft law` }
	] satisfies Insertable<Database['case_laws']>[]) {
		await db.insertInto('case_laws').values(row).execute();
	}

	const themeId = randomUUID();
	const draftThemeId = randomUUID();
	for (const row of [
		{
			id: themeId,
			slug: 'xt-assembly',
			name: 'Assembly (test)',
			instrument: 'ICCPR',
			article: '21',
			...pub
		},
		{ id: draftThemeId, slug: 'xt-draft', name: `${MARKER} theme`, ...workflow('draft', userId) }
	] satisfies Insertable<Database['themes']>[]) {
		await db.insertInto('themes').values(row).execute();
	}
	for (const row of [
		{ record_type: 'pledge', record_id: pledgeId, theme_id: themeId },
		{ record_type: 'pledge', record_id: pledgeId, theme_id: draftThemeId },
		{ record_type: 'case', record_id: caseIds.dispersal, theme_id: themeId }
	] satisfies Insertable<Database['record_themes']>[]) {
		await db.insertInto('record_themes').values(row).execute();
	}

	const askId = randomUUID();
	for (const row of [
		{
			id: askId,
			country_id: countryId,
			title: 'Stop dispersing protests (fictional)',
			recommendation: 'Let people assemble peacefully.',
			ask_status: 'raised',
			...pub
		},
		{
			id: randomUUID(),
			country_id: countryId,
			title: `${MARKER} draft ask`,
			recommendation: MARKER,
			...workflow('draft', userId)
		}
	] satisfies Insertable<Database['asks']>[]) {
		await db.insertInto('asks').values(row).execute();
	}

	const link = (
		kind: 'contradicted_by' | 'made_for' | 'raised_at',
		from: ['pledge' | 'ask', string],
		to: ['case' | 'engagement', string],
		note: string
	) => linkRow(kind, from, to, note, { at: now, userId });
	for (const row of [
		link(
			'contradicted_by',
			['pledge', pledgeId],
			['case', caseIds.dispersal],
			'Protests are still dispersed after the pledge.'
		),
		link('contradicted_by', ['pledge', pledgeId], ['case', caseIds.draft], `${MARKER} link`),
		link('contradicted_by', ['pledge', pledgeId], ['case', caseIds.deleted], `${MARKER} link`),
		link(
			'contradicted_by',
			['pledge', draftPledgeId],
			['case', caseIds.dispersal],
			`${MARKER} link from a draft pledge`
		),
		// Written ahead of the visit, and then known to have been raised there: two links.
		link('made_for', ['ask', askId], ['engagement', engagementId], 'Written for the visit.'),
		link('raised_at', ['ask', askId], ['engagement', engagementId], 'Raised in the talks.')
	] satisfies Insertable<Database['links']>[]) {
		await db.insertInto('links').values(row).execute();
	}

	const cite = (
		recordType: 'country' | 'pledge' | 'assessment' | 'case' | 'ask' | 'engagement' | 'law',
		recordId: string,
		source = sourceId,
		locator = ''
	) => ({
		id: randomUUID(),
		source_id: source,
		record_type: recordType,
		record_id: recordId,
		locator,
		note: `${MARKER} citation note`,
		created_at: now,
		created_by: userId,
		published_at: now
	});
	for (const row of [
		cite('country', countryId),
		cite('pledge', pledgeId, sourceId, 'para. 3'),
		cite('assessment', currentAssessmentId),
		cite('assessment', olderAssessmentId),
		cite('case', caseIds.dispersal, sourceId, 'p. 2'),
		cite('case', caseIds.dispersal, draftSourceId, 'p. 9'),
		cite('case', caseIds.imprisonment),
		cite('law', lawId),
		cite('engagement', engagementId),
		cite('ask', askId),
		cite('case', caseIds.draft, draftSourceId)
	] satisfies Insertable<Database['citations']>[]) {
		await db.insertInto('citations').values(row).execute();
	}

	return {
		countryId,
		pledgeId,
		caseIds,
		sourceId,
		engagementId,
		draftIds: { pledge: draftPledgeId, law: draftLawId, engagement: draftEngagementId }
	};
}
