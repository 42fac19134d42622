import http from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	buildBeforeAll,
	freePort,
	runStart,
	waitForServer,
	type StartedProcess
} from '../helpers/built-app.js';
import { launchBrowser } from '../helpers/browser.js';
import { scratchFolder } from '../helpers/scratch.js';

/*
 * The site's origin on the real `npm start` path (the built server): with no ORIGIN, as in
 * the README's quick start, a browser at http://localhost signs in; a forged Host header never
 * reaches the page other readers are given; HTTPS origins get Strict-Transport-Security.
 */

const ADMIN_EMAIL = 'origin.admin@example.org';
const ADMIN_PASSWORD = 'lantern orbit forty meadow';

const dir = scratchFolder('origin');
const running: StartedProcess[] = [];
buildBeforeAll();

afterAll(async () => {
	for (const started of running) {
		started.child.kill();
		await started.exited;
	}
});

/* `npm start` with the given settings on a new database; ORIGIN unset unless given. */
async function start(name: string, env: Record<string, string> = {}) {
	const port = await freePort();
	const started = runStart({
		PORT: String(port),
		HOST: '127.0.0.1',
		DATABASE_URL: path.join(dir, `${name}.db`),
		ADMIN_EMAIL,
		ADMIN_PASSWORD,
		ORIGIN: undefined,
		PROTOCOL_HEADER: undefined,
		HOST_HEADER: undefined,
		...env
	});
	running.push(started);
	await waitForServer(`http://127.0.0.1:${port}/`, started, 90_000);
	return { port, started, base: `http://127.0.0.1:${port}` };
}

/* A GET with headers fetch() will not send as given (Host), straight over a socket. */
function rawGet(
	port: number,
	pathname: string,
	headers: Record<string, string>
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
	return new Promise((resolve, reject) => {
		const request = http.request(
			{ host: '127.0.0.1', port, path: pathname, method: 'GET', headers },
			(response) => {
				let body = '';
				response.setEncoding('utf8');
				response.on('data', (chunk) => (body += chunk));
				response.on('end', () =>
					resolve({ status: response.statusCode ?? 0, headers: response.headers, body })
				);
			}
		);
		request.on('error', reject);
		request.end();
	});
}

function signInForm(): URLSearchParams {
	return new URLSearchParams({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD, next: '/workspace' });
}

describe('npm start without ORIGIN (the README quick start)', () => {
	let app: Awaited<ReturnType<typeof start>>;
	let browser: Browser | undefined;

	beforeAll(async () => {
		app = await start('quick-start');
	}, 120_000);

	afterAll(async () => {
		await browser?.close();
	});

	it('says which origin it uses and that production must set ORIGIN', () => {
		expect(app.started.output()).toContain(`ORIGIN is not set: using http://localhost:${app.port}`);
		expect(app.started.output()).toMatch(/In production set ORIGIN to the public URL/);
	});

	it('signs in over plain HTTP from a page at http://localhost:<port>', async () => {
		const response = await fetch(`${app.base}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: `http://localhost:${app.port}`,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html'
			},
			body: signInForm()
		});
		expect(response.status, await response.text()).toBe(303);
		// The first admin must enrol two-factor sign-in next; signed in with a cookie for http.
		expect(response.headers.get('location')).toBe('/account/two-factor?next=%2Fworkspace');
		const cookie = response.headers.get('set-cookie') ?? '';
		expect(cookie).toMatch(/^pledgewatch_session=/);
		expect(cookie).not.toMatch(/;\s*secure/i);
		expect(response.headers.get('strict-transport-security')).toBeNull();
	});

	it(
		'lets an admin sign in with Chromium at http://localhost:<port>',
		{ timeout: 90_000 },
		async () => {
			browser = await launchBrowser();
			const page = await browser.newPage({ baseURL: `http://localhost:${app.port}` });
			await page.goto('/login?next=%2Fworkspace');
			await page.waitForLoadState('networkidle');
			await page.getByLabel('Email address').fill(ADMIN_EMAIL);
			await page.getByLabel('Password').fill(ADMIN_PASSWORD);
			await Promise.all([
				page.waitForURL(/\/account\/two-factor/),
				page.getByRole('button', { name: 'Sign in' }).click()
			]);
			expect(await page.content()).not.toContain('Cross-site POST form submissions are forbidden');
			await page.waitForLoadState('networkidle');
			await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
			await page.getByRole('img', { name: /QR code/ }).waitFor();
		}
	);

	it('never lets a forged Host header into the kept country page', async () => {
		const poisoned = await rawGet(app.port, '/countries/kz', { host: 'evil.invalid' });
		expect(poisoned.status).toBe(200);
		expect(poisoned.body.includes('evil.invalid'), 'evil.invalid in the page').toBe(false);
		for (let i = 0; i < 2; i++) {
			const normal = await rawGet(app.port, '/countries/kz', { host: `localhost:${app.port}` });
			expect(normal.status).toBe(200);
			expect(normal.body.includes('evil.invalid'), 'evil.invalid in the page').toBe(false);
			expect(normal.body).toContain(
				`<link rel="canonical" href="http://localhost:${app.port}/countries/kz"`
			);
		}
	});
});

describe('npm start behind a proxy that passes the host, without ORIGIN', () => {
	it('never keeps a page asked for under a host other than a configured ORIGIN', async () => {
		const app = await start('proxy', {
			PROTOCOL_HEADER: 'x-forwarded-proto',
			HOST_HEADER: 'x-forwarded-host'
		});
		expect(app.started.output()).not.toContain('ORIGIN is not set');
		const poisoned = await rawGet(app.port, '/countries/kz', {
			'x-forwarded-proto': 'https',
			'x-forwarded-host': 'evil.invalid'
		});
		expect(poisoned.status).toBe(200);
		const normal = await rawGet(app.port, '/countries/kz', {
			'x-forwarded-proto': 'https',
			'x-forwarded-host': 'pledgewatch.example.org'
		});
		expect(normal.status).toBe(200);
		expect(normal.headers.age).toBeUndefined();
		expect(normal.body.includes('evil.invalid'), 'evil.invalid in the page').toBe(false);
		expect(normal.body).toContain('href="https://pledgewatch.example.org/countries/kz"');
	}, 120_000);
});

describe('npm start with an https ORIGIN', () => {
	it('sends Strict-Transport-Security on every kind of answer', async () => {
		const app = await start('https', {
			ORIGIN: 'https://pledgewatch.example.org',
			PLEDGEWATCH_SKIP_DEMO: '1'
		});
		for (const pathname of ['/', '/login', '/workspace', '/countries/zz', '/api/v1/countries']) {
			const response = await fetch(`${app.base}${pathname}`, { redirect: 'manual' });
			await response.arrayBuffer();
			expect(response.headers.get('strict-transport-security'), pathname).toBe(
				'max-age=31536000; includeSubDomains'
			);
		}
	}, 120_000);
});
