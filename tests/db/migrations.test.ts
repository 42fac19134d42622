import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import {
	migrateDownAll,
	migrateToLatest,
	pendingMigrations
} from '../../src/lib/server/db/migrate.js';
import { migrations } from '../../migrations/index.js';

async function tableNames(t: TestDatabase): Promise<string[]> {
	const tables = await t.db.introspection.getTables();
	return tables
		.map((table) => table.name)
		.filter((n) => !n.startsWith('schema_migrations'))
		.sort();
}

async function columnsByTable(t: TestDatabase): Promise<Record<string, string[]>> {
	const tables = await t.db.introspection.getTables();
	return Object.fromEntries(
		tables
			.filter((table) => !table.name.startsWith('schema_migrations'))
			.map((table) => [table.name, table.columns.map((c) => c.name).sort()])
	);
}

for (const dialect of testDialects()) {
	describe(`migrations [${dialect}]`, () => {
		let t: TestDatabase | undefined;
		afterEach(async () => {
			await t?.drop();
			t = undefined;
		});

		it('migrates up, down and up again', async () => {
			t = await createTestDatabase(dialect, { migrate: false });
			expect(await pendingMigrations(t.db)).toEqual(Object.keys(migrations));
			expect(await migrateToLatest(t.db)).toEqual(Object.keys(migrations));
			const first = await columnsByTable(t);
			expect(Object.keys(first)).toContain('cases');
			expect(await pendingMigrations(t.db)).toEqual([]);

			await migrateDownAll(t.db);
			expect(await tableNames(t)).toEqual([]);

			await migrateToLatest(t.db);
			expect(await columnsByTable(t)).toEqual(first);
		});

		it('is a no-op when already at the latest version', async () => {
			t = await createTestDatabase(dialect);
			expect(await migrateToLatest(t.db)).toEqual([]);
		});

		it('leaves the database as it was when a migration fails', async () => {
			t = await createTestDatabase(dialect, { migrate: false });
			await sql`create table users (id text primary key)`.execute(t.db);
			await expect(migrateToLatest(t.db)).rejects.toThrow(/0001_domain failed going up/);
			expect(await tableNames(t)).toEqual(['users']);
			expect(await pendingMigrations(t.db)).toEqual(Object.keys(migrations));
		});
	});
}

/*
 * Full-text search is the one place the databases differ on purpose (DESIGN.md): SQLite keeps
 * FTS5 shadow tables (search_fts, and translation_fts over the translations), PostgreSQL a
 * tsvector column on search_documents and an expression index on translations. Everything else
 * matches.
 */
function withoutSearchEngine(columns: Record<string, string[]>): Record<string, string[]> {
	return Object.fromEntries(
		Object.entries(columns)
			.filter(([table]) => !/^(search|translation)_fts/.test(table))
			.map(([table, cols]) => [
				table,
				table === 'search_documents' ? cols.filter((c) => c !== 'document') : cols
			])
	);
}

describe('schema parity', () => {
	it.runIf(testDialects().includes('postgres'))(
		'creates the same tables and columns on SQLite and PostgreSQL',
		async () => {
			const lite = await createTestDatabase('sqlite');
			const post = await createTestDatabase('postgres');
			try {
				expect(withoutSearchEngine(await columnsByTable(post))).toEqual(
					withoutSearchEngine(await columnsByTable(lite))
				);
			} finally {
				await lite.drop();
				await post.drop();
			}
		}
	);
});
