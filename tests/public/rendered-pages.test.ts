import { createHash } from 'node:crypto';
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { logEntries } from '../helpers/built-app.js';
import { testDialects } from '../helpers/databases.js';
import { servedApp } from '../helpers/served-app.js';
import { seedFictionalCountry } from './fixture.js';
import { signedInEditor } from '../auth/fixtures.js';

/*
 * Public pages rendered once and served to every signed-out reader (rendered-pages.ts), on a
 * running app with its default time-to-live: the same bytes each time, a CSP that still
 * allows exactly those scripts, revalidation, no copy for signed-in readers or private pages,
 * and an editor's change visible to the next reader at once, with another ETag. Also how hard they are to
 * bypass, and how they and other large answers go out compressed (compression.ts): a
 * parameter the page does not read, a stale session cookie and readers arriving together all
 * get the one kept rendering; brotli and gzip bodies are that rendering's exact bytes.
 * Testland is fictional.
 */

const COUNTRY = '/countries/xt';
const PLEDGE = 'Reform the assembly law (fictional)';

interface Raw {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

/* node:http, not fetch: fetch decodes brotli and gzip itself, and these tests need the bytes sent. */
function raw(base: string, path: string, headers: Record<string, string> = {}): Promise<Raw> {
	return new Promise((resolve, reject) => {
		http
			.get(`${base}${path}`, { headers }, (response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						headers: response.headers,
						body: Buffer.concat(chunks)
					})
				);
				response.on('error', reject);
			})
			.on('error', reject);
	});
}

for (const dialect of testDialects()) {
	describe(`public pages kept for signed-out readers [${dialect}]`, () => {
		/* The fictional country, and the session cookie of an editor (a signed-in reader). */
		const served = servedApp(dialect, {
			prepare: async (db) => {
				const fixture = await seedFictionalCountry(db);
				const editor = await signedInEditor(db, {
					email: 'kept.pages.editor@example.org',
					displayName: 'Kept Pages Editor'
				});
				return { ...fixture, editorCookie: editor.cookie };
			},
			env: { PLEDGEWATCH_SKIP_DEMO: '1', PUBLIC_MEMO_MS: '60000' }
		});
		const get = (path: string, headers: Record<string, string> = {}) =>
			fetch(`${served.app.url}${path}`, { headers, redirect: 'manual' });
		const getRaw = (path: string, headers: Record<string, string> = {}) =>
			raw(served.app.url, path, headers);

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

		it('gives a page whose load sets no ETag (sign-in) one of its HTML, and revalidates it', async () => {
			// Public pages' ETags come from their data (page-cache.ts), so their HTML is not
			// hashed (vite/load-etag.ts); every other page keeps SvelteKit's hash of its HTML.
			const login = await getRaw('/login');
			const etag = String(login.headers.etag);
			expect(etag).toMatch(/^"[0-9a-z]+"$/);
			const again = await getRaw('/login', { 'if-none-match': etag });
			expect(again.status).toBe(304);
		});

		it('renders afresh for a signed-in reader and never shares that rendering', async () => {
			await (await get(COUNTRY)).arrayBuffer();
			const signedIn = await get(COUNTRY, { cookie: served.fixture.editorCookie });
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

		it('answers a page asked for under a host other than ORIGIN as the configured origin', async () => {
			// The built server (adapter-node) builds every request's URL from ORIGIN, so a forged
			// Host header reaches nothing: the reader gets the page the configured origin serves,
			// with absolute links naming that origin, never the host the request used.
			const own = await (await get(COUNTRY)).text();
			const other = served.app.url.replace('localhost', '127.0.0.1');
			for (let i = 0; i < 2; i++) {
				const response = await getRaw(COUNTRY, { host: new URL(other).host });
				const body = response.body.toString();
				expect(response.status).toBe(200);
				expect(body).toContain(`<link rel="canonical" href="${served.app.url}${COUNTRY}"`);
				expect(body).not.toContain(new URL(other).host);
				expect(body).toBe(own);
			}
		});

		it('answers a reader with no session cookie from the kept copy before SvelteKit, as SvelteKit would, and logs it', async () => {
			// npm start answers a GET of a kept page's exact address without a session cookie on
			// Node's request (answerKeptPage); a parameter to drop sends it through SvelteKit's
			// hooks to the same kept copy. (A session cookie does too: see the stale cookie test.)
			const path = `${COUNTRY}/pledges`;
			const br = { 'accept-encoding': 'br' };
			const route = '/countries/[code]/pledges';
			const lines = () =>
				logEntries(served.app.output()).filter((e) => e.msg === 'request' && e.route === route);
			const start = lines().length;
			const first = await getRaw(path, br);
			expect(first.status).toBe(200);
			// The log is written after the answer: wait for the first one's line before counting.
			await expect.poll(() => lines().length).toBe(start + 1);
			const before = start + 1;
			const direct = await getRaw(path, br);
			const withCookie = await getRaw(path, { ...br, cookie: 'consent=1; theme=dark' });
			const through = await getRaw(`${path}?utm_source=newsletter`, br);
			const comparable = (headers: http.IncomingHttpHeaders) =>
				Object.fromEntries(Object.entries(headers).filter(([n]) => n !== 'date' && n !== 'age'));
			for (const answer of [direct, withCookie, through]) {
				expect(answer.status).toBe(200);
				expect(answer.headers.age).toBeDefined();
				expect(answer.headers['x-frame-options']).toBe('DENY');
				expect(answer.headers['x-content-type-options']).toBe('nosniff');
				expect(answer.headers['content-security-policy']).toContain("script-src 'self' 'sha256-");
			}
			for (const other of [withCookie, through]) {
				expect(comparable(other.headers)).toEqual(comparable(direct.headers));
				expect(other.body.equals(direct.body)).toBe(true);
			}
			const revalidated = await getRaw(path, {
				...br,
				'if-none-match': String(direct.headers.etag)
			});
			expect(revalidated.status).toBe(304);
			expect(revalidated.body.byteLength).toBe(0);
			// One line for every answer, with its own request id and nobody signed in.
			await expect.poll(() => lines().length).toBe(before + 4);
			const logged = lines().slice(before);
			expect(logged.map((e) => e.status)).toEqual([200, 200, 200, 304]);
			expect(new Set(logged.map((e) => e.requestId)).size).toBe(4);
			for (const entry of logged) expect(entry.userId).toBeNull();
		});

		it('serves the kept page for a parameter the page does not read, in any order', async () => {
			const first = await getRaw(`${COUNTRY}?from=2001&type=pledge`);
			expect(first.status).toBe(200);
			expect(first.headers.age).toBeUndefined();
			for (const path of [
				`${COUNTRY}?from=2001&type=pledge&utm_source=newsletter`,
				`${COUNTRY}?utm_campaign=x&type=pledge&fbclid=abc&from=2001`
			]) {
				const again = await getRaw(path);
				expect(again.headers.age, path).toBeDefined();
				expect(again.body.toString(), path).toBe(first.body.toString());
			}
			// The dropped parameter is in nothing of the copy, the pager's links included.
			expect(first.body.toString()).not.toContain('utm_');
			// A parameter the page reads is another page.
			const other = await getRaw(`${COUNTRY}?from=2002&type=pledge`);
			expect(other.headers.age).toBeUndefined();
		});

		it('serves the kept page when the session cookie is stale, and forgets that cookie', async () => {
			const first = await getRaw(`${COUNTRY}?from=2003`);
			expect(first.headers.age).toBeUndefined();
			const stale = await getRaw(`${COUNTRY}?from=2003`, {
				cookie: 'pledgewatch_session=no-such-session-token'
			});
			expect(stale.status).toBe(200);
			expect(stale.headers.age).toBeDefined();
			expect(stale.body.toString()).toBe(first.body.toString());
			expect(String(stale.headers['set-cookie'])).toMatch(/^pledgewatch_session=;.*Max-Age=0/i);
			// A stale cookie's first render is kept for everyone, without its Set-Cookie.
			const staleFirst = await getRaw(`${COUNTRY}?from=2004`, {
				cookie: 'pledgewatch_session=no-such-session-token'
			});
			expect(staleFirst.headers.age).toBeUndefined();
			expect(String(staleFirst.headers['set-cookie'])).toContain('Max-Age=0');
			const after = await getRaw(`${COUNTRY}?from=2004`);
			expect(after.headers.age).toBeDefined();
			expect(after.headers['set-cookie']).toBeUndefined();

			const signedIn = await getRaw(`${COUNTRY}?from=2003`, {
				cookie: served.fixture.editorCookie
			});
			expect(signedIn.status).toBe(200);
			expect(signedIn.headers.age).toBeUndefined();
			expect(signedIn.headers['cache-control']).toBe('no-store');
			expect(signedIn.body.toString()).toContain('Kept Pages Editor');
		});

		it('renders a page once for readers who ask for it together', async () => {
			const answers = await Promise.all(
				Array.from({ length: 6 }, () => getRaw(`${COUNTRY}?from=2005`))
			);
			expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
			// Only the render's own reader gets no Age; everyone else was served its copy.
			expect(answers.filter((a) => a.headers.age === undefined)).toHaveLength(1);
			for (const a of answers) expect(a.body.toString()).toBe(answers[0]?.body.toString());
		});

		it('sends the kept page in brotli or gzip as accepted, decoding to the same HTML, else as is', async () => {
			const plain = await getRaw(`${COUNTRY}?from=2006`);
			const html = plain.body;
			expect(plain.headers['content-encoding']).toBeUndefined();
			expect(plain.headers.vary).toMatch(/accept-encoding/i);
			expect(Number(plain.headers['content-length'])).toBe(html.byteLength);
			const etags = new Set([plain.headers.etag]);
			for (const [accept, encoding, decode] of [
				['br, gzip', 'br', brotliDecompressSync],
				['gzip, deflate', 'gzip', gunzipSync],
				['gzip;q=1, br;q=0.5', 'gzip', gunzipSync]
			] as const) {
				for (const round of [1, 2]) {
					const answer = await getRaw(`${COUNTRY}?from=2006`, { 'accept-encoding': accept });
					expect(answer.headers.age, `${accept} #${round}`).toBeDefined();
					expect(answer.headers['content-encoding'], accept).toBe(encoding);
					expect(answer.headers.vary).toMatch(/accept-encoding/i);
					expect(Number(answer.headers['content-length'])).toBe(answer.body.byteLength);
					expect(answer.body.byteLength).toBeLessThan(html.byteLength / 3);
					expect(decode(answer.body).equals(html), accept).toBe(true);
					etags.add(answer.headers.etag);
				}
			}
			// One tag per encoding, each revalidating only its own bytes.
			expect(etags.size).toBe(3);
			const br = await getRaw(`${COUNTRY}?from=2006`, { 'accept-encoding': 'br' });
			const revalidated = await getRaw(`${COUNTRY}?from=2006`, {
				'accept-encoding': 'br',
				'if-none-match': String(br.headers.etag)
			});
			expect(revalidated.status).toBe(304);
			expect(revalidated.body.byteLength).toBe(0);
			for (const accept of ['identity', 'br;q=0, gzip;q=0']) {
				const answer = await getRaw(`${COUNTRY}?from=2006`, { 'accept-encoding': accept });
				expect(answer.headers.age, accept).toBeDefined();
				expect(answer.headers['content-encoding'], accept).toBeUndefined();
				expect(answer.body.equals(html), accept).toBe(true);
			}
		});

		it('compresses large API, CSV and feed answers on the fly when accepted', async () => {
			for (const path of [
				'/api/v1/cases?country=xt',
				'/api/v1/cases.csv?country=xt',
				'/api/v1/countries/xt/feed.atom'
			]) {
				const plain = await getRaw(path);
				expect(plain.status, path).toBe(200);
				const br = await getRaw(path, { 'accept-encoding': 'br' });
				const gz = await getRaw(path, { 'accept-encoding': 'gzip' });
				expect(br.headers['content-encoding'], path).toBe('br');
				expect(gz.headers['content-encoding'], path).toBe('gzip');
				expect(br.headers.vary, path).toMatch(/accept-encoding/i);
				expect(brotliDecompressSync(br.body).toString(), path).toBe(plain.body.toString());
				expect(gunzipSync(gz.body).toString(), path).toBe(plain.body.toString());
				if (plain.headers.etag) expect(br.headers.etag).not.toBe(plain.headers.etag);
			}
		});

		it('shows the next reader an editor’s change at once, not when the copy expires', async () => {
			expect(await (await get(COUNTRY)).text()).toContain(PLEDGE);
			const kept = await get(COUNTRY);
			expect(await kept.text()).toContain(PLEDGE);
			expect(kept.headers.get('age')).not.toBeNull();
			const etag = kept.headers.get('etag') ?? '';
			expect(etag).toMatch(/^"[\w-]+"$/);

			const pledge = await served.database.db
				.selectFrom('pledges')
				.select('version')
				.where('id', '=', served.fixture.pledgeId)
				.executeTakeFirstOrThrow();
			const unpublish = await fetch(
				`${served.app.url}/workspace/pledges/${served.fixture.pledgeId}?/move`,
				{
					method: 'POST',
					redirect: 'manual',
					headers: {
						origin: served.app.url,
						accept: 'text/html',
						cookie: served.fixture.editorCookie,
						'content-type': 'application/x-www-form-urlencoded'
					},
					body: new URLSearchParams({ transition: 'unpublish', version: String(pledge.version) })
				}
			);
			expect(unpublish.status).toBe(303);

			const after = await get(COUNTRY);
			expect(after.headers.get('age')).toBeNull();
			expect(await after.text()).not.toContain(PLEDGE);
			// The page's ETag follows its data: the copy the reader holds is not confirmed.
			expect(after.headers.get('etag')).toMatch(/^"[\w-]+"$/);
			expect(after.headers.get('etag')).not.toBe(etag);
			const revalidated = await get(COUNTRY, { 'if-none-match': etag });
			expect(revalidated.status).toBe(200);
			expect(await revalidated.text()).not.toContain(PLEDGE);
		});
	});
}
