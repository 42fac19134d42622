import { SqliteAdapter, sql, type Kysely } from 'kysely';

/*
 * Where the timeline draws each published, dated case, worked out once when the case is
 * written instead of on every public read: the timeline's case lane groups a country's cases by
 * these days, and applying the span rules to each of 10,000 cases in SQL was most of a country
 * page's database time (about 20 ms on SQLite). The table is derived, like search_documents:
 * triggers on cases keep it current on every write (workspace, import, restore, publish,
 * generate, seed, trash), it is never written by the app, and the full archive leaves it out
 * (loading the cases fills it again).
 *
 * A row per published case not in the trash whose dates make a span; the days follow the rule
 * "drawn" of src/lib/date-spans.ts (drawnSpanSql), spelled out here as it stood when this
 * migration was written. tests/timeline/case-spans.test.ts checks they agree.
 *
 * Frozen in time: imports nothing from src/.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

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

const FIRST = `case when ${lastDay('start')} is not null then coalesce(${firstDay('start')}, ${lastDay('start')}) else coalesce(${firstDay('end')}, ${lastDay('end')}) end`;

const COLUMNS: Record<string, string> = {
	case_id: 'r.id',
	country_id: 'r.country_id',
	case_type: 'r.case_type',
	ongoing: 'r.ongoing',
	first_day: FIRST,
	first_last_day: `coalesce(${lastDay('start')}, ${lastDay('end')})`,
	closed_last_day: `coalesce(${lastDay('end')}, ${lastDay('start')})`,
	anchor_day: `coalesce(${['start', 'end']
		.flatMap((p) => [whenSet(p, `r.${p}_earliest`), whenSet(p, `r.${p}_latest`)])
		.join(', ')})`
};

/** Inserts the rows of the cases whose id satisfies `idCondition` (all cases without one). */
function fill(idCondition?: string): string {
	const where = [
		`r.status = 'published'`,
		'r.deleted_at is null',
		`(${FIRST}) is not null`,
		...(idCondition ? [`r.id ${idCondition}`] : [])
	];
	return (
		`insert into case_spans (${Object.keys(COLUMNS).join(', ')}) ` +
		`select ${Object.values(COLUMNS).join(', ')} from cases r where ${where.join(' and ')}`
	);
}

const TRIGGERS = [
	{ name: 'case_spans_insert', event: 'insert', statements: [fill('= new.id')] },
	{
		name: 'case_spans_update',
		event: 'update',
		statements: [
			'delete from case_spans where case_id = old.id or case_id = new.id',
			fill('= new.id')
		]
	},
	{
		name: 'case_spans_delete',
		event: 'delete',
		statements: ['delete from case_spans where case_id = old.id']
	}
];

async function run(db: AnyDb, statement: string): Promise<void> {
	await sql.raw(statement).execute(db);
}

export async function up(db: AnyDb): Promise<void> {
	const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
	await run(
		db,
		`create table case_spans (
			case_id text primary key,
			country_id text not null,
			case_type text not null,
			ongoing integer not null,
			first_day text not null,
			first_last_day text,
			closed_last_day text,
			anchor_day text
		)`
	);
	// The lane reads this index alone: a country's rows, every column it groups and filters by.
	await run(
		db,
		`create index case_spans_lane_idx on case_spans (country_id, first_day, anchor_day, first_last_day, closed_last_day, ongoing, case_type, case_id)`
	);
	for (const t of TRIGGERS) {
		if (sqlite) {
			await run(
				db,
				`create trigger ${t.name} after ${t.event} on cases for each row begin ${t.statements.join(';\n')}; end`
			);
		} else {
			await run(
				db,
				`create function ${t.name}() returns trigger language plpgsql as $$
				begin
					${t.statements.join(';\n')};
					return null;
				end $$`
			);
			await run(
				db,
				`create trigger ${t.name} after ${t.event} on cases for each row execute function ${t.name}()`
			);
		}
	}
	// Cases that exist already get their rows now.
	await run(db, fill());
}

export async function down(db: AnyDb): Promise<void> {
	const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
	for (const t of TRIGGERS) {
		if (sqlite) await run(db, `drop trigger if exists ${t.name}`);
		else await run(db, `drop function if exists ${t.name}() cascade`);
	}
	await run(db, 'drop table if exists case_spans');
}
