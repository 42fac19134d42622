import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildBeforeAll,
	logEntries,
	type StartedProcess,
	startServing
} from '../helpers/built-app.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import { hashPassword } from '../../src/lib/server/auth/passwords.js';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { createUser, enableTotp } from '../../src/lib/server/auth/users.js';
import { PLACEHOLDER_HASH } from '../auth/fixtures.js';

/*
 * The built server's log (JSON, as under a process manager): one line per request with its
 * id, route, status, duration and user, and none of the secrets or record content that pass
 * through it. Each secret below is planted in a request, and then looked for in the output.
 */

buildBeforeAll();

const PASSWORD = 'planted passphrase 7431 meadow';
const WRONG_PASSWORD = 'planted-wrong-password-5520';
const TOTP_CODE = '493817';
const INVITE_TOKEN = 'PlantedInviteToken0123456789abcdef';
const CONTENT = 'PLANTED-RECORD-CONTENT-61f3';

for (const dialect of testDialects()) {
	describe(`the log through npm start [${dialect}]`, () => {
		let database: TestDatabase;
		let started: StartedProcess;
		let url = '';
		let secretKey = '';

		beforeAll(async () => {
			database = await createTestDatabase(dialect);
			({ started, url, secretKey } = await startServing(database.url, {
				PUBLIC_MEMO_MS: '0',
				PUBLIC_RENDER_CACHE_MS: '0'
			}));
		}, 120_000);

		afterAll(async () => {
			started?.child.kill();
			await started?.exited;
			await database?.drop();
		});

		const form = (fields: Record<string, string>, cookie = '') =>
			({
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin: url,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					...(cookie ? { cookie } : {})
				},
				body: new URLSearchParams(fields).toString()
			}) as const;

		it('logs each request once, and no password, token, code, session id, key or content', async () => {
			const researcher = await createUser(database.db, {
				email: 'researcher@example.org',
				displayName: 'Researcher',
				role: 'researcher',
				passwordHash: await hashPassword(PASSWORD)
			});
			const editor = await createUser(database.db, {
				email: 'editor@example.org',
				displayName: 'Editor',
				role: 'editor',
				passwordHash: PLACEHOLDER_HASH
			});
			await enableTotp(database.db, editor.id);

			const wrong = await fetch(
				`${url}/login`,
				form({ email: 'researcher@example.org', password: WRONG_PASSWORD })
			);
			expect(wrong.status).toBe(400);
			const signedIn = await fetch(
				`${url}/login`,
				form({ email: 'researcher@example.org', password: PASSWORD })
			);
			expect(signedIn.status).toBe(303);
			const token = /pledgewatch_session=([^;]+)/.exec(
				signedIn.headers.get('set-cookie') ?? ''
			)![1]!;
			const cookie = `pledgewatch_session=${token}`;
			const saved = await fetch(
				`${url}/workspace/countries/new?/save`,
				form(
					{ name: 'Logland (fictional)', code: 'XL', is_fictional: 'on', summary: CONTENT },
					cookie
				)
			);
			expect(saved.status).toBe(303);
			const halfway = await createSession(database.db, editor.id, { twoFactorVerified: false });
			const code = await fetch(
				`${url}/login/two-factor`,
				form({ code: TOTP_CODE }, `pledgewatch_session=${halfway.token}`)
			);
			expect(code.status).toBeLessThan(500);
			expect((await fetch(`${url}/invite/${INVITE_TOKEN}`)).status).toBeLessThan(500);
			// The last line may still be on its way.
			await new Promise((r) => setTimeout(r, 300));

			const output = started.output();
			for (const planted of [
				PASSWORD,
				WRONG_PASSWORD,
				TOTP_CODE,
				INVITE_TOKEN,
				CONTENT,
				token,
				halfway.token,
				secretKey
			]) {
				expect(output).not.toContain(planted);
			}

			const requests = logEntries(output).filter((entry) => entry.msg === 'request');
			const save = requests.filter((entry) => entry.route === '/workspace/[kind=kind]/new');
			expect(save).toHaveLength(1);
			expect(save[0]).toMatchObject({
				method: 'POST',
				status: 303,
				userId: researcher.id,
				requestId: expect.stringMatching(/^[0-9a-f-]{36}$/)
			});
			expect(save[0]!.durationMs).toBeTypeOf('number');
			expect(requests.find((entry) => entry.route === '/invite/[token]')).toMatchObject({
				userId: null
			});
			expect(new Set(requests.map((entry) => entry.requestId)).size).toBe(requests.length);
		});

		it('logs an unexpected error with its request id, and shows the reader only that id', async () => {
			// The countries table gone from under the running server: an error nobody expected.
			await sql`alter table countries rename to countries_away`.execute(database.db);
			let page: Response;
			try {
				page = await fetch(`${url}/`, { headers: { accept: 'text/html' } });
			} finally {
				await sql`alter table countries_away rename to countries`.execute(database.db);
			}
			expect(page.status).toBe(500);
			const html = await page.text();
			const shown = /<code>([0-9a-f-]{36})<\/code>/.exec(html)?.[1];
			expect(shown).toBeDefined();
			expect(html).not.toMatch(/no such table|does not exist|Error:|\bat .+\(.+:\d+:\d+\)/);

			await new Promise((r) => setTimeout(r, 300));
			const entries = logEntries(started.output());
			const failure = entries.find((entry) => entry.msg === 'unexpected error');
			expect(failure).toMatchObject({ requestId: shown, route: '/', status: 500, level: 50 });
			expect(JSON.stringify(failure)).toMatch(/countries/);
			expect(entries.find((e) => e.msg === 'request' && e.requestId === shown)).toMatchObject({
				status: 500
			});
		});
	});
}
