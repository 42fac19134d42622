import type { Executor } from '$lib/server/repositories/records';
import { readSetting, writeSetting } from '$lib/server/repositories/settings';

/*
 * Workspace settings kept in the settings table. The four-eyes rule is on unless an admin
 * turns it off (for a one-person team).
 */

const FOUR_EYES_KEY = 'four_eyes';

export async function fourEyesRequired(db: Executor): Promise<boolean> {
	return (await readSetting(db, FOUR_EYES_KEY)) !== 'off';
}

export async function setFourEyesRequired(
	db: Executor,
	required: boolean,
	userId: string | null
): Promise<void> {
	await writeSetting(db, FOUR_EYES_KEY, required ? 'on' : 'off', userId);
}
