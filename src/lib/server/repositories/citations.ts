import { randomUUID } from 'node:crypto';
import type {
	Citation,
	RecordType,
	Reliability,
	SourceKind,
	WorkflowStatus
} from '../db/schema.js';
import { now } from '../clock.js';
import { NotFoundError, ValidationError } from './errors.js';
import { assertRecordsExist, type Executor } from './records.js';

/* A citation attaches a source to any record, optionally pointing into it (page, paragraph). */

export interface CitationInput {
	source_id: string;
	record_type: RecordType;
	record_id: string;
	/** Where in the source: "p. 4", "para. 12". */
	locator?: string;
	note?: string;
}

/** Cites the source on the record; the same source at the same locator is cited once. */
export async function citeSource(
	db: Executor,
	input: CitationInput,
	userId: string | null
): Promise<Citation> {
	if (input.record_type === 'source') {
		throw new ValidationError({ record_type: 'A source is not cited on another source.' });
	}
	await assertRecordsExist(db, 'source', [input.source_id], 'source_id');
	await assertRecordsExist(db, input.record_type, [input.record_id], 'record_id');
	const locator = input.locator?.trim() ?? '';
	const duplicate = await db
		.selectFrom('citations')
		.select('id')
		.where('source_id', '=', input.source_id)
		.where('record_type', '=', input.record_type)
		.where('record_id', '=', input.record_id)
		.where('locator', '=', locator)
		.executeTakeFirst();
	if (duplicate) {
		throw new ValidationError({ locator: 'This source is already cited here at that locator.' });
	}
	const citation: Citation = {
		id: randomUUID(),
		source_id: input.source_id,
		record_type: input.record_type,
		record_id: input.record_id,
		locator,
		note: input.note?.trim() ?? '',
		created_at: now(),
		created_by: userId,
		// Public only once the record is published by someone else (four-eyes).
		published_at: null,
		published_by: null
	};
	await db.insertInto('citations').values(citation).execute();
	return citation;
}

export async function getCitation(db: Executor, id: string): Promise<Citation> {
	const row = await db.selectFrom('citations').selectAll().where('id', '=', id).executeTakeFirst();
	if (!row) throw new NotFoundError('citation', id);
	return row;
}

export async function updateCitation(
	db: Executor,
	id: string,
	patch: { locator?: string; note?: string }
): Promise<Citation> {
	const result = await db
		.updateTable('citations')
		.set({ locator: patch.locator?.trim(), note: patch.note?.trim() })
		.where('id', '=', id)
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) === 0) throw new NotFoundError('citation', id);
	return getCitation(db, id);
}

/** Publishes the record's unpublished citations, as its publication does. */
export async function publishCitationsOf(
	db: Executor,
	recordType: RecordType,
	recordId: string,
	userId: string | null
): Promise<void> {
	await db
		.updateTable('citations')
		.set({ published_at: now(), published_by: userId })
		.where('record_type', '=', recordType)
		.where('record_id', '=', recordId)
		.where('published_at', 'is', null)
		.execute();
}

export async function removeCitation(db: Executor, id: string): Promise<void> {
	const result = await db.deleteFrom('citations').where('id', '=', id).executeTakeFirst();
	if (Number(result.numDeletedRows) === 0) throw new NotFoundError('citation', id);
}

/** A citation with what a reader needs of its source. */
export type CitationWithSource = Citation & {
	source_title: string;
	source_kind: SourceKind;
	source_publisher: string;
	source_published_text: string | null;
	source_url: string | null;
	source_reliability: Reliability;
	source_status: WorkflowStatus;
	source_deleted_at: string | null;
};

/** The record's citations with their sources, in the order they were added. */
export async function listCitations(
	db: Executor,
	recordType: RecordType,
	recordId: string
): Promise<CitationWithSource[]> {
	return db
		.selectFrom('citations')
		.innerJoin('sources', 'sources.id', 'citations.source_id')
		.selectAll('citations')
		.select([
			'sources.title as source_title',
			'sources.kind as source_kind',
			'sources.publisher as source_publisher',
			'sources.published_text as source_published_text',
			'sources.url as source_url',
			'sources.reliability as source_reliability',
			'sources.status as source_status',
			'sources.deleted_at as source_deleted_at'
		])
		.where('citations.record_type', '=', recordType)
		.where('citations.record_id', '=', recordId)
		.orderBy('citations.created_at')
		.orderBy('citations.id')
		.execute();
}

/** Every citation of the source: which records rely on it. */
export async function listCitingRecords(db: Executor, sourceId: string): Promise<Citation[]> {
	return db
		.selectFrom('citations')
		.selectAll()
		.where('source_id', '=', sourceId)
		.orderBy('record_type')
		.orderBy('created_at')
		.orderBy('id')
		.execute();
}

/** How many sources the record cites. */
export async function countCitations(db: Executor, type: RecordType, id: string): Promise<number> {
	const row = await db
		.selectFrom('citations')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('record_type', '=', type)
		.where('record_id', '=', id)
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

/** Citations not yet published with the record they were added to, for the review queue. */
export function listUnpublishedCitations(db: Executor) {
	return db
		.selectFrom('citations')
		.select(['record_type', 'record_id', 'created_at', 'created_by'])
		.where('published_at', 'is', null)
		.execute();
}
