import { describeDatabase } from './db/config.js';
import { settings, useSettings, type Settings } from './config.js';
import { connect, type DB } from './db/connect.js';
import { migrateToLatest } from './db/migrate.js';
import { seedDemoIfEmpty } from './seed/demo.js';
import { configureLog, log } from './log.js';
import { ensureFirstAdmin } from './auth/bootstrap.js';
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

/** Starts with the settings given, or else those of the environment (read and checked now). */
export async function startRuntime(given?: Settings): Promise<DB> {
	if (database) return database;
	// Every setting is checked before anything happens, so a bad one stops start-up at once.
	if (given) useSettings(given);
	const current = settings();
	configureLog(current.log);
	const config = current.database;
	const handle = await connect(config);
	// After connecting, so an unreachable database stops start-up before a key file is made.
	useSecretKey(loadSecretKey(current, config));
	const applied = await migrateToLatest(handle);
	if (applied.length > 0) log.info(`Applied migrations: ${applied.join(', ')}`);
	await checkTotpKeys(handle);
	if (current.loadDemo) {
		const seeded = await seedDemoIfEmpty(handle);
		if (seeded) log.info('Loaded the demo record (Kazakhstan, late 2021) into the empty database.');
	}
	await ensureFirstAdmin(handle, current.admin);
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

/* Time to close the database once requests have finished, before giving up on it. */
const CLOSE_MS = 5000;

/**
 * Graceful shutdown of the built server: on SIGTERM (or SIGINT) adapter-node stops accepting
 * connections, lets requests in flight finish (a save under way commits) for up to
 * SHUTDOWN_TIMEOUT seconds, then emits `sveltekit:shutdown`; the database is closed then and
 * the process exits 0. Should closing fail, the process exits 1 at once; should it hang (a
 * query still waiting inside the database), at SHUTDOWN_TIMEOUT + 5 s.
 */
export function stopOnShutdown(): void {
	const bound = settings().shutdownTimeoutMs + CLOSE_MS;
	const backstop = () => {
		setTimeout(() => {
			log.error(`Shutdown did not finish within ${bound / 1000} s; exiting anyway.`);
			process.exit(1);
		}, bound).unref();
	};
	process.once('SIGTERM', backstop);
	process.once('SIGINT', backstop);
	process.once('sveltekit:shutdown', async (reason: string) => {
		log.info(`Stopping (${reason}): requests finished, closing the database.`);
		try {
			await stopRuntime();
		} catch (error) {
			log.error(`Closing the database failed (${(error as Error).message}); exiting anyway.`);
			process.exit(1);
		}
		log.info('Stopped.');
		process.exit(0);
	});
}

export async function stopRuntime(): Promise<void> {
	await database?.destroy();
	database = undefined;
}
