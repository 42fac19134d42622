import type { PreciseDate } from '../../dates.js';
import {
	RELIABILITY_GRADES,
	SOURCE_KINDS,
	type Reliability,
	type Source,
	type SourceKind
} from '../db/schema.js';
import { Checks } from './checks.js';
import { dateColumns } from './columns.js';
import { listConditions, listPage, type ListOptions, type SortOrder } from './listing.js';
import { defineRecordKind, recordOperations, recordWrites } from './records.js';
import type { Executor, RecordPatch } from './records.js';

export const SOURCE = defineRecordKind({
	type: 'source',
	title: 'title'
});
const ops = recordOperations(SOURCE);

export interface SourceInput {
	title: string;
	authors?: string;
	publisher?: string;
	kind: SourceKind;
	/** Publication date at the precision the source gives. */
	published_date?: PreciseDate | null;
	/** The day the web copy was read or archived (YYYY-MM-DD). */
	captured_on?: string | null;
	url?: string | null;
	archive_url?: string | null;
	reliability?: Reliability;
	description?: string;
	internal_notes?: string;
}

function columns(input: Partial<SourceInput>): RecordPatch<'sources'> {
	return {
		title: input.title?.trim(),
		authors: input.authors,
		publisher: input.publisher,
		kind: input.kind,
		...dateColumns('published', input.published_date),
		captured_on: input.captured_on,
		url: input.url === undefined ? undefined : input.url?.trim() || null,
		archive_url: input.archive_url === undefined ? undefined : input.archive_url?.trim() || null,
		reliability: input.reliability,
		description: input.description,
		internal_notes: input.internal_notes
	};
}

function check(_db: Executor, input: Partial<SourceInput>, current?: Source): void {
	new Checks()
		.text('title', input.title, !current)
		.oneOf('kind', input.kind, SOURCE_KINDS)
		.oneOf('reliability', input.reliability, RELIABILITY_GRADES)
		.day('captured_on', input.captured_on)
		.url('url', input.url?.trim() || null)
		.url('archive_url', input.archive_url?.trim() || null)
		.throwIfAny();
}

/** What the workspace edits sources through. */
export const sourceStore = recordWrites({
	kind: SOURCE,
	columns,
	check,
	required: ['title', 'kind']
});

export const { create: createSource, update: updateSource } = sourceStore;
export const { get: getSource, find: findSource, findMany: findSources } = ops;
export const { remove: deleteSource, restore: restoreSource, setStatus: setSourceStatus } = ops;

export interface SourceFilters extends ListOptions {
	kind?: SourceKind;
	reliability?: Reliability;
	/** Published on or after this day (YYYY-MM-DD), as far as its precision tells. */
	from?: string;
	to?: string;
	sort?: SortOrder;
}

/** Sources, newest publication first unless sorted otherwise; `q` searches the title. */
export async function listSources(db: Executor, filters: SourceFilters = {}): Promise<Source[]> {
	// Sources belong to no country and take no themes: only the common options and the date.
	const list = { table: 'sources', date: 'published', sort: 'date_desc' } as const;
	let query = db
		.selectFrom('sources')
		.selectAll()
		.where((eb) => eb.and(listConditions(list, filters)));
	if (filters.kind !== undefined) query = query.where('kind', '=', filters.kind);
	if (filters.reliability !== undefined) {
		query = query.where('reliability', '=', filters.reliability);
	}
	return listPage(query, list, filters).execute();
}

/**
 * The sources (not deleted) whose id, or whose title ignoring case, is one of `wanted`: what a
 * CSV import's sources column names. Any status: an import cites drafts too, as the form does.
 */
export async function findSourcesByIdOrTitle(
	db: Executor,
	wanted: readonly string[]
): Promise<{ id: string; title: string }[]> {
	if (wanted.length === 0) return [];
	const lowered = [...new Set(wanted.map((w) => w.toLowerCase()))];
	return db
		.selectFrom('sources')
		.select(['id', 'title'])
		.where((eb) =>
			eb.or([eb('id', 'in', [...new Set(wanted)]), eb(eb.fn('lower', ['title']), 'in', lowered)])
		)
		.where('deleted_at', 'is', null)
		.orderBy('id')
		.execute();
}
