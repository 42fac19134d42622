/*
 * Which queries one uncached public read runs, and what each costs alone: runs the read once to
 * warm up, once recording every query, then times each recorded query alone REP times (default
 * 5) and prints the fastest of each, slowest first (PostgreSQL: EXPLAIN ANALYZE's execution
 * time, the plan too with PLAN=1; SQLite: the query's wall time). On a shared machine, the
 * minimum over repeats is the figure to compare. Reads Testland (code XT), e.g. one made by
 * `npm run generate`. Run with
 *   npx tsx tests/bench/explain-read-path.ts DATABASE_URL_OR_FILE page|timeline|api:cases [QUERY]
 * e.g. `... postgres://u:p@host/db api:cases 'country=xt&type=imprisonment&from=2010&to=2014&limit=50'`
 * or `... data/testland.db timeline 'from=2011&to=2012'`. TOP=n lists n queries (default 10).
 */
import pg from 'pg';
import { createDb } from '../../src/lib/server/db/connect.js';
import { getPublicCountryPage } from '../../src/lib/server/public/country-page.js';
import { getPublicCountryTimeline } from '../../src/lib/server/public/timeline.js';
import {
	listApiCases,
	listApiCountries,
	listApiEngagements,
	listApiPledges
} from '../../src/lib/server/public/api.js';
import { DEFAULT_LIMIT, parseApiQuery } from '../../src/lib/server/public/api-params.js';
import { parseViewState } from '../../src/lib/timeline/url.js';

const [target = '', what = 'page', query = ''] = process.argv.slice(2);
const REP = Number(process.env.REP ?? 5);
const TOP = Number(process.env.TOP ?? 10);
const isPg = /^postgres(ql)?:/.test(target);
const db = createDb(isPg ? { kind: 'postgres', url: target } : { kind: 'sqlite', file: target });
const params = new URLSearchParams(query);
const LISTERS = {
	countries: listApiCountries,
	pledges: listApiPledges,
	cases: listApiCases,
	engagements: listApiEngagements
} as const;

async function read(): Promise<unknown> {
	if (what === 'page' || what === 'timeline') {
		const { view } = parseViewState(params);
		return what === 'page'
			? getPublicCountryPage(db, 'xt', { view })
			: getPublicCountryTimeline(db, 'xt', view);
	}
	const resource = what.replace(/^api:/, '') as keyof typeof LISTERS;
	const parsed = parseApiQuery(resource, params);
	if (!parsed.ok || !LISTERS[resource]) throw new Error(`cannot read ${what} ${query}`);
	const list = LISTERS[resource] as (db: unknown, q: unknown) => Promise<unknown>;
	return list(db, { ...parsed.query, limit: parsed.query.limit ?? DEFAULT_LIMIT });
}

interface Compiled {
	sql: string;
	parameters: readonly unknown[];
}
/*
 * Queries are recorded where they reach the driver: on PostgreSQL the page's reads go through
 * preparedReads' handle, an executor of its own, so recording at db's executor would miss them.
 * A prepared read reaches pg.Client's query as { name, text, values }.
 */
const recorded: Compiled[] = [];
let recording = false;
const pgQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
	const [first, values] = args as [unknown, unknown];
	if (recording) {
		if (typeof first === 'string') recorded.push({ sql: first, parameters: (values ?? []) as [] });
		else if (first && typeof first === 'object' && 'text' in first) {
			const config = first as { text: string; values?: unknown[] };
			recorded.push({ sql: config.text, parameters: config.values ?? [] });
		}
	}
	return (pgQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pgQuery;
const executor = db.getExecutor();
const execute = executor.executeQuery.bind(executor);
if (!isPg)
	Object.assign(executor, {
		executeQuery: (compiled: Compiled) => {
			if (recording) recorded.push(compiled);
			return execute(compiled as never);
		}
	});
await read();
recording = true;
const started = performance.now();
await read();
const wall = performance.now() - started;
recording = false;
if (process.env.RECORD)
	(await import('node:fs')).writeFileSync(
		process.env.RECORD,
		JSON.stringify(recorded.map((q) => ({ sql: q.sql, parameters: q.parameters })))
	);

const timed: { ms: number; sql: string; plan: string }[] = [];
const client = isPg ? new pg.Client({ connectionString: target, options: '-c jit=off' }) : null;
await client?.connect();
for (const q of recorded) {
	let best = { ms: Infinity, plan: '' };
	for (let i = 0; i < REP; i++) {
		if (client) {
			const r = await client.query(`explain (analyze) ${q.sql}`, q.parameters as unknown[]);
			const plan = r.rows.map((row) => row['QUERY PLAN']).join('\n');
			const ms = Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1]);
			if (ms < best.ms) best = { ms, plan };
		} else {
			const start = performance.now();
			await execute(q as never);
			best.ms = Math.min(best.ms, performance.now() - start);
		}
	}
	timed.push({ ...best, sql: q.sql });
}
await client?.end();
await db.destroy();

timed.sort((a, b) => b.ms - a.ms);
for (const t of timed.slice(0, TOP)) {
	console.log(`${t.ms.toFixed(2).padStart(8)} ms  ${t.sql.replace(/\s+/g, ' ').slice(0, 160)}`);
	if (process.env.PLAN) console.log(t.plan);
}
const sum = timed.reduce((s, t) => s + t.ms, 0);
console.log(
	`${what} ${query}: ${recorded.length} queries, ${sum.toFixed(1)} ms summed (each the fastest of ${REP} alone), ${wall.toFixed(0)} ms for the read as run`
);
