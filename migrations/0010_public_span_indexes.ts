import type { Kysely } from 'kysely';

/*
 * Covering indexes for the public read path's passes over one country's published cases and
 * engagements: the timeline's extent and counts per day, the country page's most recent cases,
 * the law and prisoner lists. Each holds the workflow columns the "published" filter reads and
 * every date column a span is made of, so those passes read the index alone instead of every
 * row with its description (on SQLite a pass over 10,000 cases went from reading the table to
 * reading a few hundred index pages).
 *
 * Frozen in time: imports nothing from src/.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const DATES = ['start', 'end'].flatMap((p) => [
	`${p}_text`,
	`${p}_precision`,
	`${p}_earliest`,
	`${p}_latest`
]);

export async function up(db: AnyDb): Promise<void> {
	await db.schema
		.createIndex('cases_public_span_idx')
		.on('cases')
		.columns([
			'country_id',
			'status',
			'deleted_at',
			'case_type',
			'ongoing',
			...DATES,
			'title',
			'id'
		])
		.execute();
	await db.schema
		.createIndex('engagements_public_span_idx')
		.on('engagements')
		.columns(['country_id', 'status', 'deleted_at', ...DATES, 'title', 'id'])
		.execute();
}

export async function down(db: AnyDb): Promise<void> {
	await db.schema.dropIndex('engagements_public_span_idx').execute();
	await db.schema.dropIndex('cases_public_span_idx').execute();
}
