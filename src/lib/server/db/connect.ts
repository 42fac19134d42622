import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
	CompiledQuery,
	Kysely,
	PostgresDialect,
	RawNode,
	SelectModifierNode,
	SelectQueryNode,
	SqliteAdapter,
	SqliteDialect,
	SqliteDriver,
	sql,
	type DatabaseConnection,
	type KyselyPlugin,
	type SqliteDialectConfig
} from 'kysely';
import type { Database } from './schema.js';
import { ConfigError, describeDatabase, type DatabaseConfig } from './config.js';
import { BatchingReadsDialect, ReadBatcher } from './read-batch.js';

export type DB = Kysely<Database>;

/* SQLite runs DDL inside transactions; telling Kysely so makes a failed migration roll back whole. */
class TransactionalSqliteAdapter extends SqliteAdapter {
	override get supportsTransactionalDdl(): boolean {
		return true;
	}
}
/*
 * Transactions take SQLite's write lock when they begin. A save reads (the version it checks)
 * before it writes; begun DEFERRED, it would read from a snapshot, and if another process on
 * the same file (a second instance, a command run beside the server) wrote in between, its
 * first write would fail at once with "database is locked", whatever busy_timeout says.
 * BEGIN IMMEDIATE waits for the lock (up to busy_timeout) instead.
 */
class ImmediateSqliteDriver extends SqliteDriver {
	override async beginTransaction(connection: DatabaseConnection): Promise<void> {
		await connection.executeQuery(CompiledQuery.raw('begin immediate'));
	}
}
class PledgewatchSqliteDialect extends SqliteDialect {
	readonly #settings: SqliteDialectConfig;
	constructor(config: SqliteDialectConfig) {
		super(config);
		this.#settings = config;
	}
	override createDriver(): SqliteDriver {
		return new ImmediateSqliteDriver(this.#settings);
	}
	override createAdapter(): SqliteAdapter {
		return new TransactionalSqliteAdapter();
	}
}

// PostgreSQL returns count(*) and bigint as strings; the app's counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

/*
 * The database holds accounts, sessions and unpublished records, so only the owner may read
 * it, like the key file. The file is made 0600 before SQLite opens it (SQLite would make it
 * 0644 under the usual umask); SQLite gives the -wal and -shm files the database file's own
 * mode. A database made before this, or copied in, is tightened the same way, side files too.
 */
const OWNER_ONLY = 0o600;
const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

function keepOwnerOnly(file: string): void {
	for (const suffix of SIDE_FILES) {
		try {
			const mode = fs.statSync(file + suffix).mode & 0o777;
			if (mode & 0o077) fs.chmodSync(file + suffix, mode & 0o700);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
		}
	}
}

export function openSqlite(file: string): SQLite.Database {
	const onDisk = file !== ':memory:' && file !== '';
	if (onDisk) {
		fs.mkdirSync(path.dirname(file), { recursive: true });
		// 'a' creates the file if it is missing and leaves an existing one as it is.
		fs.closeSync(fs.openSync(file, 'a', OWNER_ONLY));
		keepOwnerOnly(file);
	}
	const handle = new SQLite(file);
	handle.pragma('journal_mode = WAL');
	if (onDisk) keepOwnerOnly(file);
	handle.pragma('foreign_keys = ON');
	handle.pragma('busy_timeout = 5000');
	handle.pragma('synchronous = NORMAL');
	// A 64 MiB page cache and in-memory temp tables keep the search triggers' writes fast.
	handle.pragma('cache_size = -65536');
	handle.pragma('temp_store = MEMORY');
	return handle;
}

/*
 * Statements prepared once per SQL text and reused (the most recent few hundred): Kysely asks
 * better-sqlite3 to prepare every query afresh, and preparing the public read path's long
 * date-span queries cost about as much as running them. A statement is bound anew on each run
 * and the one connection runs one query at a time, so reuse is safe.
 */
const CACHED_STATEMENTS = 300;

/*
 * SQLite marks a statement to be prepared again whenever a parameter its planner may read is
 * bound, and a bound LIMIT or OFFSET is one (the planner weighs an ORDER BY ... LIMIT plan by
 * the number). better-sqlite3 binds on every run, so every paginated read (the country page's
 * recent records, the lists, the open-data pages, the prisoner list) was prepared afresh on
 * every run, whatever the cache below kept. A sum is not a number the planner reads, so each
 * bound LIMIT and OFFSET is prepared as `? + 0` (Kysely writes them `limit ?`, `offset ?`);
 * its statement is then prepared once. SQLite 3.53.2, Testland: a five-row page of cases
 * 22.7 us a run bound as is, 11.6 as a sum; the prisoner list 2.2M instructions a run, 1.5M of
 * them preparing (callgrind).
 */
const BOUND_LIMIT = /\b(limit|offset) \?(?! \+ 0)/g;

export function limitsAsSums(text: string): string {
	return text.replace(BOUND_LIMIT, '$1 ? + 0');
}

function reusingStatements(handle: SQLite.Database) {
	const statements = new Map<string, SQLite.Statement>();
	return {
		close: () => handle.close(),
		prepare(text: string): SQLite.Statement {
			const cached = statements.get(text);
			if (cached) {
				// Map keeps insertion order: moving a hit to the end keeps the oldest first.
				statements.delete(text);
				statements.set(text, cached);
				return cached;
			}
			const statement = handle.prepare(limitsAsSums(text));
			statements.set(text, statement);
			if (statements.size > CACHED_STATEMENTS) {
				statements.delete(statements.keys().next().value as string);
			}
			return statement;
		}
	};
}

/*
 * Reads prepared once per connection and SQL text, and reused, where a caller asks for it
 * (preparedReads): PostgreSQL then parses a query once instead of on every request, and
 * plans it once too when its generic plan costs no more than those made for the parameters
 * (its own rule, plan_cache_mode auto). On the filtered open-data page, parsing and planning
 * cost about as much as running: its seven queries took 4.9 ms of the server's CPU
 * unprepared, 2.7 ms prepared. Not every read: a generic plan chosen after a few runs can be
 * worse for other parameters (the timeline's contradictions read, its ids as an `in (...)`
 * list, took 1.6 ms prepared against 1.0 unprepared; as one array parameter, 0.3), so reads are
 * marked one by one, measured, and those whose plans turn on their values (how many spans a
 * window's days hold) are left unmarked. Only the first few
 * hundred texts a connection sees are prepared, so neither side's memory grows with the texts
 * (an `in (...)` list gives one text per length); later ones run unprepared.
 */
const PREPARED_PER_CONNECTION = 200;
const PREPARED_MARK = '/* prepared */';
const PREPARED_START = `select ${PREPARED_MARK} `;

/*
 * A marked read starts with its mark, or, with common table expressions first, holds it: only
 * preparedReads writes the mark, and it marks the selects of the expressions it built too.
 */
function isMarked(text: string): boolean {
	return (
		text.startsWith(PREPARED_START) || (text.startsWith('with ') && text.includes(PREPARED_START))
	);
}

function preparingReads(client: pg.PoolClient, onStatement?: (text: string) => void): void {
	const names = new Map<string, string>();
	const query = client.query.bind(client) as (...args: unknown[]) => unknown;
	client.query = ((text: unknown, values?: unknown, ...rest: unknown[]) => {
		if (onStatement && typeof text === 'string') onStatement(text);
		const marked =
			typeof text === 'string' && Array.isArray(values) && rest.length === 0 && isMarked(text);
		if (!marked) return query(text, values, ...rest);
		let name = names.get(text);
		if (name === undefined && names.size < PREPARED_PER_CONNECTION) {
			name = `pledgewatch_${names.size}`;
			names.set(text, name);
		}
		return name === undefined ? query(text, values) : query({ name, text, values });
	}) as typeof client.query;
}

const markPrepared: KyselyPlugin = {
	transformQuery: ({ node }) =>
		SelectQueryNode.is(node)
			? {
					...node,
					frontModifiers: [
						SelectModifierNode.createWithExpression(RawNode.createWithSql(PREPARED_MARK)),
						...(node.frontModifiers ?? [])
					]
				}
			: node,
	transformResult: async ({ result }) => result
};

/**
 * The database whose reads PostgreSQL keeps prepared (see above) and sends together when they
 * are issued together (read-batch.ts); SQLite keeps every statement prepared already
 * (reusingStatements) and has no round trips to save. A transaction's reads are marked but
 * stay on the transaction, one by one.
 */
export function preparedReads(db: DB): DB {
	if (dialectOf(db) !== 'postgres') return db;
	// One marked handle per database, not a new one per call: reads compiled once per
	// database (ReadShape) keep their compiled text by the handle they are given.
	let marked = markedHandles.get(db);
	if (!marked)
		markedHandles.set(db, (marked = batchedHandles.get(db) ?? db.withPlugin(markPrepared)));
	return marked;
}

const markedHandles = new WeakMap<DB, DB>();
/* A PostgreSQL database's marked handle whose reads are batched, made with it (createDb). */
const batchedHandles = new WeakMap<DB, DB>();

export interface DbOptions {
	/** PostgreSQL: send the marked reads issued together as one statement (default true). */
	batchReads?: boolean;
	/** PostgreSQL: told of each statement's text as it is sent (tests count them). */
	onStatement?: (text: string) => void;
}

export function createDb(config: DatabaseConfig, options: DbOptions = {}): DB {
	if (config.kind === 'sqlite') {
		return new Kysely<Database>({
			dialect: new PledgewatchSqliteDialect({
				database: reusingStatements(openSqlite(config.file))
			})
		});
	}
	const pool = new pg.Pool({
		connectionString: config.url,
		max: 10,
		connectionTimeoutMillis: 5000,
		/*
		 * No JIT compilation. PostgreSQL compiles a query to machine code when its estimated
		 * cost passes jit_above_cost, which pays off for long analytic scans, not for the app's
		 * short reads: the timeline's extent over 10,000 cases (estimated high for its
		 * per-ongoing-case source lookup) spent 347 ms of its 883 ms compiling, and ran in
		 * 163 ms without (EXPLAIN ANALYZE, PostgreSQL 15).
		 */
		options: '-c jit=off'
	});
	// An idle connection the server ends (a restart, or a dropped database) is discarded by the
	// pool, which then emits 'error'; unheard, that event would crash the whole process.
	pool.on('error', (error) => {
		console.warn(`[pledgewatch] warning: an idle database connection closed: ${error.message}`);
	});
	pool.on('connect', (client) => {
		/*
		 * A connection that ends while the app holds it (a restart, a failover) fails the read
		 * or transaction on it, which reports its own error, and the pool drops the client when
		 * it comes back. node-postgres also emits 'error' on the client then, and the pool
		 * listens only while the client is idle in it: unheard, that event would end the process
		 * (tests/db/postgres-connection-loss.test.ts).
		 */
		client.on('error', () => undefined);
		preparingReads(client, options.onStatement);
	});
	const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
	if (options.batchReads ?? true) {
		const batcher = new ReadBatcher(pool, isMarked);
		batchedHandles.set(
			db,
			new Kysely<Database>({
				dialect: new BatchingReadsDialect(pool, batcher),
				plugins: [markPrepared]
			})
		);
	}
	return db;
}

/**
 * Opens the database and proves it answers, turning driver errors into one clear
 * sentence (an unreachable host, a wrong password, an unwritable file).
 */
export async function connect(config: DatabaseConfig): Promise<DB> {
	let db: DB;
	try {
		db = createDb(config);
	} catch (error) {
		throw new ConfigError(`Cannot open ${describeDatabase(config)}: ${message(error)}`);
	}
	try {
		await sql`select 1`.execute(db);
	} catch (error) {
		await db.destroy().catch(() => undefined);
		throw new ConfigError(`Cannot reach ${describeDatabase(config)}: ${message(error)}`);
	}
	return db;
}

export function dialectOf<T>(db: Kysely<T>): 'sqlite' | 'postgres' {
	return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres';
}

function message(error: unknown): string {
	if (error instanceof AggregateError && error.errors.length > 0) return message(error.errors[0]);
	if (error instanceof Error) return error.message || error.name;
	return String(error);
}
