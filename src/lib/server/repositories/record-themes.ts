import type { ThemedRecordType } from '../db/schema.js';
import { assertRecordsExist, type Executor } from './records.js';

/* Themes tag pledges, cases, asks and laws through the one record_themes table. */

/** The record's theme ids, sorted so snapshots compare stably. */
export async function listRecordThemeIds(
	db: Executor,
	type: ThemedRecordType,
	id: string
): Promise<string[]> {
	const rows = await db
		.selectFrom('record_themes')
		.select('theme_id')
		.where('record_type', '=', type)
		.where('record_id', '=', id)
		.orderBy('theme_id')
		.execute();
	return rows.map((r) => r.theme_id);
}

/** Replaces the record's themes with `themeIds`; call inside the record's write transaction. */
export async function replaceRecordThemes(
	db: Executor,
	type: ThemedRecordType,
	id: string,
	themeIds: readonly string[]
): Promise<void> {
	const unique = [...new Set(themeIds)];
	await assertRecordsExist(db, 'theme', unique, 'theme_ids');
	await db
		.deleteFrom('record_themes')
		.where('record_type', '=', type)
		.where('record_id', '=', id)
		.execute();
	if (unique.length === 0) return;
	await db
		.insertInto('record_themes')
		.values(unique.map((theme_id) => ({ record_type: type, record_id: id, theme_id })))
		.execute();
}

/** A kind's `related` for records whose only join rows are their themes. */
export function themeIdsOf(type: ThemedRecordType) {
	return async (db: Executor, id: string): Promise<{ theme_ids: string[] }> => ({
		theme_ids: await listRecordThemeIds(db, type, id)
	});
}

/** The write of the record's themes, or undefined when the input leaves them as they are. */
export function relateThemes(type: ThemedRecordType, themeIds: readonly string[] | undefined) {
	if (themeIds === undefined) return undefined;
	return (trx: Executor, id: string) => replaceRecordThemes(trx, type, id, themeIds);
}
