import type { KyselyPlugin } from 'kysely';
import type { DB } from '../../src/lib/server/db/connect.js';

/**
 * The database handle with every query it runs counted (once per result: a query built from
 * subqueries is one query).
 */
export function countingQueries(db: DB): { db: DB; count: () => number; reset: () => void } {
	let n = 0;
	const plugin: KyselyPlugin = {
		transformQuery: (args) => args.node,
		// Called once per query the database answered (raw SQL included).
		transformResult: async (args) => {
			n++;
			return args.result;
		}
	};
	return {
		db: db.withPlugin(plugin),
		count: () => n,
		reset: () => {
			n = 0;
		}
	};
}
