import { beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../helpers/databases.js';
import { servedApp } from '../helpers/served-app.js';
import { seedFictionalCountry } from '../public/fixture.js';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { createUser, enableTotp } from '../../src/lib/server/auth/users.js';
import { hashPassword } from '../../src/lib/server/auth/passwords.js';
import { WORKSPACE_SLUGS } from '../../src/lib/workspace/slugs.js';

/*
 * Query parameters an attacker (or a mangled link) can send, against every list, export,
 * the audit log and the sign-in page, on a running app: nothing may answer 500. A value that
 * cannot be read answers 400 with a message: the app's error page for pages, `{error}` JSON
 * for /api/v1.
 */

const PASSWORD = 'lantern orbit forty meadow';

/* Each was a 500 before: ZodError, an unsafe offset, SQLite's "datatype mismatch". */
const BAD_LIST_PARAMS = [
	'verification=x',
	'rating=x',
	'page=9007199254740993',
	'page=99999999999999999999',
	'page=-3',
	'page=1e3',
	'sort=x',
	'status=x'
];

/* A `next` that cannot go into a Location header. */
const BAD_NEXTS = [
	'/workspace\n',
	'/workspace\rX-Evil: 1',
	'/workspace\u0000',
	'/workspace\u2028',
	'/workspace/cases?q=жалоба'
];

const PUBLIC_LISTS = [
	'/countries/XT/cases',
	'/countries/XT/pledges',
	'/countries/XT/engagements',
	'/api/v1/cases',
	'/api/v1/cases.csv',
	'/api/v1/pledges',
	'/api/v1/pledges.csv',
	'/api/v1/engagements',
	'/api/v1/engagements.csv',
	'/api/v1/countries',
	'/api/v1/countries.csv'
];

for (const dialect of testDialects()) {
	describe(`bad query parameters over HTTP [${dialect}]`, () => {
		const served = servedApp(dialect, {
			prepare: seedFictionalCountry,
			env: { PLEDGEWATCH_SKIP_DEMO: '1', PUBLIC_RENDER_CACHE_MS: '0' }
		});
		let adminCookie = '';
		let researcherCookie = '';
		let researcherId = '';
		let researcherEmail = '';

		beforeAll(async () => {
			const admin = await createUser(served.app.db, {
				email: `admin.${dialect}@example.org`,
				displayName: 'Admin',
				role: 'admin',
				passwordHash: await hashPassword(PASSWORD)
			});
			await enableTotp(served.app.db, admin.id);
			adminCookie = `pledgewatch_session=${(await createSession(served.app.db, admin.id, { twoFactorVerified: true })).token}`;
			// A researcher without two-factor is signed in fully by the password alone, so the
			// sign-in action redirects straight to `next`.
			researcherEmail = `researcher.${dialect}@example.org`;
			const researcher = await createUser(served.app.db, {
				email: researcherEmail,
				displayName: 'Researcher',
				role: 'researcher',
				passwordHash: await hashPassword(PASSWORD)
			});
			researcherId = researcher.id;
			researcherCookie = `pledgewatch_session=${(await createSession(served.app.db, researcher.id, { twoFactorVerified: true })).token}`;
		}, 180_000);

		const get = (path: string, cookie?: string) =>
			fetch(`${served.app.url}${path}`, {
				redirect: 'manual',
				headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) }
			});

		/** A 400 with a message in the right form, never a 500. */
		async function expectBadRequest(path: string, response: Response) {
			const body = await response.text();
			const label = `${path}: ${response.status} ${body.slice(0, 300)}`;
			expect(response.status, label).toBe(400);
			if (new URL(path, served.app.url).pathname.startsWith('/api/v1')) {
				expect(response.headers.get('content-type'), label).toContain('application/json');
				expect(JSON.parse(body), label).toHaveProperty('error');
			} else if (!path.includes('/export')) {
				// The app's own error page, with its navigation, not a bare text answer.
				expect(response.headers.get('content-type'), label).toContain('text/html');
				expect(body, label).toContain('Pledgewatch');
			}
		}

		it('answers bad list parameters on public pages and the API with 400', async () => {
			for (const list of PUBLIC_LISTS) {
				for (const param of BAD_LIST_PARAMS) {
					const path = `${list}?${param}`;
					const response = await get(path);
					expect(response.status, path).toBeLessThan(500);
					// Public pages and the API name what they accept; page numbers beyond any list are 400.
					if (param.startsWith('page=') || list.startsWith('/api/v1')) {
						if (!(list.startsWith('/api/v1') && param.startsWith('page='))) {
							await expectBadRequest(path, response);
						}
					}
				}
			}
		}, 120_000);

		it('answers bad parameters on workspace lists and exports with 400', async () => {
			for (const kind of WORKSPACE_SLUGS) {
				for (const base of [`/workspace/${kind}`, `/workspace/${kind}/export`]) {
					for (const param of BAD_LIST_PARAMS) {
						const path = `${base}?${param}`;
						await expectBadRequest(path, await get(path, researcherCookie));
					}
				}
			}
		}, 180_000);

		it('shows a page beyond the end of a list as an empty page', async () => {
			for (const path of [
				'/workspace/cases?page=999999',
				'/workspace/countries?page=999999',
				'/countries/XT/cases?page=999999',
				'/admin/audit?page=999999'
			]) {
				const response = await get(
					path,
					path.startsWith('/admin') ? adminCookie : researcherCookie
				);
				expect(response.status, path).toBe(200);
			}
		});

		it('answers bad parameters on the audit log with 400', async () => {
			for (const param of ['page=99999999999999999999', 'page=9007199254740993', 'page=x']) {
				const path = `/admin/audit?${param}`;
				await expectBadRequest(path, await get(path, adminCookie));
			}
		});

		it('answers a `next` with control characters with 400 on the sign-in page', async () => {
			for (const next of BAD_NEXTS) {
				for (const cookie of [undefined, researcherCookie]) {
					const path = `/login?next=${encodeURIComponent(next)}`;
					await expectBadRequest(path, await get(path, cookie));
				}
				const path = `/login/two-factor?next=${encodeURIComponent(next)}`;
				expect((await get(path)).status, path).toBeLessThan(500);
			}
			// Letters left unencoded cannot go into a Location header either; encoded, they can.
			const raw = `/login?next=${encodeURIComponent('/workspace/cases?q=жалоба')}`;
			await expectBadRequest(raw, await get(raw, researcherCookie));
			const encoded = `/login?next=${encodeURIComponent(`/workspace/cases?q=${encodeURIComponent('жалоба')}`)}`;
			const response = await get(encoded, researcherCookie);
			expect(response.status, encoded).toBe(303);
		});

		it('refuses a sign-in with such a `next` before creating a session', async () => {
			const sessions = async () =>
				(
					await served.app.db
						.selectFrom('sessions')
						.select('id')
						.where('user_id', '=', researcherId)
						.execute()
				).length;
			// The researcher's sign-in form, sent with `next` as a browser without JavaScript does.
			const signIn = (next: string) =>
				fetch(`${served.app.url}/login`, {
					method: 'POST',
					redirect: 'manual',
					headers: {
						origin: served.app.url,
						accept: 'text/html',
						'content-type': 'application/x-www-form-urlencoded'
					},
					body: new URLSearchParams({ email: researcherEmail, password: PASSWORD, next })
				});
			const before = await sessions();
			for (const next of BAD_NEXTS) {
				const response = await signIn(next);
				const body = await response.text();
				expect(response.status, `${JSON.stringify(next)}: ${body.slice(0, 200)}`).toBe(400);
				expect(body).toContain('return to after signing in');
				expect(response.headers.get('set-cookie') ?? '').not.toContain('pledgewatch_session=');
			}
			expect(await sessions()).toBe(before);
			// The same form with a plain `next` still signs in.
			const ok = await signIn('/workspace');
			expect(ok.status, (await ok.text()).slice(-2000)).toBe(303);
			expect(ok.headers.get('location')).toBe('/workspace');
		});
	});
}
