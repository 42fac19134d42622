import type { Handle, ServerInit } from '@sveltejs/kit';
import { startRuntime } from '$lib/server/runtime';
import { ConfigError } from '$lib/server/db/config';
import { MigrationError } from '$lib/server/db/migrate';
import { log } from '$lib/server/log';

/* Opens, migrates and seeds the database before the first request; a bad setup stops start-up with one clear line. */
export const init: ServerInit = async () => {
	try {
		await startRuntime();
	} catch (error) {
		if (error instanceof ConfigError || error instanceof MigrationError) {
			log.error(error.message);
			process.exit(1);
		}
		throw error;
	}
};

export const handle: Handle = async ({ event, resolve }) => {
	return resolve(event);
};
