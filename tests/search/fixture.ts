import type { DB } from '../../src/lib/server/db/connect.js';
import type { WorkflowStatus } from '../../src/lib/server/db/schema.js';
import { insertUser } from '../helpers/rows.js';

/*
 * A small record of the fictional country Testland (XT) for search tests: every name and
 * event here is made up.
 */

export const COUNTRY = 'xt-search-country';
export const USER = 'xt-search-user';
export const THEME = 'xt-theme-expression';
const at = '2024-01-01T00:00:00.000Z';

function workflow(status: WorkflowStatus = 'published', deleted = false) {
	return {
		status,
		created_at: at,
		updated_at: at,
		created_by: USER,
		updated_by: USER,
		published_at: status === 'published' ? at : null,
		published_by: null,
		deleted_at: deleted ? at : null,
		deleted_by: null
	};
}

interface CaseSeed {
	id: string;
	title: string;
	description?: string;
	case_type?: 'website_blocking' | 'detention' | 'assembly_dispersal' | 'other';
	verification?: 'reported' | 'corroborated' | 'verified';
	start?: string;
	status?: WorkflowStatus;
	deleted?: boolean;
}

export async function insertCase(db: DB, seed: CaseSeed): Promise<void> {
	const start = seed.start ?? '2020';
	await db
		.insertInto('cases')
		.values({
			...workflow(seed.status, seed.deleted),
			id: seed.id,
			country_id: COUNTRY,
			title: seed.title,
			case_type: seed.case_type ?? 'other',
			description: seed.description ?? '',
			verification: seed.verification ?? 'reported',
			start_text: start,
			start_precision: 'year',
			start_earliest: `${start}-01-01`,
			start_latest: `${start}-12-31`,
			end_text: null,
			end_precision: null,
			end_earliest: null,
			end_latest: null
		})
		.execute();
}

export async function seedSearchFixture(db: DB): Promise<void> {
	await insertUser(
		db,
		{
			id: USER,
			email: 'search-tests@example.org',
			display_name: 'Search tests',
			role: 'researcher'
		},
		at
	);
	await db
		.insertInto('countries')
		.values({
			...workflow(),
			id: COUNTRY,
			code: 'XS',
			name: 'Testland (fictional, search tests)',
			is_fictional: 1
		})
		.execute();
	await db
		.insertInto('themes')
		.values({ ...workflow(), id: THEME, slug: 'xt-expression', name: 'Expression (test)' })
		.execute();
	await db
		.insertInto('actors')
		.values([
			{
				...workflow(),
				id: 'xt-actor-person',
				country_id: COUNTRY,
				kind: 'person',
				name: 'Aigerim Testova',
				aliases: '["A. Testova"]',
				description: 'A fictional blogger.'
			},
			{
				...workflow(),
				id: 'xt-actor-press',
				country_id: COUNTRY,
				kind: 'media',
				name: 'Testland Free Press',
				aliases: '[]',
				description: 'A fictional outlet.'
			}
		])
		.execute();
	await db
		.insertInto('sources')
		.values({
			...workflow(),
			id: 'xt-source-report',
			title: 'Quarterly monitoring bulletin on Testland',
			kind: 'report'
		})
		.execute();

	await insertCase(db, {
		id: 'case-title',
		title: 'Newspaper website blocked',
		description: 'Access to the site was cut off nationwide.',
		case_type: 'website_blocking',
		verification: 'verified',
		start: '2021'
	});
	await insertCase(db, {
		id: 'case-description',
		title: 'Editor detained',
		description: 'The editor of a regional newspaper was detained for a week.',
		case_type: 'detention',
		start: '2019'
	});
	await insertCase(db, {
		id: 'case-actor',
		title: 'Rally dispersed in the capital',
		case_type: 'assembly_dispersal',
		start: '2022'
	});
	await insertCase(db, {
		id: 'case-draft',
		title: 'Newspaper office raided',
		status: 'draft',
		start: '2023'
	});
	await insertCase(db, {
		id: 'case-deleted',
		title: 'Newspaper printing press seized',
		deleted: true
	});
	await db
		.insertInto('case_actors')
		.values({ case_id: 'case-actor', actor_id: 'xt-actor-person', role: 'affected' })
		.execute();
	await db
		.insertInto('record_themes')
		.values({ record_type: 'case', record_id: 'case-title', theme_id: THEME })
		.execute();
	await db
		.insertInto('citations')
		.values({
			id: 'xt-citation-1',
			source_id: 'xt-source-report',
			record_type: 'case',
			record_id: 'case-description',
			created_at: at
		})
		.execute();

	await db
		.insertInto('pledges')
		.values({
			...workflow(),
			id: 'pledge-newspaper',
			country_id: COUNTRY,
			title: 'Protect newspaper freedom',
			made_by_actor_id: 'xt-actor-person',
			made_text: '2020',
			made_precision: 'year',
			made_earliest: '2020-01-01',
			made_latest: '2020-12-31'
		})
		.execute();
	await db
		.insertInto('pledge_assessments')
		.values({
			...workflow(),
			id: 'assessment-1',
			pledge_id: 'pledge-newspaper',
			rating: 'broken',
			assessed_on: '2022-01-01',
			rationale: 'Newspapers were blocked (fictional).'
		})
		.execute();
}
