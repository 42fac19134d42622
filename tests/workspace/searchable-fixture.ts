import type { DB } from '../../src/lib/server/db/connect.js';
import { FICTIONAL_COUNTRY, generateFictional } from '../../src/lib/server/generate/fictional.js';
import { createActor } from '../../src/lib/server/repositories/actors.js';
import { createAsk } from '../../src/lib/server/repositories/asks.js';
import { createLaw } from '../../src/lib/server/repositories/laws.js';
import { createPledge } from '../../src/lib/server/repositories/pledges.js';
import { addAssessment, deleteAssessment } from '../../src/lib/server/repositories/assessments.js';
import { createSource } from '../../src/lib/server/repositories/sources.js';
import { pointDate } from '../../src/lib/dates.js';

/*
 * Enough records of every searchable type for two pages of a list (30 each, so page 1 has 25
 * rows and page 2 has 5), all in the fictional country Testland, every title saying
 * "fictional". Pledges get varied ratings: generated ones one published assessment each;
 * added ones none, a later draft assessment, or a later assessment that was trashed.
 */
export const PER_KIND = 30;

export async function seedSearchableLists(db: DB, userId: string | null): Promise<void> {
	await generateFictional(db, {
		cases: PER_KIND,
		pledges: PER_KIND - 3,
		engagements: PER_KIND,
		publishedShare: 0.5,
		seed: 7
	});
	const country_id = FICTIONAL_COUNTRY.id;
	for (let i = 0; i < PER_KIND; i++) {
		await createActor(
			db,
			{
				name: `Fictional actor ${i}`,
				kind: i % 2 ? 'person' : 'ngo',
				country_id,
				at_risk: i % 5 === 0,
				public_pseudonym: i % 5 === 0 ? `a fictional blogger ${i}` : null
			},
			userId
		);
		await createLaw(
			db,
			{
				country_id,
				title: `Fictional law ${i}`,
				law_status: i % 2 ? 'in_force' : 'draft',
				dated: i % 3 ? pointDate(`${2000 + i}`) : null
			},
			userId
		);
		await createSource(
			db,
			{
				title: `Fictional report ${i}`,
				kind: 'report',
				published_date: i % 4 ? pointDate(`${2000 + i}-05`) : null
			},
			userId
		);
		await createAsk(
			db,
			{
				country_id,
				title: `Fictional ask ${i}`,
				recommendation: 'Release everyone (fictional).',
				addressed_to: i % 2 ? 'EU leaders' : '',
				made: i % 3 ? pointDate(`${2000 + i}`) : null
			},
			userId
		);
	}
	const unrated = await createPledge(
		db,
		{ country_id, title: 'Fictional pledge unrated', made: pointDate('2020') },
		userId
	);
	const drafted = await createPledge(
		db,
		{ country_id, title: 'Fictional pledge re-rated in a draft', made: pointDate('2020-03') },
		userId
	);
	await addAssessment(
		db,
		drafted.id,
		{ rating: 'broken', assessed_on: '2021-01-01', rationale: 'Fictional.' },
		userId
	);
	await addAssessment(
		db,
		drafted.id,
		{ rating: 'in_the_works', assessed_on: '2022-01-01', rationale: 'Fictional.' },
		userId
	);
	const trashed = await createPledge(
		db,
		{
			country_id,
			title: 'Fictional pledge whose newer rating was trashed',
			made: pointDate('2019'),
			deadline: '2020-12-31'
		},
		userId
	);
	await addAssessment(
		db,
		trashed.id,
		{ rating: 'kept', assessed_on: '2020-01-01', rationale: 'Fictional.' },
		userId
	);
	const newer = await addAssessment(
		db,
		trashed.id,
		{ rating: 'broken', assessed_on: '2023-01-01', rationale: 'Fictional.' },
		userId
	);
	await deleteAssessment(db, newer.id, userId);
	void unrated;
}
