import fs from 'node:fs';
import http from 'node:http';
import type { DB } from '../../src/lib/server/db/connect.js';
import { generateFictional } from '../../src/lib/server/generate/fictional.js';
import { startInstance, type Instance } from '../helpers/instances.js';
import type { TestDatabase } from '../helpers/databases.js';

/*
 * What the operations benchmarks (memory.perf.ts, static-files.perf.ts) share: Testland with
 * some published cases, the production build served as `npm start` serves it (its caches at
 * their defaults, as deployed), and a load of a given number of requests.
 */

export const FIXTURE_CASES = 300;

export async function publishedTestland(database: TestDatabase): Promise<string[]> {
	await generateFictional(database.db, { cases: FIXTURE_CASES, publishedShare: 1 });
	return caseIds(database.db);
}

async function caseIds(db: DB): Promise<string[]> {
	const rows = await db.selectFrom('cases').select('id').orderBy('id').execute();
	return rows.map((r) => r.id);
}

export function serveProduction(database: TestDatabase): Promise<Instance> {
	return startInstance({ DATABASE_URL: database.url });
}

/** The server process's resident memory in bytes (Linux), read from /proc. */
export function rssBytes(instance: Instance): number {
	const status = fs.readFileSync(`/proc/${instance.started.child.pid}/status`, 'utf8');
	const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
	if (!kb) throw new Error('no VmRSS in /proc/<pid>/status');
	return Number(kb) * 1024;
}

export interface Run {
	/** Requests answered per second. */
	rps: number;
	/** Bytes an answer's body took on the wire, on average. */
	bytes: number;
	/** Answers that were not 200, with the first few paths. */
	errors: number;
	failed: string[];
}

/**
 * Sends `total` GETs to `base`, `connections` at a time on keep-alive connections of their
 * own agent, asking for `pathFor(n)` for the n-th request, and reads each answer whole (as
 * sent: nothing is decompressed).
 */
export async function hammer(
	base: string,
	pathFor: (n: number) => string,
	total: number,
	{
		connections = 10,
		headers = {}
	}: { connections?: number; headers?: Record<string, string> } = {}
): Promise<Run> {
	const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
	const failed: string[] = [];
	let next = 0;
	let errors = 0;
	let bytes = 0;
	const one = (pathname: string) =>
		new Promise<number>((resolve) => {
			http
				.get(`${base}${pathname}`, { agent, headers }, (response) => {
					response.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
					response.on('end', () => resolve(response.statusCode ?? 0));
					response.on('error', () => resolve(0));
				})
				.on('error', () => resolve(0));
		});
	const start = performance.now();
	await Promise.all(
		Array.from({ length: connections }, async () => {
			while (next < total) {
				const pathname = pathFor(next++);
				if ((await one(pathname)) === 200) continue;
				errors++;
				if (failed.length < 5) failed.push(pathname);
			}
		})
	);
	const elapsed = (performance.now() - start) / 1000;
	agent.destroy();
	return { rps: total / elapsed, bytes: bytes / total, errors, failed };
}
