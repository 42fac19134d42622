import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../db/connect.js';
import type { ParsedQuery, Term } from './query.js';
import { MATCH_END, MATCH_START } from './segments.js';
import type { Highlights, TextMatch } from './dialect.js';
import { TRANSLATION_RECORDS } from './translated.js';

/*
 * PostgreSQL: a weighted tsvector column (title A, names B, body C) with a GIN index. The
 * tsquery is assembled from the parsed terms with tsquery operators, each term bound as a
 * parameter, so the person's text is only ever text. A quoted phrase or an excluded word
 * goes through phraseto_tsquery (exact words, in order). A bare word matches as the beginning
 * of a word ("Boka" finds Bokaev): it is split into letters-and-digits tokens, which cannot
 * hold tsquery syntax, written as a phrase whose last token is a prefix (`'boka':*`).
 */

const CONFIG = sql.lit('english');

/* Translations may be in any language: matched word for word, without English stemming. */
const SIMPLE = sql.lit('simple');

function term(t: Term, config = CONFIG): RawBuilder<unknown> {
	return sql`phraseto_tsquery(${config}, ${t.text})`;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

function wanted(t: Term, config = CONFIG): RawBuilder<unknown> {
	const tokens = t.text.match(TOKEN) ?? [];
	if (t.phrase || tokens.length === 0) return term(t, config);
	const prefix = `${tokens.map((token) => `'${token}'`).join(' <-> ')}:*`;
	return sql`to_tsquery(${config}, ${prefix})`;
}

export function toTsquery(query: ParsedQuery, config = CONFIG): RawBuilder<unknown> {
	const want = (t: Term) => wanted(t, config);
	const groups = query.groups.map((group) =>
		group.length === 1 ? want(group[0] as Term) : sql`(${sql.join(group.map(want), sql` || `)})`
	);
	const parts = [...groups, ...query.excluded.map((t) => sql`!! ${term(t, config)}`)];
	return sql`(${sql.join(parts, sql` && `)})`;
}

export function postgresMatch(query: ParsedQuery, withTranslations = false): TextMatch {
	const tsquery = toTsquery(query);
	if (withTranslations) {
		// The record's own words, or any of its translations (migrations/0013's index), or a
		// translated name of an actor it names (translated.ts): a record found only by a
		// translation ranks below every match of its own words.
		return {
			from: sql`(
				select u.id, max(u.rank) as rank from (
					select x.id, ts_rank(x.document, ${tsquery}) as rank
					from search_documents x where x.document @@ ${tsquery}
					union all
					select x.id, 0 as rank from translations t
					join ${TRANSLATION_RECORDS} s on s.translation_id = t.id
					join search_documents x on x.record_type = s.record_type and x.record_id = s.record_id
					where to_tsvector('simple', t.text || ' ' || coalesce(t.published_text, '')) @@ ${toTsquery(query, SIMPLE)}
				) u group by u.id
			) h join search_documents d on d.id = h.id`,
			match: sql<SqlBool>`1 = 1`,
			rank: sql<number>`h.rank`
		};
	}
	return {
		from: sql`search_documents d`,
		match: sql<SqlBool>`d.document @@ ${tsquery}`,
		// Default weights {0.1, 0.2, 0.4, 1.0} for D, C, B, A: a title word outweighs a body word.
		rank: sql<number>`ts_rank(d.document, ${tsquery})`
	};
}

const MARKS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}`;

export async function postgresHighlights(
	db: DB,
	query: ParsedQuery,
	ids: number[]
): Promise<Map<number, Highlights>> {
	if (ids.length === 0) return new Map();
	const whole = `${MARKS}, HighlightAll=true`;
	const fragment = `${MARKS}, MaxWords=24, MinWords=10, MaxFragments=1`;
	const { rows } = await sql<Highlights & { id: number }>`
		select d.id,
			ts_headline(${CONFIG}, d.title, q.query, ${whole}) as title,
			ts_headline(${CONFIG}, d.names, q.query, ${fragment}) as names,
			ts_headline(${CONFIG}, d.body, q.query, ${fragment}) as body
		from search_documents d cross join (select ${toTsquery(query)} as query) q
		where d.id in (${sql.join(ids)})`.execute(db);
	return new Map(rows.map((r) => [Number(r.id), r]));
}
