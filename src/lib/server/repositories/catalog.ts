import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../db/connect.js';

/*
 * What the database itself says about its tables, read from each dialect's catalog. The full
 * archive (src/lib/server/archive/) is built from this rather than from a hand-kept list, so a
 * table added by a later migration is carried without anyone remembering to add it.
 */

// The catalog queries name tables that the Database interface does not describe.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export interface CatalogTable {
	name: string;
	/** SQLite's full-text tables: the virtual table and the shadow tables that hold its index. */
	kind: 'table' | 'virtual' | 'shadow';
}

export interface CatalogColumn {
	name: string;
	/** Text compares by collation; the archive orders it byte-wise on both databases. */
	text: boolean;
	binary: boolean;
	/** 1-based position in the primary key, 0 when not part of it. */
	primaryKey: number;
}

export interface CatalogForeignKey {
	column: string;
	references: string;
}

/** Every table in the database (the current schema on PostgreSQL), views and SQLite's own left out. */
export async function listTables(db: AnyDb): Promise<CatalogTable[]> {
	if (dialectOf(db) === 'sqlite') {
		const { rows } = await sql<{ name: string; type: string }>`
			select name, type from pragma_table_list
			where schema = 'main' and type in ('table', 'virtual', 'shadow') and name not like 'sqlite\\_%' escape '\\'
			order by name`.execute(db);
		return rows.map((r) => ({ name: r.name, kind: r.type as CatalogTable['kind'] }));
	}
	const { rows } = await sql<{ name: string }>`
		select tablename as name from pg_tables where schemaname = current_schema() order by tablename`.execute(
		db
	);
	return rows.map((r) => ({ name: r.name, kind: 'table' }));
}

export async function listColumns(db: AnyDb, table: string): Promise<CatalogColumn[]> {
	if (dialectOf(db) === 'sqlite') {
		const { rows } = await sql<{ name: string; type: string; pk: number }>`
			select name, type, pk from pragma_table_info(${table}) order by cid`.execute(db);
		return rows.map((r) => {
			const type = r.type.toLowerCase();
			return { name: r.name, text: type === 'text', binary: type === 'blob', primaryKey: r.pk };
		});
	}
	const { rows } = await sql<{ name: string; type: string; pk: number | null }>`
		select c.column_name as name, c.data_type as type,
			(select k.ordinal_position from information_schema.table_constraints t
				join information_schema.key_column_usage k
					on k.constraint_name = t.constraint_name and k.table_schema = t.table_schema
					and k.table_name = t.table_name
				where t.table_schema = c.table_schema and t.table_name = c.table_name
					and t.constraint_type = 'PRIMARY KEY' and k.column_name = c.column_name) as pk
		from information_schema.columns c
		where c.table_schema = current_schema() and c.table_name = ${table}
		order by c.ordinal_position`.execute(db);
	return rows.map((r) => ({
		name: r.name,
		text: ['text', 'character varying', 'character'].includes(r.type),
		binary: r.type === 'bytea',
		primaryKey: Number(r.pk ?? 0)
	}));
}

export async function listForeignKeys(db: AnyDb, table: string): Promise<CatalogForeignKey[]> {
	if (dialectOf(db) === 'sqlite') {
		const { rows } = await sql<{ from: string; table: string }>`
			select "from", "table" from pragma_foreign_key_list(${table})`.execute(db);
		return rows.map((r) => ({ column: r.from, references: r.table }));
	}
	const { rows } = await sql<{ column: string; references: string }>`
		select a.attname as "column", r.relname as "references"
		from pg_constraint c
		join pg_class t on t.oid = c.conrelid
		join pg_namespace n on n.oid = t.relnamespace
		join pg_class r on r.oid = c.confrelid
		join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
		where c.contype = 'f' and n.nspname = current_schema() and t.relname = ${table}`.execute(db);
	return rows;
}

export async function countTableRows(db: AnyDb, table: string): Promise<number> {
	const { rows } = await sql<{ n: number | string }>`
		select count(*) as n from ${sql.table(table)}`.execute(db);
	return Number(rows[0]?.n ?? 0);
}

/**
 * One page of a table's rows in a fixed order: the given columns, compared byte-wise for text
 * and with nulls first, so SQLite and PostgreSQL list the same rows in the same order.
 */
export async function selectRowsInOrder(
	db: AnyDb,
	table: string,
	columns: string[],
	order: { name: string; text: boolean }[],
	page: { limit: number; offset: number }
): Promise<Record<string, unknown>[]> {
	const collation = sql.raw(dialectOf(db) === 'sqlite' ? 'collate binary' : 'collate "C"');
	const orderBy = order.map((c) =>
		c.text ? sql`${sql.ref(c.name)} ${collation} nulls first` : sql`${sql.ref(c.name)} nulls first`
	);
	const { rows } = await sql<Record<string, unknown>>`
		select ${sql.join(columns.map((c) => sql.ref(c)))} from ${sql.table(table)}
		order by ${sql.join(orderBy)} limit ${page.limit} offset ${page.offset}`.execute(db);
	return rows;
}

export async function insertRows(
	db: AnyDb,
	table: string,
	rows: Record<string, unknown>[]
): Promise<void> {
	if (rows.length > 0) await db.insertInto(table).values(rows).execute();
}

/** Sets `values` on the one row whose primary key columns equal `key`. */
export async function updateRowByKey(
	db: AnyDb,
	table: string,
	key: Record<string, unknown>,
	values: Record<string, unknown>
): Promise<void> {
	let query = db.updateTable(table).set(values);
	for (const [column, value] of Object.entries(key)) query = query.where(column, '=', value);
	await query.execute();
}

/**
 * After rows were loaded with their own ids, moves every PostgreSQL sequence that feeds a
 * column of these tables past the highest id, so the next insert does not collide. SQLite
 * keeps its counters itself.
 */
export async function resetSequences(db: AnyDb, tables: string[]): Promise<number> {
	if (dialectOf(db) === 'sqlite' || tables.length === 0) return 0;
	const { rows } = await sql<{ table: string; column: string; sequence: string }>`
		select table_name as "table", column_name as "column",
			pg_get_serial_sequence(quote_ident(table_name), column_name) as sequence
		from information_schema.columns
		where table_schema = current_schema() and table_name in (${sql.join(tables)})
			and pg_get_serial_sequence(quote_ident(table_name), column_name) is not null`.execute(db);
	for (const row of rows) {
		await sql`select setval(${row.sequence}, coalesce((select max(${sql.ref(row.column)}) from ${sql.table(row.table)}), 0) + 1, false)`.execute(
			db
		);
	}
	return rows.length;
}

/**
 * Empties PostgreSQL's current schema of everything the migrations make (tables with their
 * sequences and indexes, and the search triggers' functions), for a restore told to replace.
 */
export async function dropAllPostgresObjects(db: AnyDb): Promise<void> {
	const { rows: tables } = await sql<{ name: string }>`
		select tablename as name from pg_tables where schemaname = current_schema()`.execute(db);
	for (const t of tables) await sql`drop table if exists ${sql.table(t.name)} cascade`.execute(db);
	const { rows: functions } = await sql<{ signature: string }>`
		select p.oid::regprocedure::text as signature from pg_proc p
		join pg_namespace n on n.oid = p.pronamespace
		where n.nspname = current_schema() and p.prokind = 'f'
			and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')`.execute(db);
	for (const f of functions)
		await sql`drop function if exists ${sql.raw(f.signature)} cascade`.execute(db);
}
