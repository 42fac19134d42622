import type { DB } from '$lib/server/db/connect';
import type { ThemedRecordType } from '$lib/server/db/schema';
import type { PublicTheme } from '$lib/domain/public-records';
import {
	attachedToAny,
	nonEmptyRefs,
	refsAsParams,
	refsOfShape,
	type RecordRefs
} from '$lib/server/repositories/record-refs';
import { readShape } from '$lib/server/db/read-shape';
import { isPublished } from './visibility';

export interface ThemeIndex {
	of(type: ThemedRecordType, id: string): PublicTheme[];
}

const publishedThemes = readShape((db, refs: Record<string, readonly string[]>) =>
	db
		.selectFrom('record_themes')
		.innerJoin('themes', 'themes.id', 'record_themes.theme_id')
		.where(isPublished('themes'))
		.where(attachedToAny('record_themes', refsOfShape(refs)))
		.select([
			'record_themes.record_type',
			'record_themes.record_id',
			'themes.slug',
			'themes.name',
			'themes.instrument',
			'themes.article'
		])
		.orderBy('themes.name')
);

/** Loads the published themes of many records of several types in one query. */
export async function loadThemes(
	db: DB,
	refs: readonly RecordRefs<ThemedRecordType>[]
): Promise<ThemeIndex> {
	const wanted = nonEmptyRefs(refs);
	if (wanted.length === 0) return { of: () => [] };

	const rows = await publishedThemes.execute(db, refsAsParams(wanted));

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
