import type { Kysely } from 'kysely';

/*
 * An index for the public read path's counts over one country's published cases (the country
 * page's figures and prisoners, /api/v1/countries, the timeline's lanes): country, workflow
 * state and trash in one index, so counting them reads the index alone instead of every case.
 *
 * Frozen in time: imports nothing from src/.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
	await db.schema
		.createIndex('cases_published_idx')
		.on('cases')
		.columns(['country_id', 'status', 'deleted_at', 'case_type'])
		.execute();
}

export async function down(db: AnyDb): Promise<void> {
	await db.schema.dropIndex('cases_published_idx').execute();
}
