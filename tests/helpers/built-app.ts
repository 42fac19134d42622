import { spawn, type ChildProcess } from 'node:child_process';
import { getRandomValues } from 'node:crypto';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { encodeBase64 } from '@oslojs/encoding';
import { beforeAll } from 'vitest';
import { buildIsStale, root, runBuild } from '../../scripts/build-state.js';
import { acquireLock } from './build-lock.js';

/*
 * One lock per checkout, beside its build/: a lock in the shared temporary folder made test
 * runs of other checkouts on the same machine wait for each other's builds (and time out).
 * A lock left by a run that was killed is taken over (build-lock.ts).
 */
const LOCK = path.join(root, '.build.lock');

/** Builds the app once if build/ is stale; a lock keeps parallel test files from building together. */
export async function ensureBuilt(): Promise<void> {
	const release = await acquireLock(LOCK);
	try {
		// A build started from the tests would inherit NODE_ENV=test; the app is always built for production.
		if (buildIsStale() && !runBuild({ ...process.env, NODE_ENV: 'production' })) {
			throw new Error('vite build failed');
		}
	} finally {
		release();
	}
}

/** For a test file that runs the built server: builds the app (if stale) before its tests. */
export function buildBeforeAll(): void {
	beforeAll(ensureBuilt, 300_000);
}

/*
 * Ports for test servers come from below the kernel's ephemeral range. A port the kernel hands
 * out for listen(0) is in that range, and between closing the probe and the server's listen an
 * outgoing connection (a database client, a fetch) can be given the same port: the server then
 * failed with EADDRINUSE. Below the range only another test's probe can collide, and the random
 * pick and the bind check make that unlikely.
 */
const EPHEMERAL_LOW = 32768;
const TEST_PORTS = { low: 12000, high: EPHEMERAL_LOW - 1 };

function ephemeralLow(): number {
	try {
		const range = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8');
		const low = Number(range.trim().split(/\s+/)[0]);
		return Number.isInteger(low) && low > TEST_PORTS.low + 1000 ? low : EPHEMERAL_LOW;
	} catch {
		return EPHEMERAL_LOW;
	}
}

function bindable(port: number): Promise<boolean> {
	return new Promise((resolve) => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

/** A port nothing listens on, outside the range the kernel gives outgoing connections. */
export async function freePort(): Promise<number> {
	const high = Math.min(TEST_PORTS.high, ephemeralLow() - 1);
	for (let attempt = 0; attempt < 200; attempt++) {
		const port = TEST_PORTS.low + Math.floor(Math.random() * (high - TEST_PORTS.low + 1));
		if (await bindable(port)) return port;
	}
	throw new Error(`No free port between ${TEST_PORTS.low} and ${high}`);
}

export interface StartedProcess {
	child: ChildProcess;
	output: () => string;
	exited: Promise<number | null>;
}

/**
 * Runs `npm start`'s script (node scripts/start.js) with the given environment; a variable
 * given as undefined is removed (as if never set on the machine).
 */
export function runStart(env: Record<string, string | undefined>): StartedProcess {
	let output = '';
	const merged: NodeJS.ProcessEnv = { ...process.env, PLEDGEWATCH_SKIP_DEMO: '', ...env };
	for (const [name, value] of Object.entries(merged)) if (value === undefined) delete merged[name];
	const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.js')], {
		cwd: root,
		env: merged,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout?.on('data', (chunk) => (output += String(chunk)));
	child.stderr?.on('data', (chunk) => (output += String(chunk)));
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	return { child, output: () => output, exited };
}

/** Waits until `url` answers, or the process exits, or the timeout passes. */
export async function waitForServer(url: string, started: StartedProcess, timeoutMs = 60_000) {
	const deadline = Date.now() + timeoutMs;
	let done = false;
	void started.exited.then(() => (done = true));
	while (Date.now() < deadline && !done) {
		try {
			const response = await fetch(url);
			if (response.status < 500) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`Server at ${url} did not start:\n${started.output()}`);
}

/**
 * `npm start` serving `databaseUrl` on a free port of 127.0.0.1, as a new deployment runs:
 * a secret key of its own, no demo, ORIGIN its own address; `env` adds or overrides settings.
 * Resolves once it answers /login.
 */
export async function startServing(
	databaseUrl: string,
	env: Record<string, string | undefined> = {}
): Promise<{ started: StartedProcess; url: string; secretKey: string }> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const secretKey = encodeBase64(getRandomValues(new Uint8Array(32)));
	const started = runStart({
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: url,
		DATABASE_URL: databaseUrl,
		PLEDGEWATCH_SKIP_DEMO: '1',
		PLEDGEWATCH_SECRET_KEY: secretKey,
		...env
	});
	await waitForServer(`${url}/login`, started);
	return { started, url, secretKey };
}

/**
 * The error lines a start printed: scripts/start.js's own (`[pledgewatch] error: ...`) and the
 * server's log entries at error level or above (JSON when not on a terminal), as their message.
 */
export function errorLines(output: string): string[] {
	return output.split('\n').flatMap((line) => {
		if (line.includes('[pledgewatch] error:')) return [line];
		try {
			const entry = JSON.parse(line) as { level?: number; msg?: string };
			return (entry.level ?? 0) >= 50 ? [String(entry.msg)] : [];
		} catch {
			return [];
		}
	});
}

/** The server's JSON log entries in the output (other lines skipped). */
export function logEntries(output: string): Record<string, unknown>[] {
	return output.split('\n').flatMap((line) => {
		if (!line.startsWith('{')) return [];
		try {
			return [JSON.parse(line) as Record<string, unknown>];
		} catch {
			return [];
		}
	});
}
