import { plannedRows } from '../helpers/planner.js';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64, encodeHexLowerCase } from '@oslojs/encoding';
import { createDb, type DB } from '../../src/lib/server/db/connect.js';
import { exportArchiveFile } from '../../src/lib/server/archive/full.js';
import { createCase } from '../../src/lib/server/repositories/cases.js';
import {
	createTestDatabase,
	testDialects,
	type Dialect,
	type TestDatabase
} from '../helpers/databases.js';
import { runScript } from '../helpers/scripts.js';
import { fillEveryKind, type EveryKind } from './fixture.js';
import { scratchFolder } from '../helpers/scratch.js';

/*
 * `npm run backup` and `npm run restore` as an operator runs them, on each database: a backup
 * taken while cases are being saved in a loop, restored into a new database, holds exactly the
 * records saved before some moment (no half-saved case, none missing before it), compared
 * through full archives of both databases.
 */

const dir = scratchFolder('backup');

/** A new database the restore may fill: a file not yet made, or a blank PostgreSQL database. */
async function newTarget(dialect: Dialect, name: string) {
	if (dialect === 'sqlite') {
		const file = path.join(dir, `${name}.db`);
		let db: DB | undefined;
		return {
			url: file,
			open: () => (db ??= createDb({ kind: 'sqlite', file })),
			drop: async () => db?.destroy()
		};
	}
	const made: TestDatabase = await createTestDatabase(dialect, { migrate: false });
	return { url: made.url, open: () => made.db, drop: () => made.drop() };
}

/** Each table's rows as lines of the archive. */
function archiveRows(file: string): Map<string, Set<string>> {
	const tables = new Map<string, Set<string>>();
	let rows = new Set<string>();
	for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
		if (line.startsWith('{"table":')) tables.set(JSON.parse(line).table, (rows = new Set()));
		else if (line.startsWith('[')) rows.add(line);
	}
	return tables;
}

for (const dialect of testDialects()) {
	describe(`npm run backup and npm run restore [${dialect}]`, () => {
		let source: TestDatabase;
		let made: EveryKind;
		const backup = path.join(dir, `${dialect}-burst.${dialect === 'sqlite' ? 'db' : 'dump'}`);
		const targets: { drop(): Promise<unknown> }[] = [];
		const target = async (name: string) => {
			const t = await newTarget(dialect, `${dialect}-${name}`);
			targets.push(t);
			return t;
		};

		beforeAll(async () => {
			source = await createTestDatabase(dialect);
			// Everything committed stays in the write-ahead log, as it does between checkpoints on a
			// busy server, so a backup that copied only the main file would lose it and fail here.
			if (dialect === 'sqlite') await sql`pragma wal_autocheckpoint = 0`.execute(source.db);
			made = await fillEveryKind(source.db);
		}, 120_000);
		afterAll(async () => {
			for (const t of targets) await t.drop();
			await source?.drop();
		});

		it('backs up during a burst of saves; the restore holds every case saved before a moment, whole', async () => {
			const saved: string[] = [];
			let stop = false;
			const burst = (async () => {
				for (let i = 0; !stop; i++) {
					const row = await createCase(
						source.db,
						{ country_id: 'xt-country', title: `Burst case ${i}`, case_type: 'prosecution' },
						null
					);
					saved.push(row.id);
					// Lets timers and the child process be heard: SQLite's driver never waits on I/O.
					await new Promise((resolve) => setImmediate(resolve));
				}
			})();
			while (saved.length < 5) await new Promise((resolve) => setTimeout(resolve, 20));
			const before = saved.length;
			const result = await runScript('backup.ts', [backup], {
				DATABASE_URL: source.url,
				PLEDGEWATCH_SECRET_KEY: encodeBase64(made.secretKey)
			});
			const during = saved.length - before;
			stop = true;
			await burst;
			expect(result.output).toContain(`Backed up`);
			expect(result.code).toBe(0);
			expect(during, 'cases saved while the backup ran').toBeGreaterThan(0);
			expect(fs.statSync(backup).mode & 0o777).toBe(0o600);

			const restored = await target('restored');
			const restore = await runScript('restore.ts', [backup], { DATABASE_URL: restored.url });
			expect(restore.output).toContain('Restored');
			expect(restore.code).toBe(0);
			if (dialect === 'postgres') {
				// Planned with statistics at once, not as empty tables until autovacuum comes round.
				const { n } = await restored
					.open()
					.selectFrom('cases')
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.executeTakeFirstOrThrow();
				expect((await plannedRows(restored.open(), ['cases'])).cases).toBe(Number(n));
			}

			const sourceArchive = path.join(dir, `${dialect}-source.jsonl`);
			const restoredArchive = path.join(dir, `${dialect}-restored.jsonl`);
			await exportArchiveFile(source.db, sourceArchive);
			await exportArchiveFile(restored.open(), restoredArchive);
			const all = archiveRows(sourceArchive);
			const back = archiveRows(restoredArchive);
			expect([...back.keys()]).toEqual([...all.keys()]);

			// The restored cases of the burst are the first n saved, n at least those saved before.
			const kept = saved.filter((id) => [...back.get('cases')!].some((row) => row.includes(id)));
			expect(kept).toEqual(saved.slice(0, kept.length));
			expect(kept.length).toBeGreaterThanOrEqual(before);
			const later = saved.slice(kept.length);
			for (const [table, rows] of all) {
				const restoredRows = back.get(table)!;
				const extra = [...restoredRows].filter((row) => !rows.has(row));
				expect(extra, `${table}: rows the source never had`).toEqual([]);
				const missing = [...rows].filter((row) => !restoredRows.has(row));
				const unexplained = missing.filter((row) => !later.some((id) => row.includes(id)));
				expect(unexplained, `${table}: rows lost from before the backup`).toEqual([]);
			}
		}, 120_000);

		it('holds the two-factor keys sealed, never the secret key', () => {
			const bytes = fs.readFileSync(backup);
			for (const form of [
				Buffer.from(made.secretKey),
				Buffer.from(encodeBase64(made.secretKey)),
				Buffer.from(encodeHexLowerCase(made.secretKey))
			]) {
				expect(bytes.includes(form)).toBe(false);
			}
		});

		it('refuses a database with tables unless told --force, which replaces it', async () => {
			const refused = await runScript('restore.ts', [backup], { DATABASE_URL: source.url });
			expect(refused.code).toBe(1);
			expect(refused.output).toMatch(/is not empty \(it has \d+ tables\).*add --force/);

			const other = await target('forced');
			const seeded = await runScript('seed.ts', [], { DATABASE_URL: other.url });
			expect(seeded.code).toBe(0);
			const forced = await runScript('restore.ts', [backup, '--force'], {
				DATABASE_URL: other.url
			});
			expect(forced.output).toContain('Restored');
			const archive = path.join(dir, `${dialect}-forced.jsonl`);
			await exportArchiveFile(other.open(), archive);
			expect(fs.readFileSync(archive, 'utf8')).toBe(
				fs.readFileSync(path.join(dir, `${dialect}-restored.jsonl`), 'utf8')
			);
		}, 60_000);

		it('says plainly what is wrong with the file given', async () => {
			const url = (await target('messages')).url;
			const missing = await runScript('restore.ts', [path.join(dir, 'nope.db')], {
				DATABASE_URL: url
			});
			expect(missing.output).toMatch(/error: .*nope\.db does not exist; check the path/);
			const archive = path.join(dir, `${dialect}-source.jsonl`);
			const wrong = await runScript('restore.ts', [archive], { DATABASE_URL: url });
			expect(wrong.output).toContain(
				'is a full archive (made by npm run export-all; load it with npm run import-all)'
			);
			const none = await runScript('restore.ts', [], { DATABASE_URL: url });
			expect(none.output).toContain('Name the backup to restore');
			expect([missing.code, wrong.code, none.code]).toEqual([1, 1, 1]);
		}, 60_000);
	});
}

describe('restoring a backup into the other kind of database', () => {
	it.runIf(testDialects().includes('postgres'))('points to export-all and import-all', async () => {
		const sqlite = path.join(dir, 'sqlite-burst.db');
		const result = await runScript('restore.ts', [sqlite], {
			DATABASE_URL: process.env.TEST_DATABASE_URL!
		});
		expect(result.code).toBe(1);
		expect(result.output).toMatch(
			/is a SQLite backup .*DATABASE_URL is PostgreSQL.*npm run export-all and npm run import-all/
		);
	});
});
