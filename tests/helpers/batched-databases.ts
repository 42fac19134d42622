import { afterAll, beforeAll } from 'vitest';
import { createDb, type DB } from '../../src/lib/server/db/connect.js';
import { createTestDatabase, type TestDatabase } from './databases.js';

/*
 * For the tests of a describe block: a PostgreSQL test database opened twice, once with its
 * marked reads batched (read-batch.ts) and once without, each telling `onStatement` of every
 * statement it sends. `fill` runs on the database first. The handles are set before the
 * block's tests run and closed after them.
 */
export function batchedAndPlain(
	onStatement: (text: string, batched: boolean) => void,
	fill: (db: DB) => Promise<unknown> = async () => undefined
): { batched: DB; plain: DB } {
	const dbs = {} as { batched: DB; plain: DB };
	let database: TestDatabase | undefined;
	beforeAll(async () => {
		database = await createTestDatabase('postgres');
		await fill(database.db);
		const url = database.url;
		const open = (batchReads: boolean) =>
			createDb(
				{ kind: 'postgres', url },
				{ batchReads, onStatement: (text) => onStatement(text, batchReads) }
			);
		dbs.batched = open(true);
		dbs.plain = open(false);
	}, 120_000);
	afterAll(async () => {
		await dbs.batched?.destroy();
		await dbs.plain?.destroy();
		await database?.drop();
	});
	return dbs;
}
