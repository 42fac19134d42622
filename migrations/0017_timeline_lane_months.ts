import * as derived from './derived-tables.js';

/*
 * Two more derived tables for the timeline (issue 13), so a view change reads a lane's months
 * and the ongoing cases' known day without going through every type or citation:
 *
 * timeline_lane_months: timeline_months summed over the record types, per country, lane and
 * anchor month. Without a type filter the case lane reads one row a month (about 300 for
 * Testland) instead of one per month and case type (about 2,800). Counted again from
 * timeline_months whenever one of its rows comes or goes.
 *
 * timeline_known: per ongoing case on the timeline (a timeline_spans row of the case lane with
 * ongoing = 1), the day it is known to run to: the latest day of the publication date of its
 * latest cited published source, the source ranked as the timeline's "as of" ranks them
 * (publication's earliest day, then its latest), only when that day is known. The timeline's
 * extent reaches the latest of them; read from an index, not by joining every case citation.
 * Kept by triggers on timeline_spans (the case's row comes, goes or changes), on citations
 * (one of a case's citations comes, goes or changes) and on sources (a cited source is
 * published, withdrawn, trashed, restored or redated).
 *
 * Like 0015's tables: never written by the app, left out of the full archive (loading the
 * records fills them again). tests/timeline/timeline-spans.test.ts checks both.
 *
 * Frozen in time: imports nothing from src/ (its triggers are written by ./derived-tables.ts).
 */

const GROUP = ['country_id', 'lane', 'anchor_month'];

/** The lane months of the timeline_months rows that satisfy `condition` (all without one). */
function fillLaneMonths(condition?: string): string {
	return (
		`insert into timeline_lane_months (${GROUP.join(', ')}, n, n_ongoing, min_first, max_first, min_closed, max_closed, max_ongoing_last) ` +
		`select ${GROUP.join(', ')}, sum(n), sum(n_ongoing), min(min_first), max(max_first), min(min_closed), max(max_closed), max(max_ongoing_last) ` +
		`from timeline_months m ${condition ? `where ${condition} ` : ''}group by ${GROUP.join(', ')}`
	);
}

/** Counts the lane month of the timeline_months row `row` (old or new) again. */
function recountLaneMonth(row: 'old' | 'new'): string[] {
	const same = GROUP.map((c) => `${c} = ${row}.${c}`).join(' and ');
	const sameM = GROUP.map((c) => `m.${c} = ${row}.${c}`).join(' and ');
	return [`delete from timeline_lane_months where ${same}`, fillLaneMonths(sameM)];
}

/** A source the public sees, with a publication date whose earliest or latest day is known. */
const DATED_SOURCE =
	`s.status = 'published' and s.deleted_at is null and s.published_text is not null ` +
	`and s.published_precision is not null and coalesce(s.published_earliest, s.published_latest) is not null`;

/** The known day of the case whose id is `id` (an SQL expression), null when none. */
function knownDay(id: string): string {
	return (
		`(select coalesce(s.published_latest, s.published_earliest) from citations c ` +
		`join sources s on s.id = c.source_id ` +
		`where c.record_type = 'case' and c.record_id = ${id} and c.published_at is not null and ${DATED_SOURCE} ` +
		`order by coalesce(s.published_earliest, s.published_latest) desc, coalesce(s.published_latest, '') desc limit 1)`
	);
}

/** Inserts the known days of the ongoing case spans that satisfy `condition` (all without one). */
function fillKnown(condition?: string): string {
	return (
		`insert into timeline_known (record_id, country_id, known_day) ` +
		`select t.record_id, t.country_id, t.known_day from (` +
		`select sp.record_id, sp.country_id, ${knownDay('sp.record_id')} as known_day from timeline_spans sp ` +
		`where sp.lane = 'case' and sp.ongoing = 1${condition ? ` and ${condition}` : ''}) t ` +
		`where t.known_day is not null`
	);
}

/** Works out the known days of the cases whose ids `ids` (an SQL list query) gives again. */
function refreshKnown(ids: string): string[] {
	return [
		`delete from timeline_known where record_id in (${ids})`,
		fillKnown(`sp.record_id in (${ids})`)
	];
}

/** A case's ids among a citation row's (old or new): the case it cites for, if any. */
const citedCase = (row: 'old' | 'new') =>
	`select ${row}.record_id where ${row}.record_type = 'case'`;

/** The cases citing the source row `row` (old or new). */
const citingCases = (row: 'old' | 'new') =>
	`select c.record_id from citations c where c.source_id = ${row}.id and c.record_type = 'case'`;

const TRIGGERS: derived.RowTrigger[] = [
	{
		name: 'timeline_lane_months_insert',
		event: 'insert',
		table: 'timeline_months',
		statements: recountLaneMonth('new')
	},
	{
		name: 'timeline_lane_months_update',
		event: 'update',
		table: 'timeline_months',
		statements: [...recountLaneMonth('old'), ...recountLaneMonth('new')]
	},
	{
		name: 'timeline_lane_months_delete',
		event: 'delete',
		table: 'timeline_months',
		statements: recountLaneMonth('old')
	},
	{
		name: 'timeline_known_spans_insert',
		event: 'insert',
		table: 'timeline_spans',
		statements: refreshKnown(`select new.record_id where new.lane = 'case'`)
	},
	{
		name: 'timeline_known_spans_update',
		event: 'update',
		table: 'timeline_spans',
		statements: refreshKnown(
			`select old.record_id where old.lane = 'case' union select new.record_id where new.lane = 'case'`
		)
	},
	{
		name: 'timeline_known_spans_delete',
		event: 'delete',
		table: 'timeline_spans',
		statements: [`delete from timeline_known where old.lane = 'case' and record_id = old.record_id`]
	},
	{
		name: 'timeline_known_citations_insert',
		event: 'insert',
		table: 'citations',
		statements: refreshKnown(citedCase('new'))
	},
	{
		name: 'timeline_known_citations_update',
		event: 'update',
		table: 'citations',
		statements: refreshKnown(`${citedCase('old')} union ${citedCase('new')}`)
	},
	{
		name: 'timeline_known_citations_delete',
		event: 'delete',
		table: 'citations',
		statements: refreshKnown(citedCase('old'))
	},
	{
		name: 'timeline_known_sources_update',
		event: 'update',
		table: 'sources',
		statements: refreshKnown(`${citingCases('old')} union ${citingCases('new')}`)
	}
];

export async function up(db: derived.AnyDb): Promise<void> {
	await derived.run(
		db,
		`create table timeline_lane_months (
			country_id text not null,
			lane text not null,
			anchor_month text not null,
			n integer not null,
			n_ongoing integer not null,
			min_first text not null,
			max_first text not null,
			min_closed text,
			max_closed text,
			max_ongoing_last text,
			primary key (country_id, lane, anchor_month)
		)`
	);
	await derived.run(
		db,
		`create table timeline_known (
			record_id text primary key,
			country_id text not null,
			known_day text not null
		)`
	);
	// The latest known day of a country: the last entry under it.
	await derived.run(
		db,
		`create index timeline_known_country_idx on timeline_known (country_id, known_day)`
	);
	// The rows that exist already, filled once; then the triggers keep them.
	await derived.run(db, fillLaneMonths());
	await derived.run(db, fillKnown());
	await derived.createTriggers(db, TRIGGERS);
	await derived.analyze(db, ['timeline_lane_months', 'timeline_known']);
}

export async function down(db: derived.AnyDb): Promise<void> {
	await derived.drop(db, TRIGGERS, ['timeline_known', 'timeline_lane_months']);
}
