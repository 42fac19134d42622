import type { RecordType } from '$lib/server/db/schema';
import type { Executor } from '$lib/server/repositories/records';

/* Small facts about a record that the workflow asks before moving it on. */

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

/** Display names of users by id, for history and queues. */
export async function userNames(
	db: Executor,
	ids: readonly (string | null)[]
): Promise<Map<string, string>> {
	const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
	if (wanted.length === 0) return new Map();
	const rows = await db
		.selectFrom('users')
		.select(['id', 'display_name'])
		.where('id', 'in', wanted)
		.execute();
	return new Map(rows.map((r) => [r.id, r.display_name]));
}
