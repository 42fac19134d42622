import { getRandomValues } from 'node:crypto';
import { encodeBase64 } from '@oslojs/encoding';
import { freePort, runStart, waitForServer, type StartedProcess } from './built-app.js';
import type { Authenticator } from './authenticator.js';
import { STAFF_PASSWORD } from './staff.js';

/*
 * Production instances for the operations tests: the built app as `npm start` runs it, several
 * of them sharing one database and one secret key, as behind a load balancer. Every instance
 * is told the same public ORIGIN (an HTTPS address, as a reverse proxy would serve it); the
 * test talks to each instance's own port directly and sends that origin, which is what a
 * proxy without sticky sessions does.
 */

export const PUBLIC_ORIGIN = 'https://pledgewatch.example';

export interface Instance {
	url: string;
	started: StartedProcess;
	/** SIGTERM, then waits for the process to end. */
	stop(): Promise<void>;
	/** SIGKILL: the process ends at once, mid-request, as in a crash or a power cut. */
	kill(): Promise<void>;
}

/** A new secret key, base64, to give every instance of one installation. */
export function newSecretKey(): { key: Uint8Array; env: string } {
	const key = getRandomValues(new Uint8Array(32));
	return { key, env: encodeBase64(key) };
}

export async function startInstance(env: Record<string, string>): Promise<Instance> {
	const port = await freePort();
	const started = runStart({
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: PUBLIC_ORIGIN,
		PLEDGEWATCH_SKIP_DEMO: '1',
		NODE_ENV: 'production',
		...env
	});
	const url = `http://127.0.0.1:${port}`;
	const end = async (signal: NodeJS.Signals) => {
		if (started.child.exitCode === null && started.child.signalCode === null)
			started.child.kill(signal);
		await started.exited;
	};
	await waitForServer(`${url}/login`, started);
	return { url, started, stop: () => end('SIGTERM'), kill: () => end('SIGKILL') };
}

/** A browser's form POST through the proxy: the public origin, and the session cookie if any. */
export function postForm(
	instance: Instance,
	pathname: string,
	fields: Record<string, string> | FormData,
	cookie?: string,
	headers: Record<string, string> = {}
): Promise<Response> {
	return fetch(`${instance.url}${pathname}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: PUBLIC_ORIGIN,
			accept: 'text/html',
			...(cookie ? { cookie } : {}),
			...headers
		},
		body: fields instanceof FormData ? fields : new URLSearchParams(fields)
	});
}

/** A browser's GET of a page (HTML accepted, so errors come as the error page). */
export function getPage(instance: Instance, pathname: string, cookie?: string): Promise<Response> {
	return fetch(`${instance.url}${pathname}`, {
		redirect: 'manual',
		headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) }
	});
}

/** The `name=value` of the session cookie a response sets. */
function sessionCookie(response: Response): string {
	const cookie = response.headers.getSetCookie().find((c) => /session=[^;]/.test(c));
	if (!cookie) throw new Error(`no session cookie in the answer (${response.status})`);
	return cookie.split(';')[0] as string;
}

/**
 * Signs `email` in through `instance` with password and two-factor code, as the sign-in forms
 * do, and returns the session cookie. `headers` are sent with both steps (a proxy's
 * X-Forwarded-For, say).
 */
export async function signInOverHttp(
	instance: Instance,
	email: string,
	authenticatorApp: Authenticator,
	headers: Record<string, string> = {}
): Promise<string> {
	const first = await postForm(
		instance,
		'/login',
		{ email, password: STAFF_PASSWORD },
		undefined,
		headers
	);
	if (first.status !== 303 || !first.headers.get('location')?.startsWith('/login/two-factor'))
		throw new Error(`sign-in answered ${first.status}: ${(await first.text()).slice(0, 300)}`);
	const cookie = sessionCookie(first);
	const second = await postForm(
		instance,
		'/login/two-factor',
		{ code: await authenticatorApp.code() },
		cookie,
		headers
	);
	if (second.status !== 303)
		throw new Error(`two-factor answered ${second.status}: ${(await second.text()).slice(0, 300)}`);
	return cookie;
}
