import { sql, type SqlBool } from 'kysely';
import type { DB } from '../db/connect.js';
import type { ParsedQuery, Term } from './query.js';
import { MATCH_END, MATCH_START } from './segments.js';
import type { Highlights, TextMatch } from './dialect.js';
import { TRANSLATION_RECORDS } from './translated.js';

/*
 * SQLite: FTS5 over search_documents (external content). The FTS5 query is rebuilt from the
 * parsed terms with every term in double quotes, which FTS5 reads as a plain string: no
 * operator, column filter, prefix star or NEAR group the person typed survives as syntax.
 * A bare word (not a quoted phrase) matches as the beginning of a word ("Boka" finds
 * Bokaev): the star after the closing quote is ours, never typed. The whole query string is
 * still bound as a parameter.
 */

/** Title words count ten times a body word, names (actors, laws, sources) four times. */
const WEIGHTS = sql`10.0, 4.0, 1.0`;

function quoted(term: Term): string {
	return `"${term.text.replaceAll('"', '""')}"`;
}

/* A bare word matches any word it begins; a phrase matches exactly. */
function wanted(term: Term): string {
	return term.phrase ? quoted(term) : `${quoted(term)} *`;
}

export function toFts5(query: ParsedQuery): string {
	const groups = query.groups.map((group) =>
		group.length === 1 ? wanted(group[0] as Term) : `(${group.map(wanted).join(' OR ')})`
	);
	let expression = groups.join(' AND ');
	for (const term of query.excluded) expression = `(${expression}) NOT ${quoted(term)}`;
	return expression;
}

export function sqliteMatch(query: ParsedQuery, withTranslations = false): TextMatch {
	const fts = toFts5(query);
	if (withTranslations) {
		// The record's own words, or any of its translations (migrations/0013's translation_fts),
		// or a translated name of an actor it names (translated.ts): a record found only by a
		// translation ranks below every match of its own words.
		return {
			from: sql`(
				select u.id, max(u.rank) as rank from (
					select rowid as id, -bm25(search_fts, ${WEIGHTS}) as rank
					from search_fts where search_fts match ${fts}
					union all
					select x.id, 0.0 as rank from translation_fts f
					join translations t on t.rowid = f.rowid
					join ${TRANSLATION_RECORDS} s on s.translation_id = t.id
					join search_documents x on x.record_type = s.record_type and x.record_id = s.record_id
					where translation_fts match ${fts}
				) u group by u.id
			) h join search_documents d on d.id = h.id`,
			match: sql<SqlBool>`1 = 1`,
			rank: sql<number>`h.rank`
		};
	}
	return {
		// CROSS JOIN keeps SQLite from starting anywhere but the full-text index.
		from: sql`search_fts cross join search_documents d`,
		match: sql<SqlBool>`search_fts match ${fts} and d.id = search_fts.rowid`,
		rank: sql<number>`-bm25(search_fts, ${WEIGHTS})`
	};
}

export async function sqliteHighlights(
	db: DB,
	query: ParsedQuery,
	ids: number[]
): Promise<Map<number, Highlights>> {
	if (ids.length === 0) return new Map();
	const { rows } = await sql<Highlights & { id: number }>`
		select rowid as id,
			highlight(search_fts, 0, ${MATCH_START}, ${MATCH_END}) as title,
			snippet(search_fts, 1, ${MATCH_START}, ${MATCH_END}, '…', 16) as names,
			snippet(search_fts, 2, ${MATCH_START}, ${MATCH_END}, '…', 24) as body
		from search_fts
		where search_fts match ${toFts5(query)} and rowid in (${sql.join(ids)})`.execute(db);
	return new Map(rows.map((r) => [Number(r.id), r]));
}
