import { afterAll, beforeAll } from 'vitest';
import type { DB } from '../../src/lib/server/db/connect.js';
import { startAppServer, type AppServer } from './app-server.js';
import { createTestDatabase, type Dialect, type TestDatabase } from './databases.js';

export interface ServedApp<F> {
	app: AppServer;
	database: TestDatabase;
	/** What `prepare` returned (the seeded fixture's ids). */
	fixture: F;
}

/*
 * The built app served on a database of its own for the calling describe block: the database
 * is made and `prepare`d (seeded) before the block's tests, the app started on it with `env`,
 * and both stopped and dropped after them. Read the handle's fields inside hooks and tests.
 */
export function servedApp<F = undefined>(
	dialect: Dialect,
	options: { prepare?: (db: DB) => Promise<F>; env?: Record<string, string> } = {}
): ServedApp<F> {
	const served = {} as ServedApp<F>;
	beforeAll(async () => {
		served.database = await createTestDatabase(dialect);
		served.fixture = (await options.prepare?.(served.database.db)) as F;
		served.app = await startAppServer({ databaseUrl: served.database.url, env: options.env });
	}, 180_000);
	afterAll(async () => {
		await served.app?.stop();
		await served.database?.drop();
	});
	return served;
}
