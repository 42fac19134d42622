import { sql, type Kysely } from 'kysely';

/*
 * Indexes for the public country page's figures and lists (issue 13):
 *
 * a pledge's latest published assessment, in the shared order (assessed on, written, id;
 * newest first) with the rating, so a pledge's current rating is the first entry of the index
 * under it instead of a ranking of every assessment (the counts by rating probe it once per
 * pledge). A partial index of published, untrashed rows, as in 0014; both databases accept
 * DESC columns.
 *
 * Frozen in time: imports nothing from src/.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
	await sql`create index pledge_assessments_public_latest_idx on pledge_assessments (pledge_id, assessed_on desc, created_at desc, id desc, rating) where status = 'published' and deleted_at is null`.execute(
		db
	);
}

export async function down(db: AnyDb): Promise<void> {
	await db.schema.dropIndex('pledge_assessments_public_latest_idx').execute();
}
