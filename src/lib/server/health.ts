import { sql } from 'kysely';
import type { DB } from './db/connect.js';
import { pendingMigrations } from './db/migrate.js';
import { log } from './log.js';

/*
 * Whether this instance can serve: the database answers and its schema is the one this code
 * expects (no migration pending). A load balancer asks /healthz; an instance whose database
 * is unreachable, slow or behind is taken out of rotation until it is healthy again.
 */

/* A check slower than this counts as failed: a balancer must not wait on a hung database. */
const CHECK_MS = 3000;

export async function isHealthy(open: () => DB): Promise<boolean> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_MS} ms`)), CHECK_MS);
	});
	try {
		const db = open();
		const pending = await Promise.race([
			sql`select 1`.execute(db).then(() => pendingMigrations(db)),
			timeout
		]);
		if (pending.length > 0) log.warn(`Health check: migrations pending (${pending.join(', ')}).`);
		return pending.length === 0;
	} catch (error) {
		// The reason goes to the log only; the public answer says nothing about the database.
		log.warn(`Health check failed: ${error instanceof Error ? error.message : String(error)}`);
		return false;
	} finally {
		clearTimeout(timer);
	}
}
