import { parseDatabaseUrl, describeDatabase } from './db/config.js';
import { connect, type DB } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { seedDemoIfEmpty } from './seed/demo.js';
import { log } from './log.js';
import { ensureFirstAdmin } from './auth/bootstrap.js';
import { authConfig } from './auth/config.js';
import { loadSecretKey, useSecretKey } from './auth/secret-key.js';
import { sealLegacyTotpKeys } from './auth/totp.js';

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
	// After connecting, so an unreachable database stops start-up before a key file is made.
	useSecretKey(loadSecretKey(env, config));
	const applied = await migrateToLatest(handle);
	if (applied.length > 0) log.info(`Applied migrations: ${applied.join(', ')}`);
	await checkTotpKeys(handle);
	if (env.PLEDGEWATCH_SKIP_DEMO !== '1') {
		const seeded = await seedDemoIfEmpty(handle);
		if (seeded) log.info('Loaded the demo record (Kazakhstan, late 2021) into the empty database.');
	}
	await ensureFirstAdmin(handle, env);
	log.info(`Database: ${describeDatabase(config)}`);
	database = handle;
	return handle;
}

/* Seals two-factor keys stored before sealing existed, and says if any do not open. */
async function checkTotpKeys(handle: DB): Promise<void> {
	const { sealed, unreadable } = await sealLegacyTotpKeys(handle);
	if (sealed > 0) log.info(`Encrypted ${sealed} two-factor key(s) stored before encryption.`);
	if (unreadable > 0) {
		log.error(
			`${unreadable} two-factor key(s) do not open with this secret key; those users cannot ` +
				'finish signing in. Set PLEDGEWATCH_SECRET_KEY to the key they were sealed with, or ' +
				'have an admin reset their two-factor sign-in.'
		);
	}
}

export async function stopRuntime(): Promise<void> {
	await database?.destroy();
	database = undefined;
}
