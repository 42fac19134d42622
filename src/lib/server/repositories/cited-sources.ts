import { isPublished, isPublishedAttachment } from '../public/visibility.js';
import type { Executor } from './records.js';
import { readShape } from '../db/read-shape.js';
import {
	attachedToAny,
	nonEmptyRefs,
	refsAsParams,
	refsOfShape,
	type RecordRefs
} from './record-refs.js';

/* The sources cited on many records of several types, read in one query. */

/**
 * Who reads the citations: the public, only published citations of published sources; an
 * internal briefing pack, every citation whose source is not in the trash.
 */
export type CitationReader = 'public' | 'internal';

const citedSources = (reader: CitationReader) =>
	readShape((db, refs: Record<string, readonly string[]>) =>
		db
			.selectFrom('citations')
			.innerJoin('sources', 'sources.id', 'citations.source_id')
			.$if(reader === 'public', (q) =>
				q.where(isPublished('sources')).where(isPublishedAttachment('citations'))
			)
			.$if(reader === 'internal', (q) => q.where('sources.deleted_at', 'is', null))
			.where(attachedToAny('citations', refsOfShape(refs)))
			.select([
				'citations.record_type',
				'citations.record_id',
				'citations.locator',
				'sources.id as source_id',
				'sources.title',
				'sources.authors',
				'sources.publisher',
				'sources.kind',
				'sources.published_text',
				'sources.published_precision',
				'sources.published_earliest',
				'sources.published_latest',
				'sources.published_note',
				'sources.captured_on',
				'sources.url',
				'sources.archive_url',
				'sources.reliability'
			])
			.orderBy('citations.created_at')
			.orderBy('citations.id')
	);
const citedSourcesOf = { public: citedSources('public'), internal: citedSources('internal') };

/** The citations of the records in `refs`, with their sources, in the order they were added. */
export async function findCitedSources(
	db: Executor,
	refs: readonly RecordRefs[],
	reader: CitationReader
) {
	const wanted = nonEmptyRefs(refs);
	if (wanted.length === 0) return [];
	return citedSourcesOf[reader].execute(db, refsAsParams(wanted));
}
