import { parseDatabaseUrl, describeDatabase } from './db/config.js';
import { connect, type DB } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { seedDemoIfEmpty } from './seed/demo.js';
import { log } from './log.js';
import { ensureFirstAdmin } from './auth/bootstrap.js';
import { authConfig } from './auth/config.js';

/*
 * The server's one database handle, opened, migrated and seeded once at start-up
 * (from the `init` hook) before the first request is served.
 */

let database: DB | undefined;

export function db(): DB {
	if (!database) throw new Error('The database is not open yet: start-up has not finished.');
	return database;
}

export async function startRuntime(env: NodeJS.ProcessEnv = process.env): Promise<DB> {
	if (database) return database;
	const config = parseDatabaseUrl(env.DATABASE_URL);
	// Read now so a bad setting stops start-up instead of failing the first sign-in.
	authConfig();
	const handle = await connect(config);
	const applied = await migrateToLatest(handle);
	if (applied.length > 0) log.info(`Applied migrations: ${applied.join(', ')}`);
	if (env.PLEDGEWATCH_SKIP_DEMO !== '1') {
		const seeded = await seedDemoIfEmpty(handle);
		if (seeded) log.info('Loaded the demo record (Kazakhstan, late 2021) into the empty database.');
	}
	await ensureFirstAdmin(handle, env);
	log.info(`Database: ${describeDatabase(config)}`);
	database = handle;
	return handle;
}

export async function stopRuntime(): Promise<void> {
	await database?.destroy();
	database = undefined;
}
