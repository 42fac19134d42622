import type { Executor } from '$lib/server/repositories/records';
import { now } from '$lib/server/clock';

/*
 * Workspace settings kept in the settings table. The four-eyes rule is on unless an admin
 * turns it off (for a one-person team).
 */

export const FOUR_EYES_KEY = 'four_eyes';

export async function fourEyesRequired(db: Executor): Promise<boolean> {
	const row = await db
		.selectFrom('settings')
		.select('value')
		.where('key', '=', FOUR_EYES_KEY)
		.executeTakeFirst();
	return row?.value !== 'off';
}

export async function setFourEyesRequired(
	db: Executor,
	required: boolean,
	userId: string | null
): Promise<void> {
	const values = { value: required ? 'on' : 'off', updated_at: now(), updated_by: userId };
	await db
		.insertInto('settings')
		.values({ key: FOUR_EYES_KEY, ...values })
		.onConflict((oc) => oc.column('key').doUpdateSet(values))
		.execute();
}
