import { compareDates, fromColumns } from '$lib/dates';
import type { DB } from '$lib/server/db/connect';
import type { RecordType } from '$lib/server/db/schema';
import type { PublicCitation, PublicSource } from '$lib/domain/public-records';
import { findCitedSources } from '$lib/server/repositories/cited-sources';
import type { RecordRefs } from '$lib/server/repositories/record-refs';

export interface CitationIndex {
	/** The citations of one record, to published sources only, in the order they were added. */
	of(type: RecordType, id: string): PublicCitation[];
	/** Every published source cited by the given records, oldest first. */
	sources: PublicSource[];
}

/** Loads the citations of many records of several types in one query. */
export async function loadCitations(db: DB, refs: readonly RecordRefs[]): Promise<CitationIndex> {
	const rows = await findCitedSources(db, refs, 'public');
	if (rows.length === 0) return { of: () => [], sources: [] };

	const byRecord = new Map<string, PublicCitation[]>();
	const sources = new Map<string, PublicSource>();
	for (const row of rows) {
		const published = fromColumns(row, 'published');
		const key = `${row.record_type}:${row.record_id}`;
		const list = byRecord.get(key) ?? [];
		list.push({
			sourceId: row.source_id,
			title: row.title,
			authors: row.authors,
			publisher: row.publisher,
			published,
			locator: row.locator
		});
		byRecord.set(key, list);
		if (!sources.has(row.source_id)) {
			sources.set(row.source_id, {
				id: row.source_id,
				title: row.title,
				authors: row.authors,
				publisher: row.publisher,
				kind: row.kind,
				published,
				capturedOn: row.captured_on,
				url: webAddress(row.url),
				archiveUrl: webAddress(row.archive_url),
				reliability: row.reliability
			});
		}
	}

	return {
		of: (type, id) => byRecord.get(`${type}:${id}`) ?? [],
		sources: [...sources.values()].sort(
			(a, b) => compareDates(a.published, b.published) || a.title.localeCompare(b.title)
		)
	};
}

/** Only http(s) addresses become links: a stored `javascript:` or `data:` URL must never reach an href. */
export function webAddress(url: string | null): string | null {
	if (!url) return null;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
	} catch {
		return null;
	}
}
