import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/lib/server/db/connect.js';
import { migrateToLatest } from '../../src/lib/server/db/migrate.js';

/*
 * The SQLite database holds accounts, sessions and unpublished records: the file and the
 * -wal and -shm files SQLite makes beside it are readable by their owner only (0600), like the
 * key file, whatever the umask. (PostgreSQL keeps its own files; nothing to check there.)
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgewatch-modes-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe('SQLite file modes', () => {
	it('makes a new database and its -wal and -shm files 0600 under a permissive umask', async () => {
		const file = path.join(dir, 'new', 'app.db');
		const previous = process.umask(0o022);
		try {
			const db = createDb({ kind: 'sqlite', file });
			await migrateToLatest(db);
			for (const name of [file, `${file}-wal`, `${file}-shm`]) {
				expect(fs.existsSync(name), name).toBe(true);
				expect(modeOf(name).toString(8), name).toBe('600');
			}
			await db.destroy();
		} finally {
			process.umask(previous);
		}
	});

	it('tightens a database made world-readable before, with its side files', async () => {
		const file = path.join(dir, 'old.db');
		const first = createDb({ kind: 'sqlite', file });
		await migrateToLatest(first);
		// An older install: everything readable by everyone, the side files still there.
		for (const name of [file, `${file}-wal`, `${file}-shm`]) fs.chmodSync(name, 0o644);
		const second = createDb({ kind: 'sqlite', file });
		for (const name of [file, `${file}-wal`, `${file}-shm`]) {
			expect(modeOf(name).toString(8), name).toBe('600');
		}
		await second.destroy();
		await first.destroy();
	});
});
