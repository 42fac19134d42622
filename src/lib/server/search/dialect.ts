import type { RawBuilder, SqlBool } from 'kysely';
import { dialectOf, type DB } from '../db/connect.js';
import type { ParsedQuery } from './query.js';
import { postgresHighlights, postgresMatch } from './postgres.js';
import { sqliteHighlights, sqliteMatch } from './sqlite.js';

/* The two things that differ between the databases: how text matches and ranks, and how matches are marked. */

export interface TextMatch {
	/** FROM clause that exposes the documents as `d`. */
	from: RawBuilder<unknown>;
	match: RawBuilder<SqlBool>;
	/** Higher is better. */
	rank: RawBuilder<number>;
}

/** Title with every match marked, and the best fragment of the names and of the body. */
export interface Highlights {
	title: string;
	names: string;
	body: string;
}

export interface TextSearch {
	/** `withTranslations`: a record also matches by the words of its translations. */
	match(query: ParsedQuery, withTranslations?: boolean): TextMatch;
	highlights(db: DB, query: ParsedQuery, ids: number[]): Promise<Map<number, Highlights>>;
}

const SEARCHES: Record<'sqlite' | 'postgres', TextSearch> = {
	sqlite: { match: sqliteMatch, highlights: sqliteHighlights },
	postgres: { match: postgresMatch, highlights: postgresHighlights }
};

export function textSearchFor(db: DB): TextSearch {
	return SEARCHES[dialectOf(db)];
}

/** Whether any record has a translation; without one the search skips the translation index. */
export async function hasTranslations(db: DB): Promise<boolean> {
	return (
		(await db.selectFrom('translations').select('id').limit(1).executeTakeFirst()) !== undefined
	);
}
