import { plannedRows } from '../helpers/planner.js';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBase64 } from '@oslojs/encoding';
import { exportArchiveFile, importArchiveFile } from '../../src/lib/server/archive/full.js';
import { planArchive } from '../../src/lib/server/archive/plan.js';
import { listTables } from '../../src/lib/server/repositories/catalog.js';
import { searchRecords } from '../../src/lib/server/search/index.js';
import {
	createTestDatabase,
	testDialects,
	type Dialect,
	type TestDatabase
} from '../helpers/databases.js';
import { fillEveryKind, type EveryKind } from './fixture.js';
import { scratchFolder } from '../helpers/scratch.js';

/*
 * `npm run export-all` and `npm run import-all` through their modules: an archive taken from
 * one kind of database, loaded into the other and taken again is the same file, byte for byte,
 * so every id, timestamp, hash and byte survived. The archive is planned from the database's
 * own catalog; these tests hold it to carrying every table but the few left out on purpose.
 */

const dir = scratchFolder('archive');

/** Left out on purpose (SQLite's full-text tables aside); anything else must be archived. */
const LEFT_OUT = [
	'country_case_counts',
	'public_pledges',
	'schema_migrations',
	'schema_migrations_lock',
	'search_documents',
	'sessions',
	'throttle_buckets',
	'timeline_known',
	'timeline_lane_months',
	'timeline_lane_years',
	'timeline_months',
	'timeline_spans'
];

const dialects = testDialects();
const pairs: [Dialect, Dialect][] =
	dialects.length > 1
		? [
				['sqlite', 'postgres'],
				['postgres', 'sqlite']
			]
		: [['sqlite', 'sqlite']];

for (const [from, to] of pairs) {
	describe(`full archive ${from} -> ${to} -> archive`, () => {
		let source: TestDatabase;
		let target: TestDatabase;
		let made: EveryKind;
		const first = path.join(dir, `${from}-${to}-first.jsonl`);
		const second = path.join(dir, `${from}-${to}-second.jsonl`);

		beforeAll(async () => {
			source = await createTestDatabase(from);
			made = await fillEveryKind(source.db);
			await exportArchiveFile(source.db, first);
			// Blank, not migrated: the import brings it to the archive's schema itself.
			target = await createTestDatabase(to, { migrate: false });
			await importArchiveFile(target.db, first);
			await exportArchiveFile(target.db, second);
		}, 120_000);
		afterAll(async () => {
			await source?.drop();
			await target?.drop();
		});

		it.runIf(to === 'postgres')(
			'leaves PostgreSQL with planner statistics of what it loaded',
			async () => {
				const { n } = await target.db
					.selectFrom('cases')
					.select((eb) => eb.fn.countAll<number>().as('n'))
					.executeTakeFirstOrThrow();
				expect(Number(n)).toBeGreaterThan(0);
				expect((await plannedRows(target.db, ['cases'])).cases).toBe(Number(n));
			}
		);

		it('gives the identical archive after the move', () => {
			const a = fs.readFileSync(first, 'utf8');
			expect(a.split('\n').length).toBeGreaterThan(300);
			expect(fs.readFileSync(second, 'utf8') === a).toBe(true);
		});

		it('holds every table of the database but those left out on purpose, each with rows', async () => {
			const plan = await planArchive(source.db);
			const archived = plan.tables.map((t) => t.name);
			const all = (await listTables(source.db))
				.filter((t) => t.kind === 'table')
				.map((t) => t.name);
			expect([...archived, ...plan.leftOut.map((t) => t.name)].sort()).toEqual(
				expect.arrayContaining(all)
			);
			expect(
				plan.leftOut
					.filter((t) => !/^(search|translation)_fts/.test(t.name))
					.map((t) => t.name)
					.sort()
			).toEqual(LEFT_OUT);
			const counts = tableCounts(first);
			const empty = archived.filter((name) => !counts.get(name));
			expect(empty, 'tables with no rows: give tests/archive/fixture.ts rows for them').toEqual([]);
		});

		it('carries password hashes and sealed two-factor keys, never sessions or the secret key', async () => {
			const text = fs.readFileSync(first, 'utf8');
			const users = await source.db
				.selectFrom('users')
				.select(['password_hash', 'totp_key'])
				.execute();
			for (const user of users) {
				if (user.password_hash) expect(text).toContain(JSON.stringify(user.password_hash));
				if (user.totp_key) expect(text).toContain(JSON.stringify(user.totp_key));
			}
			expect(text).not.toContain(made.sessionId);
			expect(text).not.toContain(made.sessionToken);
			expect(text).not.toContain(encodeBase64(made.secretKey));
			expect(text).not.toContain('"table":"sessions"');
		});

		it('rebuilds the search index and keeps document bytes in the new database', async () => {
			const count = async (db: TestDatabase) =>
				Number(
					(
						await db.db
							.selectFrom('search_documents')
							.select((eb) => eb.fn.countAll().as('n'))
							.executeTakeFirstOrThrow()
					).n
				);
			expect(await count(target)).toBe(await count(source));
			// Translations are found in the new database too (SQLite's index is filled by triggers).
			const byTranslation = await searchRecords(target.db, { q: 'Бокаев' });
			expect(byTranslation.items.map((i) => i.id)).toEqual(
				expect.arrayContaining(['kz-case-bokaev-imprisonment', 'kz-case-bokaev-restrictions'])
			);
			const doc = await target.db
				.selectFrom('briefing_documents')
				.select('bytes')
				.executeTakeFirstOrThrow();
			expect([...Buffer.from(doc.bytes)]).toEqual(Array.from({ length: 256 }, (_, i) => i));
		});
	});
}

/** Rows per table, counted from the archive's lines. */
function tableCounts(file: string): Map<string, number> {
	const counts = new Map<string, number>();
	let table = '';
	for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
		if (line.startsWith('{"table":')) table = JSON.parse(line).table;
		else if (line.startsWith('[')) counts.set(table, (counts.get(table) ?? 0) + 1);
	}
	return counts;
}

for (const dialect of dialects) {
	describe(`import-all refuses what it cannot load whole [${dialect}]`, () => {
		let source: TestDatabase;
		const archive = path.join(dir, `${dialect}-refusals.jsonl`);
		const opened: TestDatabase[] = [];
		const blank = async () => {
			const db = await createTestDatabase(dialect, { migrate: false });
			opened.push(db);
			return db;
		};

		beforeAll(async () => {
			source = await createTestDatabase(dialect);
			await fillEveryKind(source.db);
			await exportArchiveFile(source.db, archive);
		}, 120_000);
		afterAll(async () => {
			await source?.drop();
			for (const db of opened) await db.drop();
		});

		it('refuses a database that holds data, changing nothing', async () => {
			await expect(importArchiveFile(source.db, archive)).rejects.toThrow(
				/already holds data: .*users \(\d+\).*empty database/
			);
		});

		it('loads nothing from an archive cut short', async () => {
			const lines = fs.readFileSync(archive, 'utf8').split('\n');
			const cut = path.join(dir, `${dialect}-cut.jsonl`);
			fs.writeFileSync(cut, lines.slice(0, Math.floor(lines.length / 2)).join('\n'));
			const target = await blank();
			await expect(importArchiveFile(target.db, cut)).rejects.toThrow(
				/ends before its last line.*Nothing was imported/
			);
			expect(await target.db.selectFrom('users').select('id').execute()).toEqual([]);
			expect(await target.db.selectFrom('countries').select('id').execute()).toEqual([]);
		});

		it('names the damaged line', async () => {
			const lines = fs.readFileSync(archive, 'utf8').split('\n');
			lines[3] = '["not", "enough"]';
			const damaged = path.join(dir, `${dialect}-damaged.jsonl`);
			fs.writeFileSync(damaged, lines.join('\n'));
			await expect(importArchiveFile((await blank()).db, damaged)).rejects.toThrow(
				/line 4 is 2 values for \d+ columns/
			);
		});

		it('refuses an archive from a newer Pledgewatch and a file of another kind', async () => {
			const lines = fs.readFileSync(archive, 'utf8').split('\n');
			const header = JSON.parse(lines[0]!);
			header.migrations.push('9999_from_the_future');
			lines[0] = JSON.stringify(header);
			const newer = path.join(dir, `${dialect}-newer.jsonl`);
			fs.writeFileSync(newer, lines.join('\n'));
			const target = await blank();
			await expect(importArchiveFile(target.db, newer)).rejects.toThrow(
				/newer or different Pledgewatch \(migrations 9999_from_the_future\)/
			);
			const other = path.join(dir, 'not-an-archive.txt');
			fs.writeFileSync(other, 'hello');
			await expect(importArchiveFile(target.db, other)).rejects.toThrow(
				/not a Pledgewatch backup or archive, not a full archive/
			);
		});
	});
}

for (const dialect of dialects) {
	describe(`a table added later is carried, its id counter moved past the loaded ids [${dialect}]`, () => {
		const opened: TestDatabase[] = [];
		afterAll(async () => {
			for (const db of opened) await db.drop();
		});

		it('archives a table no code names and continues its ids after import', async () => {
			const idColumn =
				dialect === 'sqlite' ? 'integer primary key autoincrement' : 'serial primary key';
			const probe = sql.raw(`create table archive_probe (id ${idColumn}, note text not null)`);
			const source = await createTestDatabase(dialect);
			opened.push(source);
			await probe.execute(source.db);
			await sql`insert into archive_probe (id, note) values (1, 'one'), (2, 'two'), (7, 'seven')`.execute(
				source.db
			);
			const file = path.join(dir, `${dialect}-probe.jsonl`);
			await exportArchiveFile(source.db, file);
			expect(fs.readFileSync(file, 'utf8')).toContain('[7,"seven"]');

			const target = await createTestDatabase(dialect, { migrate: false });
			opened.push(target);
			await probe.execute(target.db);
			await importArchiveFile(target.db, file);
			await sql`insert into archive_probe (note) values ('next')`.execute(target.db);
			const { rows } = await sql<{ id: number }>`
				select id from archive_probe where note = 'next'`.execute(target.db);
			expect(Number(rows[0]?.id)).toBe(8);
		});
	});
}
