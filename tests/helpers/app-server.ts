import { spawn } from 'node:child_process';
import { getRandomValues } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encodeBase64 } from '@oslojs/encoding';
import { createDb, type DB } from '../../src/lib/server/db/connect.js';
import { freePort } from './built-app.js';

/*
 * The app for browser and HTTP tests: `vite dev` on a free port with its own temporary
 * SQLite database (or a given DATABASE_URL), stopped and cleaned up by `stop()`. The dev
 * server needs no build, so it never touches build/ that other tests share.
 */

export interface AppServer {
	url: string;
	/** The database the server uses, opened from the test process (SQLite allows both). */
	db: DB;
	/** The key the server seals two-factor keys with, for tests that store users directly. */
	secretKey: Uint8Array;
	output(): string;
	stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '..', '..');

export async function startAppServer(
	options: { env?: Record<string, string>; databaseUrl?: string } = {}
): Promise<AppServer> {
	const port = await freePort();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgewatch-app-'));
	const databaseUrl = options.databaseUrl ?? path.join(dir, 'app.db');
	// A key of its own, so the server never makes a key file (in data/ for PostgreSQL).
	const secretKey = getRandomValues(new Uint8Array(32));
	const env: NodeJS.ProcessEnv = {
		...process.env,
		// The site's configured origin, as `npm start` sets it: absolute links and kept pages use it.
		ORIGIN: `http://localhost:${port}`,
		DATABASE_URL: databaseUrl,
		PLEDGEWATCH_SECRET_KEY: encodeBase64(secretKey),
		...options.env
	};
	// Vitest's markers would make SvelteKit's plugin behave as under test, not as a server.
	for (const key of Object.keys(env))
		if (key.startsWith('VITEST') || key === 'TEST') delete env[key];
	delete env.NODE_ENV;
	const child = spawn(
		process.execPath,
		[
			path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
			'dev',
			'--config',
			path.join(import.meta.dirname, 'vite.app-server.config.ts'),
			'--port',
			String(port),
			'--strictPort'
		],
		{ cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true }
	);
	let output = '';
	child.stdout?.on('data', (chunk) => (output += String(chunk)));
	child.stderr?.on('data', (chunk) => (output += String(chunk)));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

	const url = `http://localhost:${port}`;
	const stop = async () => {
		if (child.exitCode === null && child.pid) {
			process.kill(-child.pid, 'SIGTERM');
			await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
		}
		await db?.destroy().catch(() => undefined);
		fs.rmSync(dir, { recursive: true, force: true });
	};

	let db: DB | undefined;
	try {
		await waitForReady(
			url,
			() => child.exitCode !== null,
			() => output
		);
		db = createDb(
			databaseUrl.startsWith('postgres')
				? { kind: 'postgres', url: databaseUrl }
				: { kind: 'sqlite', file: databaseUrl }
		);
	} catch (error) {
		await stop();
		throw error;
	}
	return { url, db, secretKey, output: () => output, stop };
}

/* Ready means the first page answered: start-up (migrations, seed, first admin) has finished. */
async function waitForReady(url: string, exited: () => boolean, output: () => string) {
	const deadline = Date.now() + 90_000;
	while (Date.now() < deadline) {
		if (exited()) throw new Error(`vite dev exited early:\n${output()}`);
		try {
			const response = await fetch(`${url}/login`, { redirect: 'manual' });
			if (response.status < 500) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`vite dev did not answer within 90 s:\n${output()}`);
}
