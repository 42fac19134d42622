import { getRandomValues } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encodeBase64 } from '@oslojs/encoding';
import { createDb, type DB } from '../../src/lib/server/db/connect.js';
import { freePort, runStart, waitForServer } from './built-app.js';
import { copyMigratedSqlite } from './databases.js';

/*
 * The app for browser and HTTP tests: the production build served by `npm start`'s script,
 * as a deployment runs it, on a free port with its own temporary SQLite database (or a given
 * DATABASE_URL), stopped and cleaned up by `stop()`. The global setup builds once per run
 * (tests/global-setup.ts), so every server here starts from the same build in a second or
 * two, with no bundling on first request as `vite dev` had.
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

export async function startAppServer(
	options: { env?: Record<string, string>; databaseUrl?: string } = {}
): Promise<AppServer> {
	const port = await freePort();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgewatch-app-'));
	// A database of its own starts at the latest schema (a copy of the run's migrated template),
	// so the server only seeds it: start-up itself is the start-up tests' subject.
	const databaseUrl = options.databaseUrl ?? path.join(dir, 'app.db');
	if (!options.databaseUrl) copyMigratedSqlite(databaseUrl);
	// A key of its own, so the server never makes a key file (in data/ for PostgreSQL).
	const secretKey = getRandomValues(new Uint8Array(32));
	const env: Record<string, string | undefined> = {
		PORT: String(port),
		// Reached only from this machine.
		HOST: '127.0.0.1',
		// The site's configured origin, as a deployment sets it: absolute links and kept pages use it.
		ORIGIN: `http://localhost:${port}`,
		DATABASE_URL: databaseUrl,
		PLEDGEWATCH_SECRET_KEY: encodeBase64(secretKey),
		PLEDGEWATCH_SKIP_DEMO: process.env.PLEDGEWATCH_SKIP_DEMO,
		// The server runs as in production, not under the test runner's markers.
		NODE_ENV: undefined,
		TEST: undefined,
		...options.env
	};
	for (const key of Object.keys(process.env)) if (key.startsWith('VITEST')) env[key] = undefined;
	const started = runStart(env);

	const url = `http://localhost:${port}`;
	const stop = async () => {
		if (started.child.exitCode === null) {
			started.child.kill('SIGTERM');
			await Promise.race([started.exited, new Promise((r) => setTimeout(r, 5000))]);
		}
		await db?.destroy().catch(() => undefined);
		fs.rmSync(dir, { recursive: true, force: true });
	};

	let db: DB | undefined;
	try {
		// Ready means the first page answered: start-up (migrations, seed, first admin) has finished.
		await waitForServer(`${url}/login`, started, 90_000);
		db = createDb(
			databaseUrl.startsWith('postgres')
				? { kind: 'postgres', url: databaseUrl }
				: { kind: 'sqlite', file: databaseUrl }
		);
	} catch (error) {
		await stop();
		throw error;
	}
	return { url, db, secretKey, output: started.output, stop };
}
