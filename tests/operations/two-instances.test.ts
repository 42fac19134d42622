import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.js';
import { getCase } from '../../src/lib/server/repositories/cases.js';
import { citeSource } from '../../src/lib/server/repositories/citations.js';
import { setCountryStatus } from '../../src/lib/server/repositories/countries.js';
import { setSourceStatus } from '../../src/lib/server/repositories/sources.js';
import { saveRecord } from '../../src/lib/server/workspace/editing.js';
import { caseKind } from '../../src/lib/server/workspace/kinds/case.js';
import { authenticator } from '../helpers/authenticator.js';
import { ensureBuilt } from '../helpers/built-app.js';
import { createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import {
	getPage,
	newSecretKey,
	postForm,
	signInOverHttp,
	startInstance,
	type Instance
} from '../helpers/instances.js';
import { addStaffUser } from '../helpers/staff.js';
import { formOf, testland } from '../workspace/fixture.js';

/*
 * Production on PostgreSQL beyond one machine (README, "Production on PostgreSQL"): two
 * instances of the built app against one PostgreSQL database, sharing the secret key, behind
 * a proxy without sticky sessions (every request below picks its instance on purpose). They
 * start at the same moment on an empty database, so both race to migrate it. Sessions,
 * sign-out and version conflicts live in the database, so they hold across instances; the
 * public caches are per instance, and nothing tells one instance of another's writes, so a
 * publish shows on the other instance within the two cache lifetimes together (the data memo,
 * PUBLIC_MEMO_MS, and the kept pages, PUBLIC_RENDER_CACHE_MS: a page may be rendered from
 * memoised data just before that expires, then kept for its own lifetime).
 */

const MEMO_MS = 1500;
const RENDER_MS = 1500;
/* Time for the requests themselves: a poll's round trip, and a render on a busy CI machine. */
const SLACK_MS = 2000;

describe.skipIf(!process.env.TEST_DATABASE_URL)(
	'two instances on one PostgreSQL [postgres]',
	() => {
		let database: TestDatabase;
		const instances: Instance[] = [];
		let a: Instance;
		let b: Instance;
		const secret = newSecretKey();
		const editorKeys = [1, 2].map(() => crypto.getRandomValues(new Uint8Array(20)));
		const editors: { email: string; id: string; cookie: string }[] = [];
		let caseId = '';

		beforeAll(async () => {
			await ensureBuilt();
			database = await createTestDatabase('postgres', { migrate: false });
			const env = {
				DATABASE_URL: database.url,
				PLEDGEWATCH_SECRET_KEY: secret.env,
				PUBLIC_MEMO_MS: String(MEMO_MS),
				PUBLIC_RENDER_CACHE_MS: String(RENDER_MS),
				// The proxy in front sets X-Forwarded-For; one proxy, so the last address is the client's.
				ADDRESS_HEADER: 'x-forwarded-for',
				XFF_DEPTH: '1'
			};
			// Both at once on the empty database: the migrations must run once, not twice or half.
			const started = await Promise.allSettled([startInstance(env), startInstance(env)]);
			for (const s of started) if (s.status === 'fulfilled') instances.push(s.value);
			for (const s of started) if (s.status === 'rejected') throw s.reason;
			[a, b] = instances as [Instance, Instance];

			for (const [i, key] of editorKeys.entries()) {
				const email = `editor${i + 1}.two-instances@example.org`;
				const id = await addStaffUser(
					{ db: database.db, secretKey: secret.key },
					{ email, role: 'editor', name: `Editor ${i + 1} (fictional)`, totpKey: key }
				);
				editors.push({ email, id, cookie: '' });
			}
			const [first, second] = editors as [(typeof editors)[0], (typeof editors)[0]];
			const { country, source } = await testland(database.db, first.id);
			await setCountryStatus(database.db, country.id, country.version, 'published', second.id);
			await setSourceStatus(database.db, source.id, source.version, 'published', second.id);
			const saved = await saveRecord(
				database.db,
				caseKind,
				formOf({
					title: 'Detention of a Testland journalist (fictional)',
					case_type: 'detention',
					country_id: country.id,
					start: '2024-03',
					end: '',
					verification: 'reported'
				}),
				{ userId: first.id, confirmedNotDuplicate: true }
			);
			if (saved.kind !== 'saved') throw new Error(`the fixture case was not saved: ${saved.kind}`);
			caseId = saved.id;
			await citeSource(
				database.db,
				{ source_id: source.id, record_type: 'case', record_id: caseId },
				first.id
			);
		}, 240_000);

		afterAll(async () => {
			await Promise.all(instances.map((instance) => instance.stop()));
			await database?.drop();
		});

		it('migrated the database once while both instances started together', async () => {
			const { rows } = await sql<{ name: string }>`select name from schema_migrations`.execute(
				database.db
			);
			expect(rows.length).toBe(Object.keys(migrations).length);
			expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
			for (const instance of instances) expect(instance.started.child.exitCode).toBeNull();
		});

		it('a session made on one instance works on the other', async () => {
			for (const [i, editor] of editors.entries()) {
				// Each editor signs in through a different instance, from a different client address.
				editor.cookie = await signInOverHttp(
					i === 0 ? a : b,
					editor.email,
					authenticator(editorKeys[i]!),
					{ 'x-forwarded-for': `203.0.113.${10 + i}` }
				);
			}
			for (const editor of editors) {
				for (const instance of [a, b]) {
					const page = await getPage(instance, '/workspace', editor.cookie);
					expect(page.status, `${editor.email} on ${instance.url}`).toBe(200);
				}
			}
			// Behind HTTPS: a __Host- cookie, and HSTS on every answer.
			expect(editors[0]!.cookie).toMatch(/^__Host-/);
			// A CDN may keep what signed-out readers get, never what a signed-in reader gets.
			const signedOut = await getPage(b, '/countries/XT');
			const signedIn = await getPage(b, '/countries/XT', editors[0]!.cookie);
			expect(signedOut.headers.get('cache-control')).toMatch(/^public/);
			expect(signedIn.headers.get('cache-control')).toMatch(/no-store/);
			expect(signedIn.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
			// The address behind the proxy, not the proxy's, is what the audit log keeps.
			const signIns = await database.db
				.selectFrom('audit_events')
				.select(['ip', 'user_id'])
				.where('action', '=', 'signin')
				.where('outcome', '=', 'success')
				.execute();
			expect(new Set(signIns.map((e) => e.ip))).toEqual(new Set(['203.0.113.10', '203.0.113.11']));
		});

		it('two editors saving one record through different instances: the second gets the conflict page', async () => {
			const countryId = String((await getCase(database.db, caseId)).country_id);
			const edit = (instance: Instance, cookie: string, title: string) =>
				postForm(
					instance,
					`/workspace/cases/${caseId}?/save`,
					{
						title,
						case_type: 'detention',
						country_id: countryId,
						start: '2024-03',
						end: '',
						verification: 'reported',
						// Both opened the form at version 1.
						version: '1'
					},
					cookie
				);
			const [first, second] = editors as [(typeof editors)[0], (typeof editors)[0]];
			const saved = await edit(a, first.cookie, 'Detention of a Testland reporter (fictional)');
			expect(saved.status, (await saved.text()).slice(0, 300)).toBe(303);
			const refused = await edit(b, second.cookie, 'Arrest of a Testland journalist (fictional)');
			const page = await refused.text();
			expect(refused.status).toBe(409);
			expect(page).toContain('Someone else saved this case while you were editing it.');
			// What the second editor typed is on the page to merge, and the first save stands.
			expect(page).toContain('Arrest of a Testland journalist (fictional)');
			expect(await getCase(database.db, caseId)).toMatchObject({
				version: 2,
				title: 'Detention of a Testland reporter (fictional)'
			});
		});

		it(`a publish on one instance shows on the other within the cache lifetimes (${MEMO_MS} + ${RENDER_MS} ms)`, async () => {
			const title = 'Detention of a Testland reporter (fictional)';
			const pages = ['/countries/XT/cases', '/countries/XT'];
			// Signed-out readers on both instances: the pages without the case are now kept.
			for (const instance of [a, b])
				for (const pathname of pages) {
					const before = await getPage(instance, pathname);
					expect(before.status, pathname).toBe(200);
					expect(await before.text(), pathname).not.toContain(title);
				}

			// The second editor publishes (the four-eyes rule: the first wrote it) through A.
			const published = await postForm(
				a,
				`/workspace/cases/${caseId}?/move`,
				{ transition: 'publish', version: '2' },
				editors[1]!.cookie
			);
			expect(published.status, (await published.text()).slice(0, 300)).toBe(303);
			const at = performance.now();
			for (const pathname of pages)
				expect(await (await getPage(a, pathname)).text(), `A ${pathname} at once`).toContain(title);

			const waited: Record<string, number> = {};
			for (const pathname of pages) {
				for (;;) {
					if ((await (await getPage(b, pathname)).text()).includes(title)) break;
					if (performance.now() - at > MEMO_MS + RENDER_MS + SLACK_MS) break;
					await new Promise((r) => setTimeout(r, 100));
				}
				waited[pathname] = Math.round(performance.now() - at);
			}
			for (const pathname of pages) {
				expect(
					await (await getPage(b, pathname)).text(),
					`B ${pathname} after ${waited[pathname]} ms`
				).toContain(title);
				expect(waited[pathname]).toBeLessThanOrEqual(MEMO_MS + RENDER_MS + SLACK_MS);
			}
		});

		it('a sign-out on one instance ends the session on both', async () => {
			const [first] = editors as [(typeof editors)[0]];
			const out = await postForm(b, '/logout', {}, first.cookie);
			expect(out.status).toBe(303);
			for (const instance of [a, b]) {
				const page = await getPage(instance, '/workspace', first.cookie);
				expect(page.status, instance.url).toBe(303);
				expect(page.headers.get('location')).toMatch(/^\/login/);
			}
			// The other editor's session is untouched.
			expect((await getPage(a, '/workspace', editors[1]!.cookie)).status).toBe(200);
		});
	}
);
