import { sql } from 'kysely';
import type { DB } from '../db/connect.js';
import type { DatePrecision, WorkflowStatus } from '../db/schema.js';
import { hasTranslations, textSearchFor, type TextMatch } from './dialect.js';
import {
	filterConditions,
	orderBy,
	searchOptionsSchema,
	whereClause,
	type CheckedSearchOptions,
	type SearchOptions,
	type SearchType
} from './options.js';
import { isEmptyQuery, parseQuery, type ParsedQuery } from './query.js';
import { markdownFragmentText, markdownText } from '../markdown.js';
import { hasMatch, openingWords, toSegments, type Segment } from './segments.js';

/*
 * Full-text search across cases, pledges, engagements, asks, actors, laws and sources, with
 * the workspace's filters. One module for both databases: dialect.ts picks FTS5 or tsvector.
 *
 * Staff only: documents hold internal drafts and the real names of at-risk actors, so a public
 * search must never be built on this module without its own published-only, pseudonymised index.
 *
 * A search runs in three small steps: the page of matches (ids, rank and the total, in one
 * query that touches no text), then the page's rows, then their highlights. Only the page
 * pays for highlighting, however many records match.
 */

export { SEARCH_SORTS, SEARCH_TYPES, searchOptionsSchema } from './options.js';
export type { SearchOptions, SearchSort, SearchType } from './options.js';
export type { Segment } from './segments.js';

export interface SearchItem {
	type: SearchType;
	id: string;
	title: string;
	/** The title with matched words marked. */
	titleSegments: Segment[];
	/** Where the match is: a fragment of the body or of the names, else the body's opening words. */
	snippet: Segment[];
	/** Higher is more relevant; 0 when there is no text query. */
	rank: number;
	countryId: string | null;
	status: WorkflowStatus;
	deleted: boolean;
	/** Case type, kind, law status or ask status. */
	kind: string | null;
	date: { text: string; precision: DatePrecision } | null;
}

export interface SearchResult {
	total: number;
	items: SearchItem[];
}

interface PageRow {
	id: number;
	rank: number;
	total: number;
}

interface DocumentRow {
	id: number;
	record_type: SearchType;
	record_id: string;
	title: string;
	names: string;
	body: string;
	country_id: string | null;
	status: WorkflowStatus;
	deleted: number;
	kind: string | null;
	date_text: string | null;
	date_precision: DatePrecision | null;
}

/*
 * The page of matches with the total beside each row. The window count runs over a derived
 * table because SQLite's FTS5 ranking function cannot be called from a window query directly.
 */
function matchingRows(
	options: CheckedSearchOptions,
	text: TextMatch | null,
	limit: number | null,
	offset: number
) {
	const sort = options.sort ?? (text ? 'relevance' : 'date_desc');
	const order =
		sort === 'relevance' ? (text ? sql`m.rank desc, m.id` : orderBy('date_desc')) : orderBy(sort);
	const filters = whereClause(filterConditions(options));
	const page = limit === null ? sql`` : sql`limit ${limit} offset ${offset}`;
	return sql<PageRow & { record_id: string }>`
		select m.id, m.record_id, m.rank, count(*) over () as total
		from (
			select d.id, d.record_id, d.title, d.updated_at,
				coalesce(d.date_earliest, d.date_latest) as date_key,
				${text ? text.rank : sql`0`} as rank
			from ${text ? text.from : sql`search_documents d`}
			where ${text ? text.match : sql`1 = 1`} ${filters}
		) m
		order by ${order} ${page}`;
}

async function countMatches(db: DB, options: CheckedSearchOptions, text: TextMatch | null) {
	const filters = whereClause(filterConditions(options));
	const { rows } = await sql<{ total: number }>`
		select count(*) as total from ${text ? text.from : sql`search_documents d`}
		where ${text ? text.match : sql`1 = 1`} ${filters}`.execute(db);
	return Number(rows[0]?.total ?? 0);
}

/*
 * Descriptions are Markdown; a snippet reads as the text the page would show, so "**",
 * link targets and the like are dropped (the match marks are characters Markdown leaves be).
 */
function snippetOf(row: DocumentRow, marked?: { names: string; body: string }): Segment[] {
	if (marked) {
		const body = toSegments(markdownFragmentText(marked.body));
		if (hasMatch(body)) return body;
		const names = toSegments(marked.names);
		if (hasMatch(names)) return names;
	}
	const opening = openingWords(markdownText(row.body));
	return opening.length > 0 ? opening : openingWords(row.names);
}

/** Searches the records; `options.q` is read like a web search box (see query.ts). */
export async function searchRecords(db: DB, input: SearchOptions): Promise<SearchResult> {
	const options = searchOptionsSchema.parse(input);
	const query = parseQuery(options.q);
	const search = textSearchFor(db);
	const text = isEmptyQuery(query) ? null : search.match(query, await hasTranslations(db));

	const { rows: page } = await matchingRows(options, text, options.limit, options.offset).execute(
		db
	);
	const total = page.length > 0 ? Number(page[0]?.total) : await countMatches(db, options, text);
	if (page.length === 0) return { total, items: [] };

	const ids = page.map((r) => Number(r.id));
	const documents = await db
		.selectFrom('search_documents as d')
		.select([
			'd.id',
			'd.record_type',
			'd.record_id',
			'd.title',
			'd.names',
			'd.body',
			'd.country_id',
			'd.status',
			'd.deleted',
			'd.kind',
			'd.date_text',
			'd.date_precision'
		])
		.where('d.id', 'in', ids)
		.execute();
	const byId = new Map(documents.map((d) => [Number(d.id), d as DocumentRow]));
	const marks = text ? await search.highlights(db, query, ids) : new Map();

	const items = page.flatMap((p): SearchItem[] => {
		const row = byId.get(Number(p.id));
		if (!row) return [];
		const marked = marks.get(Number(p.id));
		return [
			{
				type: row.record_type,
				id: row.record_id,
				title: row.title,
				titleSegments: marked ? toSegments(marked.title) : toSegments(row.title),
				snippet: snippetOf(row, marked),
				rank: Number(p.rank),
				countryId: row.country_id,
				status: row.status,
				deleted: row.deleted === 1,
				kind: row.kind,
				date:
					row.date_text && row.date_precision
						? { text: row.date_text, precision: row.date_precision }
						: null
			}
		];
	});
	return { total, items };
}

/**
 * Ids of every record the search finds, in its order, without a page limit: what an export
 * of a filtered list needs. `limit` and `offset` in the options are ignored.
 */
export async function searchRecordIds(db: DB, input: SearchOptions): Promise<string[]> {
	const options = searchOptionsSchema.parse(input);
	const query: ParsedQuery = parseQuery(options.q);
	const text = isEmptyQuery(query)
		? null
		: textSearchFor(db).match(query, await hasTranslations(db));
	const { rows } = await matchingRows(options, text, null, 0).execute(db);
	return rows.map((r) => r.record_id);
}
