import * as derived from './derived-tables.js';

/*
 * One more derived table for the timeline (issue 13), so a view reads a lane's years rather
 * than every month of it:
 *
 * timeline_lane_years: timeline_lane_months summed per country, lane and year of the anchor
 * month (its first four characters, as the timeline's yearly overview keys it), with the same
 * counts and extremes. The overview of a record long enough to be added up by year reads a
 * lane's years (25 for Testland) instead of grouping its months (some 300) on every request,
 * and PostgreSQL reads the lanes' extents from 75 rows instead of 800. Counted again from
 * timeline_lane_months whenever one of its rows comes or goes, so it follows every write that
 * timeline_lane_months follows (the records' triggers of 0015 and 0017).
 *
 * Like 0015's and 0017's tables: never written by the app, left out of the full archive
 * (loading the records fills it again). tests/timeline/timeline-spans.test.ts checks it.
 *
 * Frozen in time: imports nothing from src/ (its triggers are written by ./derived-tables.ts).
 */

/** The year of a lane month's row `row` (old or new), as the overview keys it. */
const yearOf = (row: string) => `substr(${row}.anchor_month, 1, 4)`;

/** The lane years of the timeline_lane_months rows that satisfy `condition` (all without one). */
function fillLaneYears(condition?: string): string {
	return (
		`insert into timeline_lane_years (country_id, lane, anchor_year, n, n_ongoing, min_first, max_first, min_closed, max_closed, max_ongoing_last) ` +
		`select m.country_id, m.lane, ${yearOf('m')}, sum(m.n), sum(m.n_ongoing), min(m.min_first), max(m.max_first), min(m.min_closed), max(m.max_closed), max(m.max_ongoing_last) ` +
		`from timeline_lane_months m ${condition ? `where ${condition} ` : ''}group by m.country_id, m.lane, ${yearOf('m')}`
	);
}

/**
 * Counts the lane year of the timeline_lane_months row `row` (old or new) again: its months are
 * a range of the lane months' key (the year's first to last month), each of that year.
 */
function recountLaneYear(row: 'old' | 'new'): string[] {
	const same = `country_id = ${row}.country_id and lane = ${row}.lane and anchor_year = ${yearOf(row)}`;
	const months =
		`m.country_id = ${row}.country_id and m.lane = ${row}.lane ` +
		`and m.anchor_month >= ${yearOf(row)} || '-01' and m.anchor_month <= ${yearOf(row)} || '-12' ` +
		`and ${yearOf('m')} = ${yearOf(row)}`;
	return [`delete from timeline_lane_years where ${same}`, fillLaneYears(months)];
}

const TRIGGERS = derived.rowTriggers('timeline_lane_years', 'timeline_lane_months', {
	insert: recountLaneYear('new'),
	update: [...recountLaneYear('old'), ...recountLaneYear('new')],
	delete: recountLaneYear('old')
});

export async function up(db: derived.AnyDb): Promise<void> {
	await derived.run(
		db,
		`create table timeline_lane_years (
			country_id text not null,
			lane text not null,
			anchor_year text not null,
			${derived.LANE_FIGURE_COLUMNS},
			primary key (country_id, lane, anchor_year)
		)`
	);
	// The rows that exist already, filled once; then the triggers keep them.
	await derived.run(db, fillLaneYears());
	await derived.createTriggers(db, TRIGGERS);
	await derived.analyze(db, ['timeline_lane_years']);
}

export async function down(db: derived.AnyDb): Promise<void> {
	await derived.drop(db, TRIGGERS, ['timeline_lane_years']);
}
