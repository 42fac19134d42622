import type { Kysely } from 'kysely';

/*
 * Indexes for the timeline's view changes (issue 13), so a view reads indexes instead of rows:
 *
 * - timeline_spans (0015): closed spans by their last day (ongoing = 0) and ongoing spans by
 *   the last day of their start (ongoing = 1). A lane's latest and earliest closed end and
 *   latest ongoing start are then each one step down an index (as its earliest and latest
 *   first day already are, by timeline_spans_lane_idx), not a pass over the lane's months.
 * - timeline_lane_months (0017): a lane's months with the columns the timeline reads of them,
 *   so reading them (some 300 a lane for Testland) walks the index alone, without looking up
 *   each month's row.
 *
 * Frozen in time: imports nothing from src/.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
	await db.schema
		.createIndex('timeline_spans_closed_idx')
		.on('timeline_spans')
		.columns(['country_id', 'lane', 'ongoing', 'closed_last_day'])
		.execute();
	await db.schema
		.createIndex('timeline_spans_ongoing_idx')
		.on('timeline_spans')
		.columns(['country_id', 'lane', 'ongoing', 'first_last_day'])
		.execute();
	await db.schema
		.createIndex('timeline_lane_months_read_idx')
		.on('timeline_lane_months')
		.columns([
			'country_id',
			'lane',
			'anchor_month',
			'n',
			'n_ongoing',
			'min_first',
			'max_first',
			'min_closed',
			'max_closed'
		])
		.execute();
}

export async function down(db: AnyDb): Promise<void> {
	await db.schema.dropIndex('timeline_lane_months_read_idx').execute();
	await db.schema.dropIndex('timeline_spans_ongoing_idx').execute();
	await db.schema.dropIndex('timeline_spans_closed_idx').execute();
}
