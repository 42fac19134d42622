import { now } from '../clock.js';
import type { Executor } from './records.js';

/* Workspace settings, one text value per key, with who changed each last. */

/** The value stored under `key`, or undefined when it was never set. */
export async function readSetting(db: Executor, key: string): Promise<string | undefined> {
	const row = await db
		.selectFrom('settings')
		.select('value')
		.where('key', '=', key)
		.executeTakeFirst();
	return row?.value;
}

/** Stores `value` under `key`, replacing what was there. */
export async function writeSetting(
	db: Executor,
	key: string,
	value: string,
	userId: string | null
): Promise<void> {
	const values = { value, updated_at: now(), updated_by: userId };
	await db
		.insertInto('settings')
		.values({ key, ...values })
		.onConflict((oc) => oc.column('key').doUpdateSet(values))
		.execute();
}
