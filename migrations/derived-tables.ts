import { SqliteAdapter, sql, type Kysely } from 'kysely';

/*
 * Tables derived from the records and kept by row triggers, the steps written once for both
 * databases: the derived-table migrations (0015_timeline_spans, 0017_timeline_lane_months)
 * give each trigger its statements, and this writes them as an SQLite trigger or as a
 * PostgreSQL trigger function and trigger, analyses the new tables on PostgreSQL and drops
 * them again. Not a migration itself (migrations/index.ts lists those); what it writes must
 * never change, since databases that ran those migrations hold its output.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before and beside any schema type
export type AnyDb = Kysely<any>;

/*
 * The figures a lane table holds for its key (a month in timeline_lane_months, a year in
 * timeline_lane_years): how many spans anchor there, how many are ongoing, and the extremes of
 * their first and closing days. As DDL columns, for the tables made after 0017.
 */
export const LANE_FIGURE_COLUMNS = `n integer not null,
			n_ongoing integer not null,
			min_first text not null,
			max_first text not null,
			min_closed text,
			max_closed text,
			max_ongoing_last text`;

export interface RowTrigger {
	name: string;
	event: 'insert' | 'update' | 'delete';
	table: string;
	statements: string[];
}

/**
 * The triggers, named `${prefix}_insert`, `_update` and `_delete`, that give each change of a
 * row of `table` its statements (an event without any gets no trigger).
 */
export function rowTriggers(
	prefix: string,
	table: string,
	statements: Partial<Record<RowTrigger['event'], string[]>>
): RowTrigger[] {
	return (['insert', 'update', 'delete'] as const).flatMap((event) => {
		const these = statements[event];
		return these ? [{ name: `${prefix}_${event}`, event, table, statements: these }] : [];
	});
}

export async function run(db: AnyDb, statement: string): Promise<void> {
	await sql.raw(statement).execute(db);
}

function onSqlite(db: AnyDb): boolean {
	return db.getExecutor().adapter instanceof SqliteAdapter;
}

async function createTrigger(db: AnyDb, t: RowTrigger, sqlite: boolean): Promise<void> {
	if (sqlite) {
		await run(
			db,
			`create trigger ${t.name} after ${t.event} on ${t.table} for each row begin ${t.statements.join(';\n')}; end`
		);
		return;
	}
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
		`create trigger ${t.name} after ${t.event} on ${t.table} for each row execute function ${t.name}()`
	);
}

export async function createTriggers(db: AnyDb, triggers: RowTrigger[]): Promise<void> {
	const sqlite = onSqlite(db);
	for (const t of triggers) await createTrigger(db, t, sqlite);
}

/** PostgreSQL plans reads by statistics, which new tables lack until autovacuum. */
export async function analyze(db: AnyDb, tables: string[]): Promise<void> {
	if (!onSqlite(db)) await run(db, `analyze ${tables.join(', ')}`);
}

/**
 * Drops the triggers (on PostgreSQL their functions, and the triggers with them), then the
 * tables, in the order given.
 */
export async function drop(db: AnyDb, triggers: RowTrigger[], tables: string[]): Promise<void> {
	const sqlite = onSqlite(db);
	for (const t of triggers) {
		if (sqlite) await run(db, `drop trigger if exists ${t.name}`);
		else await run(db, `drop function if exists ${t.name}() cascade`);
	}
	for (const table of tables) await run(db, `drop table if exists ${table}`);
}
