import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { seedFictionalCountry, type Fixture } from './fixture.js';
import { PLACEHOLDER_HASH } from '../auth/fixtures.js';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { createUser, enableTotp } from '../../src/lib/server/auth/users.js';

/*
 * Public pages rendered once and served to every signed-out reader (rendered-pages.ts), on a
 * running app with its default time-to-live: the same bytes each time, a CSP that still
 * allows exactly those scripts, revalidation, no copy for signed-in readers or private pages,
 * and an editor's change visible to the next reader at once. Testland is fictional.
 */

const COUNTRY = '/countries/xt';
const PLEDGE = 'Reform the assembly law (fictional)';

describe('public pages kept for signed-out readers', () => {
	let database: TestDatabase;
	let app: AppServer;
	let fixture: Fixture;
	let editorCookie = '';
	const get = (path: string, headers: Record<string, string> = {}) =>
		fetch(`${app.url}${path}`, { headers, redirect: 'manual' });

	beforeAll(async () => {
		database = await createTestDatabase('sqlite');
		fixture = await seedFictionalCountry(database.db);
		const editor = await createUser(database.db, {
			email: 'kept.pages.editor@example.org',
			displayName: 'Kept Pages Editor',
			role: 'editor',
			passwordHash: PLACEHOLDER_HASH
		});
		await enableTotp(database.db, editor.id);
		const { token } = await createSession(database.db, editor.id, { twoFactorVerified: true });
		editorCookie = `pledgewatch_session=${token}`;
		app = await startAppServer({
			databaseUrl: database.url,
			env: { PLEDGEWATCH_SKIP_DEMO: '1', PUBLIC_MEMO_MS: '60000' }
		});
	}, 120_000);

	afterAll(async () => {
		await app?.stop();
		await database?.drop();
	});

	it('serves one rendering, byte for byte, with a CSP that hashes its inline scripts', async () => {
		const first = await get(COUNTRY);
		const firstBody = await first.text();
		const second = await get(COUNTRY);
		const secondBody = await second.text();
		expect(first.status).toBe(200);
		expect(second.status).toBe(200);
		expect(first.headers.get('age')).toBeNull();
		expect(Number(second.headers.get('age'))).toBeGreaterThanOrEqual(0);
		expect(secondBody).toBe(firstBody);
		for (const name of ['content-security-policy', 'etag', 'cache-control', 'vary']) {
			expect(second.headers.get(name), name).toBe(first.headers.get(name));
		}
		expect(second.headers.get('x-content-type-options')).toBe('nosniff');

		const csp = second.headers.get('content-security-policy') ?? '';
		expect(csp).not.toContain('nonce-');
		const inline = [...secondBody.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
		expect(inline.length).toBeGreaterThan(0);
		for (const [, script] of inline) {
			const digest = createHash('sha256')
				.update(script ?? '')
				.digest('base64');
			expect(csp).toContain(`'sha256-${digest}'`);
		}
	});

	it('answers a revalidation of the kept page with 304 and no body', async () => {
		const page = await get(COUNTRY);
		await page.arrayBuffer();
		const etag = page.headers.get('etag') ?? '';
		expect(etag).not.toBe('');
		const again = await get(COUNTRY, { 'if-none-match': etag });
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
		expect(again.headers.get('etag')).toBe(etag);
	});

	it('renders afresh for a signed-in reader and never shares that rendering', async () => {
		await (await get(COUNTRY)).arrayBuffer();
		const signedIn = await get(COUNTRY, { cookie: editorCookie });
		const body = await signedIn.text();
		expect(signedIn.status).toBe(200);
		expect(signedIn.headers.get('age')).toBeNull();
		expect(signedIn.headers.get('cache-control')).toBe('no-store');
		expect(body).toContain('Kept Pages Editor');
		const signedOut = await (await get(COUNTRY)).text();
		expect(signedOut).not.toContain('Kept Pages Editor');
		expect(signedOut).toContain('Sign in');
	});

	it('never keeps a private page or an error page', async () => {
		for (const path of ['/login', '/countries/zz']) {
			await (await get(path)).arrayBuffer();
			const again = await get(path);
			await again.arrayBuffer();
			expect(again.headers.get('age'), path).toBeNull();
		}
	});

	it('never keeps or serves a page asked for under a host other than ORIGIN', async () => {
		await (await get(COUNTRY)).arrayBuffer();
		const other = app.url.replace('localhost', '127.0.0.1');
		const first = await fetch(`${other}${COUNTRY}`);
		const body = await first.text();
		expect(first.status).toBe(200);
		expect(first.headers.get('age')).toBeNull();
		// Absolute links name the configured origin, whatever host the request used.
		expect(body).toContain(`<link rel="canonical" href="${app.url}${COUNTRY}"`);
		expect(body).not.toContain(`${other}${COUNTRY}`);
		const again = await fetch(`${other}${COUNTRY}`);
		await again.arrayBuffer();
		expect(again.headers.get('age')).toBeNull();
	});

	it('shows the next reader an editor’s change at once, not when the copy expires', async () => {
		expect(await (await get(COUNTRY)).text()).toContain(PLEDGE);
		const kept = await get(COUNTRY);
		expect(await kept.text()).toContain(PLEDGE);
		expect(kept.headers.get('age')).not.toBeNull();

		const pledge = await database.db
			.selectFrom('pledges')
			.select('version')
			.where('id', '=', fixture.pledgeId)
			.executeTakeFirstOrThrow();
		const unpublish = await fetch(`${app.url}/workspace/pledges/${fixture.pledgeId}?/move`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: app.url,
				accept: 'text/html',
				cookie: editorCookie,
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ transition: 'unpublish', version: String(pledge.version) })
		});
		expect(unpublish.status).toBe(303);

		const after = await get(COUNTRY);
		expect(after.headers.get('age')).toBeNull();
		expect(await after.text()).not.toContain(PLEDGE);
	});
});
