/*
 * What a person typed in the search box, read the way web search engines read it (and as
 * PostgreSQL's websearch_to_tsquery does): words must all appear, "quoted words" must appear
 * together, OR between two items accepts either, AND is implied, and -word excludes. Everything else in the
 * input is just text: quotes, stars, brackets, backslashes, NEAR, SQL keywords never reach
 * the database as syntax, because each dialect turns these terms into its own query from
 * scratch and passes the words as bound parameters.
 */

export interface Term {
	/** The word or the quoted phrase, as typed, with at least one letter or digit. */
	text: string;
	phrase: boolean;
}

export interface ParsedQuery {
	/** Every group must match; a group matches when any of its terms does. */
	groups: Term[][];
	/** Terms no result may contain. */
	excluded: Term[];
}

const TOKEN = /(-?)"([^"]*)"?|(\S+)/g;
const HAS_WORD = /[\p{L}\p{N}]/u;
/** Long enough for any real query; keeps pathological input from building huge queries. */
const MAX_TERMS = 32;

export function parseQuery(input: string | null | undefined): ParsedQuery {
	const groups: Term[][] = [];
	const excluded: Term[] = [];
	let joinNext = false;
	let count = 0;
	// Control characters (NUL ends a string inside FTS5) are never part of a word.
	const text = (input ?? '').slice(0, 1000).replace(/\p{Cc}/gu, ' ');
	for (const match of text.matchAll(TOKEN)) {
		if (count >= MAX_TERMS) break;
		const [, minus, quoted, bare] = match;
		if (bare !== undefined && /^or$/i.test(bare)) {
			joinNext = groups.length > 0;
			continue;
		}
		// Words must all match anyway, so a typed AND is the default, not a word to look for.
		if (bare !== undefined && /^and$/i.test(bare)) continue;
		const negated = minus === '-' || (bare?.startsWith('-') ?? false);
		const words = (quoted ?? bare ?? '').replace(/^-+/, '').trim();
		if (!HAS_WORD.test(words)) continue;
		const term: Term = { text: words, phrase: quoted !== undefined };
		count++;
		if (negated) {
			excluded.push(term);
			joinNext = false;
		} else if (joinNext) {
			groups.at(-1)?.push(term);
			joinNext = false;
		} else {
			groups.push([term]);
		}
	}
	return { groups, excluded };
}

/** A query with nothing positive to look for matches everything, so it is no text query. */
export function isEmptyQuery(query: ParsedQuery): boolean {
	return query.groups.length === 0;
}
