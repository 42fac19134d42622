import type { DB } from '$lib/server/db/connect';
import type { ThemedRecordType } from '$lib/server/db/schema';
import type { PublicTheme } from '$lib/domain/public-records';
import { isPublished } from './visibility';

export interface ThemeIndex {
	of(type: ThemedRecordType, id: string): PublicTheme[];
}

/** Loads the published themes of many records of several types in one query. */
export async function loadThemes(
	db: DB,
	refs: readonly { type: ThemedRecordType; ids: readonly string[] }[]
): Promise<ThemeIndex> {
	const wanted = refs.filter((r) => r.ids.length > 0);
	if (wanted.length === 0) return { of: () => [] };

	const rows = await db
		.selectFrom('record_themes')
		.innerJoin('themes', 'themes.id', 'record_themes.theme_id')
		.where(isPublished('themes'))
		.where((eb) =>
			eb.or(
				wanted.map((r) =>
					eb.and([
						eb('record_themes.record_type', '=', r.type),
						eb('record_themes.record_id', 'in', [...r.ids])
					])
				)
			)
		)
		.select([
			'record_themes.record_type',
			'record_themes.record_id',
			'themes.slug',
			'themes.name',
			'themes.instrument',
			'themes.article'
		])
		.orderBy('themes.name')
		.execute();

	const byRecord = new Map<string, PublicTheme[]>();
	for (const row of rows) {
		const key = `${row.record_type}:${row.record_id}`;
		const list = byRecord.get(key) ?? [];
		list.push({
			slug: row.slug,
			name: row.name,
			instrument: row.instrument,
			article: row.article
		});
		byRecord.set(key, list);
	}
	return { of: (type, id) => byRecord.get(`${type}:${id}`) ?? [] };
}
