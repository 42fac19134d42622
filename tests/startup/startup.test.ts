import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, freePort, runStart, waitForServer } from '../helpers/built-app.js';

/*
 * `npm start` as a person runs it: the built server migrates, seeds and serves the demo, and
 * bad configuration stops it with one clear line instead of a stack trace.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgewatch-start-'));

beforeAll(async () => {
	await ensureBuilt();
}, 300_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function expectOneClearLine(output: string, pattern: RegExp) {
	const errors = output.split('\n').filter((l) => l.includes('[pledgewatch] error:'));
	expect(errors).toHaveLength(1);
	expect(errors[0]).toMatch(pattern);
	expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
}

describe('npm start', () => {
	it('migrates, loads the demo record and serves /countries/kz on a new database', async () => {
		const port = await freePort();
		const started = runStart({
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_URL: path.join(dir, 'fresh.db')
		});
		try {
			await waitForServer(`http://127.0.0.1:${port}/`, started);
			const response = await fetch(`http://127.0.0.1:${port}/countries/kz`);
			expect(response.status).toBe(200);
			const html = await response.text();
			expect(html).toContain('Kazakhstan');
			expect(html).toContain('Democratic Choice of Kazakhstan');
			expect(html).toContain('May 2021');
			expect(started.output()).toContain('Loaded the demo record');
		} finally {
			started.child.kill();
			await started.exited;
		}
	});

	it('stops with one line for an unknown DATABASE_URL scheme', async () => {
		const started = runStart({ PORT: String(await freePort()), DATABASE_URL: 'mysql://u:p@h/db' });
		expect(await started.exited).toBe(1);
		expectOneClearLine(started.output(), /unknown scheme "mysql:"/);
	});

	it('stops with one line when PostgreSQL cannot be reached', async () => {
		const closed = await freePort();
		const started = runStart({
			PORT: String(await freePort()),
			DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${closed}/nothing`
		});
		expect(await started.exited).toBe(1);
		expectOneClearLine(started.output(), /Cannot reach PostgreSQL at .*ECONNREFUSED/);
		expect(started.output()).not.toContain('secret');
	});

	it('stops with one line when the port is in use', async () => {
		const blocker = net.createServer();
		await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
		const address = blocker.address();
		const port = typeof address === 'object' && address ? address.port : 0;
		try {
			const started = runStart({ PORT: String(port), HOST: '127.0.0.1' });
			expect(await started.exited).toBe(1);
			expectOneClearLine(started.output(), new RegExp(`Port ${port} is already in use`));
		} finally {
			blocker.close();
		}
	});

	it('stops with one line for a PORT that is not a number', async () => {
		const started = runStart({ PORT: 'eighty' });
		expect(await started.exited).toBe(1);
		expectOneClearLine(started.output(), /PORT must be a number/);
	});
});
