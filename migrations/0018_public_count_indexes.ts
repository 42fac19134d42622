import { sql, type Kysely } from 'kysely';

/*
 * Covering indexes for the public country page's figures (issue 13), so each count reads an
 * index alone instead of the rows it counts:
 *
 * - a country's published pledges with their ids: the counts by current rating and of
 *   contradicted pledges walk them and probe per pledge (before, each pledge's row was read to
 *   check its workflow state);
 * - a country's published engagements with whether human rights were raised, for the counts
 *   of each answer;
 * - published typed links by their unique key: the probe for a pledge's contradicting case
 *   checks publication in the index, not the link's row. Partial, as in 0014; the public
 *   queries' `published_at is not null` is the index's own condition.
 *
 * Frozen in time: imports nothing from src/.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
	await db.schema
		.createIndex('pledges_published_idx')
		.on('pledges')
		.columns(['country_id', 'status', 'deleted_at', 'id'])
		.execute();
	await db.schema
		.createIndex('engagements_published_idx')
		.on('engagements')
		.columns(['country_id', 'status', 'deleted_at', 'human_rights_raised'])
		.execute();
	await sql`create index links_published_idx on links (kind, from_type, from_id, to_type, to_id) where published_at is not null`.execute(
		db
	);
}

export async function down(db: AnyDb): Promise<void> {
	await db.schema.dropIndex('links_published_idx').execute();
	await db.schema.dropIndex('engagements_published_idx').execute();
	await db.schema.dropIndex('pledges_published_idx').execute();
}
