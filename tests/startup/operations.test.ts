import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { getRandomValues } from 'node:crypto';
import { encodeBase64 } from '@oslojs/encoding';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	ensureBuilt,
	freePort,
	logEntries,
	runStart,
	waitForServer,
	type StartedProcess
} from '../helpers/built-app.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { createUser } from '../../src/lib/server/auth/users.js';
import { PLACEHOLDER_HASH } from '../auth/fixtures.js';

/*
 * The built server as an operator runs it (`npm start`) on each database: /healthz for a
 * load balancer, and SIGTERM finishing a save that is in flight before the process exits 0.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgewatch-ops-'));

beforeAll(async () => {
	await ensureBuilt();
}, 300_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

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
			const port = await freePort();
			url = `http://127.0.0.1:${port}`;
			started = runStart({
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: url,
				DATABASE_URL: database.url,
				PLEDGEWATCH_SKIP_DEMO: '1',
				PLEDGEWATCH_SECRET_KEY: encodeBase64(getRandomValues(new Uint8Array(32))),
				SHUTDOWN_TIMEOUT: '10'
			});
			await waitForServer(`${url}/login`, started);
			const user = await createUser(database.db, {
				email: 'researcher@example.org',
				displayName: 'Researcher',
				role: 'researcher',
				passwordHash: PLACEHOLDER_HASH
			});
			const session = await createSession(database.db, user.id, { twoFactorVerified: true });
			cookie = `pledgewatch_session=${session.token}`;
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
