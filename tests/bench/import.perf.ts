import { randomUUID } from 'node:crypto';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects, type Dialect } from '../helpers/databases.js';
import { parseDateInput, toColumns } from '../../src/lib/dates.js';
import { FICTIONAL_COUNTRY, generateFictional } from '../../src/lib/server/generate/fictional.js';
import { importCases } from '../../src/lib/server/csv/index.js';
import { CASE_TYPES, VERIFICATION_LEVELS } from '../../src/lib/server/db/schema.js';
import type { DB } from '../../src/lib/server/db/connect.js';
import { BENCH_CASES, median, ms, onceMs, ratio, ROUNDS, table } from './measure.js';

/*
 * (b) Importing BENCH_CASES CSV rows of fictional Testland cases through importCases (parse,
 * validate, resolve names, batched inserts, one revision per case, one transaction) against
 * the plainest fast write of the same rows: one transaction and a prepared INSERT per row
 * into cases, case_actors, case_laws and record_themes, values already resolved. Both write
 * into an identical database whose search triggers fire the same way. ROUNDS interleaved
 * rounds, each into two fresh databases; the median ratio counts. Target: ratio <= 2.
 */

const USER = 'xt-bench-user';
const ACTORS = ['Testland Daily (fictional)', 'Testville Youth Union (fictional)'];
const LAW = 'Article 9 on fictional public order';
const THEMES = ['expression', 'assembly', 'media'];

interface BenchRow {
	title: string;
	case_type: string;
	start: string;
	end: string;
	verification: string;
	themes: string[];
	actor: string | null;
	law: string | null;
}

function benchRows(n: number): BenchRow[] {
	return Array.from({ length: n }, (_, i) => {
		const year = 2000 + (i % 25);
		const month = String(1 + (i % 12)).padStart(2, '0');
		return {
			title: `Fictional imported case ${i}: a blogger prosecuted in Testland`,
			case_type: CASE_TYPES[i % CASE_TYPES.length] as string,
			start: i % 3 === 0 ? String(year) : i % 3 === 1 ? `${year}-${month}` : `${year}-${month}-15`,
			end: i % 5 === 0 ? 'ongoing' : i % 5 === 1 ? String(year + 1) : '',
			verification: VERIFICATION_LEVELS[i % 3] as string,
			themes: THEMES.slice(0, 1 + (i % 2)),
			actor: i % 2 === 0 ? (ACTORS[i % ACTORS.length] as string) : null,
			law: i % 5 === 0 ? LAW : null
		};
	});
}

function toCsvText(rows: BenchRow[]): string {
	const lines = rows.map((r) =>
		[
			r.title,
			r.case_type,
			r.start,
			r.end,
			r.verification,
			r.themes.join(';'),
			r.actor ?? '',
			r.law ?? ''
		].join(',')
	);
	return ['title,case_type,start,end,verification,themes,affected_actors,laws', ...lines].join(
		'\n'
	);
}

/** The fictional country plus the actors, law and themes the rows name. */
async function prepare(db: DB): Promise<void> {
	await generateFictional(db, { cases: 0 });
	const at = new Date().toISOString();
	const base = { created_at: at, updated_at: at, created_by: null, updated_by: null };
	await db
		.insertInto('users')
		.values({
			id: USER,
			email: 'bench@example.org',
			display_name: 'Bench',
			role: 'researcher',
			created_at: at,
			updated_at: at
		})
		.execute();
	for (const [i, name] of ACTORS.entries()) {
		await db
			.insertInto('actors')
			.values({
				...base,
				id: `xt-bench-actor-${i}`,
				country_id: FICTIONAL_COUNTRY.id,
				kind: 'ngo',
				name
			})
			.execute();
	}
	await db
		.insertInto('laws')
		.values({
			...base,
			id: 'xt-bench-law',
			country_id: FICTIONAL_COUNTRY.id,
			title: LAW,
			law_status: 'in_force'
		})
		.execute();
	for (const slug of THEMES) {
		await db
			.insertInto('themes')
			.values({ ...base, id: `xt-bench-theme-${slug}`, slug, name: slug })
			.onConflict((oc) => oc.doNothing())
			.execute();
	}
}

interface Prepared {
	cases: Record<string, unknown>[];
	actors: [string, string, string][];
	laws: [string, string][];
	themes: [string, string, string][];
}

/** The rows as the baseline writes them: ids made and names resolved beforehand, untimed. */
async function resolved(db: DB, rows: BenchRow[]): Promise<Prepared> {
	const themeIds = new Map(
		(
			await db.selectFrom('themes').select(['id', 'slug']).where('slug', 'in', THEMES).execute()
		).map((t) => [t.slug, t.id])
	);
	const at = new Date().toISOString();
	const out: Prepared = { cases: [], actors: [], laws: [], themes: [] };
	for (const r of rows) {
		const id = randomUUID();
		const end = r.end && r.end !== 'ongoing' ? parseDateInput(r.end) : null;
		out.cases.push({
			id,
			country_id: FICTIONAL_COUNTRY.id,
			title: r.title,
			case_type: r.case_type,
			description: '',
			...toColumns('start', parseDateInput(r.start)),
			...toColumns('end', end),
			ongoing: r.end === 'ongoing' ? 1 : 0,
			place: '',
			outcome: '',
			verification: r.verification,
			status: 'draft',
			version: 1,
			internal_notes: '',
			created_at: at,
			updated_at: at,
			created_by: USER,
			updated_by: USER
		});
		if (r.actor) out.actors.push([id, `xt-bench-actor-${ACTORS.indexOf(r.actor)}`, 'affected']);
		if (r.law) out.laws.push([id, 'xt-bench-law']);
		for (const slug of r.themes) out.themes.push(['case', id, themeIds.get(slug) as string]);
	}
	return out;
}

const CASE_COLUMNS_SQL = (p: Prepared) => Object.keys(p.cases[0] ?? {});

function sqliteLoop(file: string, p: Prepared): void {
	const handle = new SQLite(file);
	handle.pragma('foreign_keys = ON');
	handle.pragma('synchronous = NORMAL');
	const columns = CASE_COLUMNS_SQL(p);
	const insertCase = handle.prepare(
		`insert into cases (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`
	);
	const insertActor = handle.prepare(
		'insert into case_actors (case_id, actor_id, role) values (?, ?, ?)'
	);
	const insertLaw = handle.prepare('insert into case_laws (case_id, law_id) values (?, ?)');
	const insertTheme = handle.prepare(
		'insert into record_themes (record_type, record_id, theme_id) values (?, ?, ?)'
	);
	handle.transaction(() => {
		for (const c of p.cases) insertCase.run(c);
		for (const a of p.actors) insertActor.run(...a);
		for (const l of p.laws) insertLaw.run(...l);
		for (const t of p.themes) insertTheme.run(...t);
	})();
	handle.close();
}

async function postgresLoop(url: string, p: Prepared): Promise<void> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	const columns = CASE_COLUMNS_SQL(p);
	const caseSql = `insert into cases (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')})`;
	try {
		await client.query('begin');
		for (const c of p.cases) {
			await client.query({ name: 'case', text: caseSql, values: columns.map((k) => c[k]) });
		}
		for (const a of p.actors) {
			await client.query({
				name: 'actor',
				text: 'insert into case_actors (case_id, actor_id, role) values ($1, $2, $3)',
				values: a
			});
		}
		for (const l of p.laws) {
			await client.query({
				name: 'law',
				text: 'insert into case_laws (case_id, law_id) values ($1, $2)',
				values: l
			});
		}
		for (const t of p.themes) {
			await client.query({
				name: 'theme',
				text: 'insert into record_themes (record_type, record_id, theme_id) values ($1, $2, $3)',
				values: t
			});
		}
		await client.query('commit');
	} finally {
		await client.end();
	}
}

async function count(db: DB, table: 'cases' | 'revisions'): Promise<number> {
	const row = await db
		.selectFrom(table)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

interface Round {
	loopMs: number;
	importMs: number;
}

/** One round: the loop and the import, each into a fresh database, both counted afterwards. */
async function round(dialect: Dialect, rows: BenchRow[], csv: string): Promise<Round> {
	const baseline = await createTestDatabase(dialect);
	const imported = await createTestDatabase(dialect);
	try {
		await prepare(baseline.db);
		await prepare(imported.db);
		const prepared = await resolved(baseline.db, rows);
		const loopMs = await onceMs(() =>
			dialect === 'sqlite'
				? Promise.resolve(sqliteLoop(baseline.url, prepared))
				: postgresLoop(baseline.url, prepared)
		);
		const importMs = await onceMs(() =>
			importCases(imported.db, csv, { countryId: FICTIONAL_COUNTRY.id, userId: USER })
		);
		expect(await count(baseline.db, 'cases')).toBe(rows.length);
		expect(await count(imported.db, 'cases')).toBe(rows.length);
		expect(await count(imported.db, 'revisions')).toBe(rows.length);
		return { loopMs, importMs };
	} finally {
		await baseline.drop();
		await imported.drop();
	}
}

for (const dialect of testDialects()) {
	describe(`import benchmark [${dialect}]`, () => {
		it('imports at least half as fast as a prepared-insert loop of the same rows', async () => {
			const rows = benchRows(BENCH_CASES);
			const csv = toCsvText(rows);
			const rounds: Round[] = [];
			for (let i = 0; i < ROUNDS; i++) rounds.push(await round(dialect, rows, csv));
			const loopMs = median(rounds.map((r) => r.loopMs));
			const importMs = median(rounds.map((r) => r.importMs));
			const r = median(rounds.map((x) => x.importMs / x.loopMs));
			const perSecond = (t: number) => String(Math.round(BENCH_CASES / (t / 1000)));
			console.log(
				`\nImport of ${BENCH_CASES} CSV rows [${dialect}] (median of ${ROUNDS} interleaved rounds, one transaction each)\n` +
					table(
						['method', 'time', 'rows/s', 'ratio', 'target'],
						[
							['prepared-insert loop (resolved rows)', ms(loopMs), perSecond(loopMs), '1.00x', ''],
							[
								'importCases (CSV text, with revisions)',
								ms(importMs),
								perSecond(importMs),
								ratio(r),
								'<= 2'
							]
						]
					)
			);
			expect(r).toBeLessThanOrEqual(2);
		});
	});
}
