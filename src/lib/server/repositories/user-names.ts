import type { Executor } from './records.js';

/** Display names of users by id, for history, queues and the trash; unknown ids are left out. */
export async function findUserNames(
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
