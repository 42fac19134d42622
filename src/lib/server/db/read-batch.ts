import pg from 'pg';
import {
	PostgresDialect,
	type DatabaseConnection,
	type Driver,
	type CompiledQuery,
	type QueryResult
} from 'kysely';

/*
 * Reads issued together travel together (PostgreSQL only). The public pages issue their
 * independent reads at once (Promise.all), and each costs a round trip whatever it reads: on
 * the country page 26 statements whose execution summed to 3.4 ms cost the server ~12 ms and
 * PostgreSQL ~7.5 ms of CPU, a trivial prepared statement ~100 us of node and ~33 us of the
 * backend, plus the pool and Kysely around it. So the marked reads (preparedReads) pending
 * when the microtask queue drains go as one statement,
 *
 *   select (select coalesce(json_agg(json_build_array(q.c0::text, ...)), '[]'::json)
 *           from (<read 1>) as q(c0, ...)) as "0", (...<read 2>...) as "1", ...
 *
 * with each read's parameters renumbered after the ones before it, on one pooled connection,
 * and each caller gets its own rows. The later reads of each branch (those that need earlier
 * rows) then go together in their turn.
 *
 * The rows must be the ones the read gives alone. Each value travels as the text PostgreSQL
 * would have sent (its type's output, `::text`; a boolean's `true` for `t`, which the driver
 * reads alike) and is read by the driver's own parser for its column's type (an int8 as a
 * number, a timestamptz as a Date, a numeric as a string), with the columns named and ordered
 * as the driver would have them (the last of two like-named columns wins). (The schema has no
 * char(n), whose `::text` would drop its padding.) Those types are
 * learnt from a read's first run, which goes alone: a text is batched from its second run on.
 * Row order is the read's own: json_agg over a subquery keeps its order when the outer level
 * does nothing else (PostgreSQL's manual, "Aggregate Expressions").
 *
 * When a combined statement fails, each of its reads is run alone, so each caller gets its own
 * answer or its own error, never another's. A read alone goes as it always did.
 */

/** A column as the driver would read it: its name and its type's text parser. */
interface Column {
	name: string;
	parse: (text: string) => unknown;
}

/*
 * What a read's first run taught: its columns, how many parameters its text takes, and whether
 * the text orders its rows (an `order by` of the whole read).
 */
interface Known {
	columns: Column[];
	parameters: number;
	ordered: boolean;
}

interface Pending {
	text: string;
	values: readonly unknown[];
	resolve: (result: QueryResult<unknown>) => void;
	reject: (error: unknown) => void;
}

/* Reads whose columns are known, and combined texts built, kept at most (the oldest go first). */
const KNOWN_READS = 1000;
const COMBINED_TEXTS = 500;
/* json_build_array takes at most 100 arguments; a statement at most 65,535 parameters. */
const MAX_COLUMNS = 100;
const MAX_PARAMETERS = 65535;

export class ReadBatcher {
	readonly #pool: pg.Pool;
	readonly #batches: (text: string) => boolean;
	#pending: Pending[] = [];
	readonly #known = new Map<string, Known | null>();
	readonly #combined = new Map<string, string>();

	/** `batches` tells the texts that take part (the marked reads); others run alone as they are. */
	constructor(pool: pg.Pool, batches: (text: string) => boolean) {
		this.#pool = pool;
		this.#batches = batches;
	}

	/** The result of one query, batched with the others pending when it may be. */
	query(text: string, values: readonly unknown[]): Promise<QueryResult<unknown>> {
		if (!this.#batches(text)) return this.#alone(text, values);
		return new Promise((resolve, reject) => {
			if (this.#pending.push({ text, values, resolve, reject }) === 1) afterMicrotasks(this.#flush);
		});
	}

	async #alone(text: string, values: readonly unknown[]): Promise<QueryResult<unknown>> {
		const client = await this.#pool.connect();
		try {
			return asResult(await client.query(text, [...values]));
		} finally {
			client.release();
		}
	}

	readonly #flush = async (): Promise<void> => {
		const batch = this.#pending;
		this.#pending = [];
		let client: pg.PoolClient;
		try {
			client = await this.#pool.connect();
		} catch (error) {
			for (const p of batch) p.reject(error);
			return;
		}
		try {
			const together: (Pending & { known: Known })[] = [];
			const alone: Pending[] = [];
			let parameters = 0;
			for (const p of batch) {
				const known = this.#known.get(p.text);
				const fits =
					batch.length > 1 &&
					known != null &&
					known.parameters === p.values.length &&
					parameters + p.values.length <= MAX_PARAMETERS;
				if (fits) {
					parameters += p.values.length;
					together.push({ ...p, known });
				} else alone.push(p);
			}
			if (together.length === 1) alone.push(together.pop()!);
			// One query at a time on the client (pg queues no more than that).
			for (const p of alone) await this.#settleAlone(client, p);
			if (together.length > 0) await this.#settleTogether(client, together);
		} catch (error) {
			// Not expected (each read settles its own); a caller left waiting would hang a page.
			for (const p of batch) p.reject(error);
		} finally {
			client.release();
		}
	};

	async #settleAlone(client: pg.PoolClient, p: Pending): Promise<void> {
		try {
			const result = await client.query(p.text, [...p.values]);
			if (!this.#known.has(p.text))
				remember(this.#known, p.text, learn(p.text, result), KNOWN_READS);
			p.resolve(asResult(result));
		} catch (error) {
			p.reject(error);
		}
	}

	async #settleTogether(
		client: pg.PoolClient,
		reads: (Pending & { known: Known })[]
	): Promise<void> {
		const key = reads.map((p) => p.text).join('\0');
		let text = this.#combined.get(key);
		if (text === undefined) {
			text = combine(reads.map((p) => ({ text: p.text, ...p.known })));
			remember(this.#combined, key, text, COMBINED_TEXTS);
		}
		let row: Record<string, unknown>;
		try {
			const result = await client.query(
				text,
				reads.flatMap((p) => p.values)
			);
			row = result.rows[0] as Record<string, unknown>;
		} catch {
			// Which read failed is not known: each runs alone and gets its own answer or error.
			for (const p of reads) await this.#settleAlone(client, p);
			return;
		}
		const again: Pending[] = [];
		reads.forEach((p, i) => {
			try {
				const rows = toRows(row[i], p.known.columns);
				if (p.known.ordered || rows.length <= 1) p.resolve({ rows });
				else {
					// Rows in no set order come in the order of the read's plan, which in a combined
					// statement can differ: such a read goes together only while it gives one row.
					remember(this.#known, p.text, null, KNOWN_READS);
					again.push(p);
				}
			} catch (error) {
				p.reject(error);
			}
		});
		for (const p of again) await this.#settleAlone(client, p);
	}
}

/*
 * A read that may be batched, from its first result: a select of 1 to 100 columns (what
 * json_build_array takes) whose text this module can renumber, and that orders its rows or
 * gave at most one (rows in no set order come in the order of the plan, and a read's plan in
 * a combined statement can differ from its own: the timeline's events by id came in the order
 * of their ids one way and of their rows the other); null for any other.
 */
function learn(text: string, result: pg.QueryResult): Known | null {
	if (result.command !== 'SELECT') return null;
	if (result.fields.length === 0 || result.fields.length > MAX_COLUMNS) return null;
	let parameters: number;
	let ordered: boolean;
	try {
		parameters = highestParameter(text);
		ordered = /\border\s+by\b/i.test(outermost(text));
	} catch {
		return null;
	}
	if (!ordered && result.rows.length > 1) return null;
	const columns = result.fields.map((f) => ({
		name: f.name,
		parse: pg.types.getTypeParser(f.dataTypeID, 'text') as (text: string) => unknown
	}));
	return { columns, parameters, ordered };
}

function asResult(result: pg.QueryResult): QueryResult<unknown> {
	const { command, rowCount, rows } = result;
	return {
		numAffectedRows:
			command === 'INSERT' || command === 'UPDATE' || command === 'DELETE' || command === 'MERGE'
				? BigInt(rowCount ?? 0)
				: undefined,
		rows: rows ?? []
	};
}

/** One read's rows from its values as text, as the driver would have made them. */
function toRows(json: unknown, columns: Column[]): unknown[] {
	if (!Array.isArray(json)) throw new Error('ReadBatcher: a combined read gave no rows array');
	const template: Record<string, null> = {};
	for (const c of columns) template[c.name] = null;
	return json.map((values: (string | null)[]) => {
		const row: Record<string, unknown> = { ...template };
		columns.forEach((column, i) => {
			const value = values[i] ?? null;
			row[column.name] = value === null ? null : column.parse(value);
		});
		return row;
	});
}

/** The statement that answers each read as one JSON column, named by its place ("0", "1", ...). */
export function combine(
	reads: { text: string; columns: readonly unknown[]; parameters: number }[]
): string {
	let offset = 0;
	const parts = reads.map(({ text, columns, parameters }, i) => {
		const names = columns.map((_, c) => `c${c}`);
		const values = names.map((n) => `q.${n}::text`).join(', ');
		const read = renumber(text, offset);
		offset += parameters;
		return `(select coalesce(json_agg(json_build_array(${values})), '[]'::json) from (${read}) as q(${names.join(', ')})) as "${i}"`;
	});
	return `select /* prepared */ ${parts.join(', ')}`;
}

/*
 * A query's text in parts, each passed to `visit` and replaced by what it returns: a quoted
 * string, quoted name or comment ('quoted'), a $n placeholder ('parameter') or one character
 * of the rest ('plain'). Kysely writes no dollar-quoted or E'' strings; a text with either is
 * refused rather than misread.
 */
function scan(
	text: string,
	visit: (part: string, kind: 'quoted' | 'parameter' | 'plain') => string
): string {
	let out = '';
	let i = 0;
	while (i < text.length) {
		const ch = text[i]!;
		let end: number;
		let kind: 'quoted' | 'parameter' | 'plain' = 'quoted';
		if (ch === "'" || ch === '"') {
			end = i + 1;
			for (;;) {
				end = text.indexOf(ch, end);
				if (end === -1) throw new Error('ReadBatcher: an unclosed quote in a read');
				if (text[end + 1] === ch) end += 2;
				else break;
			}
			// E'...' reads backslashes as escapes: not a string Kysely writes.
			if (ch === "'" && /[eE]/.test(text[i - 1] ?? '') && !/\w/.test(text[i - 2] ?? '')) {
				throw new Error("ReadBatcher: an E'' string in a read");
			}
			end += 1;
		} else if (ch === '-' && text[i + 1] === '-') {
			const newline = text.indexOf('\n', i);
			end = newline === -1 ? text.length : newline;
		} else if (ch === '/' && text[i + 1] === '*') {
			const close = text.indexOf('*/', i + 2);
			if (close === -1) throw new Error('ReadBatcher: an unclosed comment in a read');
			end = close + 2;
		} else if (ch === '$') {
			const digits = /^\$\d+/.exec(text.slice(i, i + 12));
			if (!digits) throw new Error('ReadBatcher: a dollar-quoted string in a read');
			end = i + digits[0].length;
			kind = 'parameter';
		} else {
			end = i + 1;
			kind = 'plain';
		}
		out += visit(text.slice(i, end), kind);
		i = end;
	}
	return out;
}

/** The text outside its parentheses, strings, quoted names and comments (those blanked). */
export function outermost(text: string): string {
	let depth = 0;
	return scan(text, (part, kind) => {
		if (kind !== 'plain') return depth === 0 && kind === 'parameter' ? part : ' ';
		if (part === '(') depth++;
		const kept = depth === 0 ? part : ' ';
		if (part === ')') depth--;
		return kept;
	});
}

/** The $n placeholders of a query's text, each replaced by `change(n)`. */
function placeholders(text: string, change: (n: number) => string): string {
	return scan(text, (part, kind) => (kind === 'parameter' ? change(Number(part.slice(1))) : part));
}

/** The text with each $n made $(n + offset). */
export function renumber(text: string, offset: number): string {
	return offset === 0 ? text : placeholders(text, (n) => `$${n + offset}`);
}

function highestParameter(text: string): number {
	let highest = 0;
	placeholders(text, (n) => {
		highest = Math.max(highest, n);
		return '';
	});
	return highest;
}

function remember<V>(map: Map<string, V>, key: string, value: V, cap: number): void {
	map.set(key, value);
	if (map.size > cap) map.delete(map.keys().next().value as string);
}

/*
 * Runs `fn` once the microtask queue has drained, however the caller got here: from a
 * promise's continuation, a tick (process.nextTick) queued then runs after the last pending
 * microtask; from a tick, the one queued by a microtask does.
 */
function afterMicrotasks(fn: () => void): void {
	process.nextTick(() => queueMicrotask(() => process.nextTick(fn)));
}

/**
 * A dialect whose queries go through a ReadBatcher over the given pool. Its driver holds no
 * connection of its own, so it runs no transactions: the reads it is for are single statements
 * outside one (preparedReads keeps a transaction's reads on the transaction).
 */
export class BatchingReadsDialect extends PostgresDialect {
	readonly #batcher: ReadBatcher;
	constructor(pool: pg.Pool, batcher: ReadBatcher) {
		super({ pool });
		this.#batcher = batcher;
	}
	override createDriver(): Driver {
		return new BatchingReadsDriver(this.#batcher);
	}
}

class BatchingReadsDriver implements Driver {
	readonly #connection: DatabaseConnection;
	constructor(batcher: ReadBatcher) {
		this.#connection = {
			executeQuery: <R>(query: CompiledQuery) =>
				batcher.query(query.sql, query.parameters) as Promise<QueryResult<R>>,
			streamQuery: () => {
				throw new Error('Batched reads cannot be streamed');
			}
		};
	}
	async init(): Promise<void> {}
	async acquireConnection(): Promise<DatabaseConnection> {
		return this.#connection;
	}
	async beginTransaction(): Promise<void> {
		throw new Error('Batched reads run no transactions: run them on the transaction itself');
	}
	async commitTransaction(): Promise<void> {}
	async rollbackTransaction(): Promise<void> {}
	async releaseConnection(): Promise<void> {}
	// The pool is the database's own, ended with it.
	async destroy(): Promise<void> {}
}
