import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	buildBeforeAll,
	errorLines,
	freePort,
	runStart,
	waitForServer
} from '../helpers/built-app.js';
import { scratchFolder } from '../helpers/scratch.js';

/*
 * `npm start` as a person runs it: the built server migrates, seeds and serves the demo, and
 * bad configuration stops it with one clear line instead of a stack trace.
 */

const dir = scratchFolder('start');
buildBeforeAll();

function expectOneClearLine(output: string, pattern: RegExp) {
	const errors = errorLines(output);
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

	it('stops with one line naming a setting that cannot be read, such as PUBLIC_MEMO_MS=20s', async () => {
		const started = runStart({
			PORT: String(await freePort()),
			HOST: '127.0.0.1',
			DATABASE_URL: path.join(dir, 'bad-setting.db'),
			PUBLIC_MEMO_MS: '20s'
		});
		expect(await started.exited).toBe(1);
		expectOneClearLine(
			started.output(),
			/PUBLIC_MEMO_MS must be a whole number, 0 or more, not "20s"$/
		);
		// Stopped before touching anything: no database was made.
		expect(fs.existsSync(path.join(dir, 'bad-setting.db'))).toBe(false);
	});

	it('stops with one line for a bad session, logging or server setting too', async () => {
		for (const [name, value, expected] of [
			[
				'PLEDGEWATCH_SESSION_IDLE_MINUTES',
				'0',
				/PLEDGEWATCH_SESSION_IDLE_MINUTES must be a positive whole number, not "0"$/
			],
			['PLEDGEWATCH_LOG_LEVEL', 'loud', /PLEDGEWATCH_LOG_LEVEL must be one of fatal, error/],
			['ORIGIN', 'pledgewatch.example.org', /ORIGIN must be a full URL/],
			['BODY_SIZE_LIMIT', '6 MB', /BODY_SIZE_LIMIT must be a number of bytes, .* not "6 MB"$/],
			['PORT', '70000', /PORT must be a number from 1 to 65535, not "70000"$/]
		] as const) {
			const started = runStart({
				PORT: String(await freePort()),
				HOST: '127.0.0.1',
				[name]: value
			});
			expect(await started.exited).toBe(1);
			expectOneClearLine(started.output(), expected);
		}
	});
});
