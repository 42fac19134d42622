import { Checks } from './checks.js';
import { assertRecordsExist, type Executor } from './records.js';

/*
 * The rules every record of one country shares (asks, laws, cases, engagements, pledges):
 * it has a title and a country, both required when it is created, and the country exists.
 */

/**
 * Checks with the title, any `alsoRequired` text fields (in that order, so the messages read
 * as the form does) and the country; `current` is the stored row when this is an update.
 */
export function countryRecordChecks(
	input: { title?: string; country_id?: string },
	current: object | undefined,
	alsoRequired: Record<string, string | undefined> = {}
): Checks {
	const checks = new Checks().text('title', input.title, !current);
	for (const [field, value] of Object.entries(alsoRequired)) checks.text(field, value, !current);
	return checks.text('country_id', input.country_id, !current);
}

/** Fails on `country_id` when the input names a country that does not exist. */
export async function assertCountryExists(
	db: Executor,
	countryId: string | undefined
): Promise<void> {
	if (countryId) await assertRecordsExist(db, 'country', [countryId], 'country_id');
}
