import http from 'node:http';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildBeforeAll,
	logEntries,
	type StartedProcess,
	startServing
} from '../helpers/built-app.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import { signedInResearcher } from '../auth/fixtures.js';

/*
 * The built server as an operator runs it (`npm start`) on each database: /healthz for a
 * load balancer, SIGTERM finishing a save that is in flight before the process exits 0, and a
 * shutdown that cannot finish ending with exit code 1 at its bound.
 */

buildBeforeAll();

/* A POST whose body is sent in two halves, so the request is in flight in between. */
function slowPost(url: string, cookie: string, body: string) {
	const target = new URL(url);
	const half = Math.floor(body.length / 2);
	const request = http.request({
		host: target.hostname,
		port: target.port,
		path: target.pathname + target.search,
		method: 'POST',
		headers: {
			cookie,
			origin: target.origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			'content-length': String(Buffer.byteLength(body))
		}
	});
	const answered = new Promise<number>((resolve, reject) => {
		request.on('response', (response) => {
			response.resume();
			resolve(response.statusCode ?? 0);
		});
		request.on('error', reject);
	});
	request.write(body.slice(0, half));
	return { finish: () => request.end(body.slice(half)), answered };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const dialect of testDialects()) {
	describe(`operations through npm start [${dialect}]`, () => {
		let database: TestDatabase;
		let started: StartedProcess;
		let url = '';
		let cookie = '';

		beforeAll(async () => {
			database = await createTestDatabase(dialect);
			({ started, url } = await startServing(database.url, { SHUTDOWN_TIMEOUT: '10' }));
			cookie = await signedInResearcher(database.db, {
				email: 'researcher@example.org',
				displayName: 'Researcher'
			});
		}, 120_000);

		afterAll(async () => {
			if (started?.child.exitCode === null) started.child.kill('SIGKILL');
			await started?.exited;
			await database?.drop();
		});

		it('answers /healthz 200 when current and 503, without details, when a migration is pending', async () => {
			const ok = await fetch(`${url}/healthz`);
			expect(ok.status).toBe(200);
			expect(ok.headers.get('cache-control')).toBe('no-store');
			expect(await ok.text()).toBe('ok\n');

			// The migration table is Kysely's, not part of the app's Database types.
			const {
				rows: [last]
			} = await sql<{ name: string; timestamp: string }>`
				select name, timestamp from schema_migrations order by name desc limit 1
			`.execute(database.db);
			await sql`delete from schema_migrations where name = ${last!.name}`.execute(database.db);
			try {
				const down = await fetch(`${url}/healthz`);
				expect(down.status).toBe(503);
				expect(down.headers.get('cache-control')).toBe('no-store');
				const body = await down.text();
				expect(body).toBe('unavailable\n');
				expect(body).not.toContain(last!.name);
			} finally {
				await sql`insert into schema_migrations (name, timestamp) values (${last!.name}, ${last!.timestamp})`.execute(
					database.db
				);
			}
			expect((await fetch(`${url}/healthz`)).status).toBe(200);
		});

		it('on SIGTERM stops accepting, lets a save in flight commit, closes and exits 0', async () => {
			const body = new URLSearchParams({
				name: 'Shutdownland (fictional)',
				code: 'XS',
				is_fictional: 'on',
				summary: 'Fictional, saved while the server stops.'
			}).toString();
			const save = slowPost(`${url}/workspace/countries/new?/save`, cookie, body);
			await pause(500);
			const signalled = Date.now();
			started.child.kill('SIGTERM');
			await pause(500);
			// No new connections while stopping.
			await expect(fetch(`${url}/healthz`)).rejects.toThrow();
			save.finish();
			expect(await save.answered).toBe(303);
			expect(await started.exited).toBe(0);
			expect(Date.now() - signalled).toBeLessThan(15_000);
			const saved = await database.db
				.selectFrom('countries')
				.select('name')
				.where('code', '=', 'XS')
				.execute();
			expect(saved).toEqual([{ name: 'Shutdownland (fictional)' }]);
			const messages = logEntries(started.output()).map((entry) => entry.msg);
			expect(messages).toContain('Stopped.');
		}, 30_000);
	});
}

/* Waits until `check` holds, asking every 100 ms, for at most `ms`. */
async function until(check: () => Promise<boolean>, what: string, ms = 20_000): Promise<void> {
	const deadline = Date.now() + ms;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
		await pause(100);
	}
}

/*
 * A save that never finishes: the test holds a lock on the table it writes, so the server's
 * request waits inside PostgreSQL, its pooled connection with it. SIGTERM then finds the
 * request still running past SHUTDOWN_TIMEOUT; adapter-node drops the connection and the
 * server starts closing the database, which waits for that query. The backstop must end the
 * process with exit code 1 at SHUTDOWN_TIMEOUT + 5 s, saying why, rather than hang for ever.
 */
for (const dialect of testDialects().filter((d) => d === 'postgres')) {
	describe(`a shutdown that cannot finish [${dialect}]`, () => {
		let database: TestDatabase;
		let started: StartedProcess | undefined;
		let locker: pg.Client | undefined;

		afterAll(async () => {
			if (started?.child.exitCode === null) started.child.kill('SIGKILL');
			await started?.exited;
			await locker?.end().catch(() => undefined);
			await database?.drop();
		});

		it('exits 1 at SHUTDOWN_TIMEOUT + 5 s when closing the database hangs, and logs why', async () => {
			database = await createTestDatabase(dialect);
			const serving = await startServing(database.url, { SHUTDOWN_TIMEOUT: '1' });
			started = serving.started;
			const url = serving.url;
			const cookie = await signedInResearcher(database.db, {
				email: 'researcher@example.org',
				displayName: 'Researcher'
			});

			locker = new pg.Client({ connectionString: database.url });
			locker.on('error', () => undefined);
			await locker.connect();
			await locker.query('begin');
			await locker.query('lock table countries in access exclusive mode');
			const save = fetch(`${url}/workspace/countries/new?/save`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					cookie,
					origin: url,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams({
					name: 'Lockedland (fictional)',
					code: 'XL',
					is_fictional: 'on',
					summary: 'Fictional, saved while the table is locked.'
				})
			}).then(
				(response) => response.status,
				() => 'dropped'
			);
			await until(async () => {
				const { rows } = await locker!.query<{ waiting: number }>(
					`select count(*)::int as waiting from pg_stat_activity
					 where datname = current_database() and wait_event_type = 'Lock'`
				);
				return rows[0]!.waiting > 0;
			}, 'the save to wait on the lock');

			const signalled = Date.now();
			started.child.kill('SIGTERM');
			expect(await started.exited).toBe(1);
			const took = Date.now() - signalled;
			expect(took).toBeGreaterThanOrEqual(6_000);
			expect(took).toBeLessThan(20_000);
			// adapter-node dropped the connection at SHUTDOWN_TIMEOUT; nothing was saved.
			expect(await save).toBe('dropped');
			await locker.query('rollback');
			expect(
				await database.db.selectFrom('countries').select('code').where('code', '=', 'XL').execute()
			).toEqual([]);
			const errors = logEntries(started.output()).filter((entry) => Number(entry.level) >= 50);
			expect(errors.map((entry) => entry.msg)).toEqual([
				'Shutdown did not finish within 6 s; exiting anyway.'
			]);
		}, 60_000);
	});
}
