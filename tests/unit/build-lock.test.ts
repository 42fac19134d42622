import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock } from '../helpers/build-lock.js';

/*
 * The lock the tests build the app under (tests/helpers/build-lock.ts): a run killed while
 * holding it must not make the next run wait for it and fail.
 */

const HELPER = path.resolve(import.meta.dirname, '../helpers/build-lock.ts');

let dir = '';
let lock = '';
beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgewatch-lock-'));
	lock = path.join(dir, '.build.lock');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A separate Node process that takes the lock, says so, and then holds it until killed. */
function holder(): Promise<{ pid: number; kill: () => Promise<void> }> {
	const code = `
		const { acquireLock } = await import(${JSON.stringify(HELPER)});
		await acquireLock(${JSON.stringify(lock)});
		console.log('held');
		setInterval(() => {}, 1000);
	`;
	const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const exited = new Promise((resolve) => child.once('exit', resolve));
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.stdout.on('data', (chunk) => {
			if (String(chunk).includes('held'))
				resolve({
					pid: child.pid ?? 0,
					kill: async () => {
						child.kill('SIGKILL');
						await exited;
					}
				});
		});
	});
}

describe('the build lock', () => {
	it('is taken over at once when the run holding it was killed', async () => {
		const run = await holder();
		await run.kill();
		expect(fs.existsSync(lock)).toBe(true);
		const started = Date.now();
		const release = await acquireLock(lock, { timeoutMs: 2000, pollMs: 50 });
		expect(Date.now() - started).toBeLessThan(1000);
		expect(fs.readFileSync(path.join(lock, 'pid'), 'utf8')).toBe(String(process.pid));
		release();
		expect(fs.existsSync(lock)).toBe(false);
	}, 30_000);

	it('is waited for while its holder lives, naming the holder when the wait runs out', async () => {
		const run = await holder();
		try {
			await expect(acquireLock(lock, { timeoutMs: 300, pollMs: 50 })).rejects.toThrow(
				`held by process ${run.pid}`
			);
		} finally {
			await run.kill();
		}
	}, 30_000);

	it('lets one process at a time hold it, and the next take it when released', async () => {
		const first = await acquireLock(lock, { pollMs: 20 });
		let secondHeld = false;
		const second = acquireLock(lock, { pollMs: 20 }).then((release) => {
			secondHeld = true;
			return release;
		});
		await new Promise((r) => setTimeout(r, 200));
		expect(secondHeld).toBe(false);
		first();
		(await second)();
		expect(secondHeld).toBe(true);
		expect(fs.existsSync(lock)).toBe(false);
	});

	it('takes over a lock of the old kind, a bare directory a killed run left', async () => {
		fs.mkdirSync(lock);
		const release = await acquireLock(lock, { timeoutMs: 1000, pollMs: 50 });
		expect(fs.readFileSync(path.join(lock, 'pid'), 'utf8')).toBe(String(process.pid));
		release();
		// Nothing is left beside it.
		expect(fs.readdirSync(dir)).toEqual([]);
	});
});
