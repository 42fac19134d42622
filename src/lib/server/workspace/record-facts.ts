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

/*
 * Who last changed what the record says: the author of its latest content revision. Moving
 * it between states (submitting, publishing) or in and out of the trash is not a change of
 * content, so a researcher who submits a draft does not thereby become its last editor.
 */
const CONTENT_ACTIONS = ['create', 'update', 'restore'];

export async function lastContentEditor(
	db: Executor,
	type: RecordType,
	id: string
): Promise<string | null> {
	const row = await db
		.selectFrom('revisions')
		.select('created_by')
		.where('record_type', '=', type)
		.where('record_id', '=', id)
		.where('action', 'in', CONTENT_ACTIONS)
		.orderBy('version', 'desc')
		.orderBy('created_at', 'desc')
		.executeTakeFirst();
	return row?.created_by ?? null;
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
