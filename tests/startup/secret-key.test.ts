import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	buildBeforeAll,
	errorLines,
	logEntries,
	freePort,
	runStart,
	waitForServer
} from '../helpers/built-app.js';
import { scratchFolder } from '../helpers/scratch.js';

/*
 * `npm start` and the key that seals two-factor keys: without PLEDGEWATCH_SECRET_KEY a key
 * file is made beside the database (never in the repository's data/ here: each start has its
 * own temporary database), and a malformed key stops start-up with one line.
 */

const dir = scratchFolder('start-key');
buildBeforeAll();

describe('npm start and the secret key', () => {
	it('makes a 0600 key file beside a new SQLite database and warns to set the variable', async () => {
		const port = await freePort();
		const started = runStart({
			PORT: String(port),
			HOST: '127.0.0.1',
			DATABASE_URL: path.join(dir, 'fresh.db'),
			PLEDGEWATCH_SKIP_DEMO: '1',
			PLEDGEWATCH_SECRET_KEY: '',
			PLEDGEWATCH_SECRET_KEY_FILE: ''
		});
		try {
			await waitForServer(`http://127.0.0.1:${port}/`, started);
			const file = path.join(dir, 'secret.key');
			expect(fs.statSync(file).mode & 0o777).toBe(0o600);
			expect(fs.readFileSync(file, 'utf8')).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
			const warnings = logEntries(started.output()).filter((entry) => entry.level === 40);
			expect(warnings.map((entry) => entry.msg).join('\n')).toMatch(
				/Created a new secret key in .*secret\.key .*set PLEDGEWATCH_SECRET_KEY/
			);
		} finally {
			started.child.kill();
			await started.exited;
		}
	});

	it('stops with one line, without echoing it, when PLEDGEWATCH_SECRET_KEY is malformed', async () => {
		const started = runStart({
			PORT: String(await freePort()),
			HOST: '127.0.0.1',
			DATABASE_URL: path.join(dir, 'bad-key.db'),
			PLEDGEWATCH_SKIP_DEMO: '1',
			PLEDGEWATCH_SECRET_KEY: 'not-a-real-key-value'
		});
		expect(await started.exited).toBe(1);
		const output = started.output();
		const errors = errorLines(output);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatch(/PLEDGEWATCH_SECRET_KEY must be 32 random bytes as base64/);
		expect(output).not.toContain('not-a-real-key-value');
		expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
	});
});
