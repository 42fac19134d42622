import * as derived from './derived-tables.js';

/*
 * Where the timeline draws each published, dated pledge, case and engagement, worked out once
 * when the record is written instead of on every public read, and the same counted per month:
 * a country's timeline reads its lanes' extent, overview and in-view counts from a few hundred
 * monthly rows whatever the size of its record, and reads single rows only for the months at a
 * window's edges (applying the span rules to each of 10,000 cases in SQL was most of a country
 * page's database time). Both tables are derived, like search_documents: triggers keep them
 * current on every write (workspace, import, restore, publish, generate, seed, trash, removal),
 * the app never writes them, and the full archive leaves them out (loading the records fills
 * them again).
 *
 * timeline_spans: a row per published record not in the trash whose dates make a span, with
 * the days of the rule "drawn" of src/lib/date-spans.ts (drawnSpanSql) spelled out here as it
 * stood when this migration was written; record_type is a case's type, else the lane.
 * timeline_months: per country, lane, record type and month of the anchor day, the count and
 * the minima and maxima the timeline's extent and edges read; each group is counted again from
 * timeline_spans whenever one of its rows comes or goes. tests/timeline/timeline-spans.test.ts
 * checks both against the rule.
 *
 * Frozen in time: imports nothing from src/ (its triggers are written by ./derived-tables.ts).
 */

/** How a table's rows make a span (as drawnSpanSql's SpanSource). */
interface Lane {
	lane: 'pledge' | 'case' | 'engagement';
	table: 'pledges' | 'cases' | 'engagements';
	start: string;
	end?: string;
	/** The record type column (a case's type); the lane's name otherwise. */
	type?: string;
	ongoing?: string;
}

const LANES: Lane[] = [
	{ lane: 'pledge', table: 'pledges', start: 'made' },
	{
		lane: 'case',
		table: 'cases',
		start: 'start',
		end: 'end',
		type: 'case_type',
		ongoing: 'ongoing'
	},
	{ lane: 'engagement', table: 'engagements', start: 'start', end: 'end' }
];

/** The date under `prefix`, when set (text and precision), else null. */
const whenSet = (prefix: string, value: string) =>
	`case when r.${prefix}_text is not null and r.${prefix}_precision is not null then ${value} end`;
const lastDay = (prefix: string) =>
	whenSet(prefix, `coalesce(r.${prefix}_latest, r.${prefix}_earliest)`);
const firstDay = (prefix: string) =>
	whenSet(
		prefix,
		`case when r.${prefix}_precision = 'before' then null else r.${prefix}_earliest end`
	);

function first({ start, end }: Lane): string {
	const fromStart = `coalesce(${firstDay(start)}, ${lastDay(start)})`;
	if (!end) return fromStart;
	return `case when ${lastDay(start)} is not null then ${fromStart} else coalesce(${firstDay(end)}, ${lastDay(end)}) end`;
}

function columns(lane: Lane): Record<string, string> {
	const { start, end } = lane;
	const lasts = end ? `coalesce(${lastDay(start)}, ${lastDay(end)})` : lastDay(start);
	const anchor = `coalesce(${[start, ...(end ? [end] : [])]
		.flatMap((p) => [whenSet(p, `r.${p}_earliest`), whenSet(p, `r.${p}_latest`)])
		.join(', ')})`;
	return {
		lane: `'${lane.lane}'`,
		record_id: 'r.id',
		country_id: 'r.country_id',
		record_type: lane.type ? `r.${lane.type}` : `'${lane.lane}'`,
		ongoing: lane.ongoing ? `r.${lane.ongoing}` : '0',
		first_day: first(lane),
		first_last_day: lasts,
		closed_last_day: end ? `coalesce(${lastDay(end)}, ${lastDay(start)})` : lastDay(start),
		anchor_day: anchor,
		anchor_month: `substr(${anchor}, 1, 7)`
	};
}

/** Inserts the spans of the lane's records whose id satisfies `idCondition` (all without one). */
function fillSpans(lane: Lane, idCondition?: string): string {
	const cols = columns(lane);
	const where = [
		`r.status = 'published'`,
		'r.deleted_at is null',
		`(${first(lane)}) is not null`,
		...(idCondition ? [`r.id ${idCondition}`] : [])
	];
	return (
		`insert into timeline_spans (${Object.keys(cols).join(', ')}) ` +
		`select ${Object.values(cols).join(', ')} from ${lane.table} r where ${where.join(' and ')}`
	);
}

const GROUP = ['country_id', 'lane', 'record_type', 'anchor_month'];

/** The monthly rows of timeline_spans' rows that satisfy `condition` (all without one). */
function fillMonths(condition?: string): string {
	return (
		`insert into timeline_months (${GROUP.join(', ')}, n, n_ongoing, min_first, max_first, min_closed, max_closed, max_ongoing_last) ` +
		`select ${GROUP.join(', ')}, count(*), sum(ongoing), min(first_day), max(first_day), ` +
		`min(case when ongoing = 1 then null else closed_last_day end), ` +
		`max(case when ongoing = 1 then null else closed_last_day end), ` +
		`max(case when ongoing = 1 then first_last_day end) ` +
		`from timeline_spans s ${condition ? `where ${condition} ` : ''}group by ${GROUP.join(', ')}`
	);
}

/** Counts the group of the span row `row` (old or new) again. */
function recount(row: 'old' | 'new'): string[] {
	const same = GROUP.map((c) => `${c} = ${row}.${c}`).join(' and ');
	const sameS = GROUP.map((c) => `s.${c} = ${row}.${c}`).join(' and ');
	return [`delete from timeline_months where ${same}`, fillMonths(sameS)];
}

const TRIGGERS: derived.RowTrigger[] = [
	...LANES.flatMap((lane): derived.RowTrigger[] => [
		{
			name: `timeline_spans_${lane.table}_insert`,
			event: 'insert',
			table: lane.table,
			statements: [fillSpans(lane, '= new.id')]
		},
		{
			name: `timeline_spans_${lane.table}_update`,
			event: 'update',
			table: lane.table,
			statements: [
				`delete from timeline_spans where lane = '${lane.lane}' and (record_id = old.id or record_id = new.id)`,
				fillSpans(lane, '= new.id')
			]
		},
		{
			name: `timeline_spans_${lane.table}_delete`,
			event: 'delete',
			table: lane.table,
			statements: [`delete from timeline_spans where lane = '${lane.lane}' and record_id = old.id`]
		}
	]),
	{
		name: 'timeline_months_insert',
		event: 'insert',
		table: 'timeline_spans',
		statements: recount('new')
	},
	{
		name: 'timeline_months_update',
		event: 'update',
		table: 'timeline_spans',
		statements: [...recount('old'), ...recount('new')]
	},
	{
		name: 'timeline_months_delete',
		event: 'delete',
		table: 'timeline_spans',
		statements: recount('old')
	}
];

export async function up(db: derived.AnyDb): Promise<void> {
	await derived.run(
		db,
		`create table timeline_spans (
			lane text not null,
			record_id text not null,
			country_id text not null,
			record_type text not null,
			ongoing integer not null,
			first_day text not null,
			first_last_day text,
			closed_last_day text,
			anchor_day text not null,
			anchor_month text not null,
			primary key (lane, record_id)
		)`
	);
	// A lane read row by row (a theme filter, the events of a window): every column it reads.
	await derived.run(
		db,
		`create index timeline_spans_lane_idx on timeline_spans (country_id, lane, first_day, anchor_day, first_last_day, closed_last_day, ongoing, record_type, record_id)`
	);
	// The months at a window's edges, and a month's group counted again.
	await derived.run(
		db,
		`create index timeline_spans_month_idx on timeline_spans (country_id, lane, anchor_month, ongoing, closed_last_day, first_day, anchor_day, record_type)`
	);
	await derived.run(
		db,
		`create table timeline_months (
			country_id text not null,
			lane text not null,
			record_type text not null,
			anchor_month text not null,
			n integer not null,
			n_ongoing integer not null,
			min_first text not null,
			max_first text not null,
			min_closed text,
			max_closed text,
			max_ongoing_last text,
			primary key (country_id, lane, anchor_month, record_type)
		)`
	);
	const [onRecords, onSpans] = [
		TRIGGERS.filter((t) => t.table !== 'timeline_spans'),
		TRIGGERS.filter((t) => t.table === 'timeline_spans')
	];
	await derived.createTriggers(db, onRecords);
	// Records that exist already get their rows now, the months counted once, not row by row.
	for (const lane of LANES) await derived.run(db, fillSpans(lane));
	await derived.run(db, fillMonths());
	await derived.createTriggers(db, onSpans);
	await derived.analyze(db, ['timeline_spans', 'timeline_months']);
}

export async function down(db: derived.AnyDb): Promise<void> {
	await derived.drop(db, TRIGGERS, ['timeline_months', 'timeline_spans']);
}
