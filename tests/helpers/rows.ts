import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import type { Database, WorkflowStatus } from '../../src/lib/server/db/schema.js';

/*
 * Rows written straight into a test database, for fixtures that need given ids and none of
 * what the services add on the way (a password, revisions, audit entries).
 */

/** A staff account with no password or two-factor key, created (and last updated) `at`. */
export async function insertUser(
	db: Kysely<Database>,
	user: Pick<Insertable<Database['users']>, 'id' | 'email' | 'display_name' | 'role'>,
	at: string
): Promise<void> {
	await db
		.insertInto('users')
		.values({ ...user, created_at: at, updated_at: at })
		.execute();
}

type LinkRow = Insertable<Database['links']>;

/**
 * A link row from `from` to `to` ([type, id] each) with its note, added by `userId` at `at`;
 * published then unless `published` is false (a link still waiting for review).
 */
export function linkRow(
	kind: LinkRow['kind'],
	from: [LinkRow['from_type'], string],
	to: [LinkRow['to_type'], string],
	note: string,
	added: { at: string; userId: string; published?: boolean }
): LinkRow {
	return {
		id: randomUUID(),
		kind,
		from_type: from[0],
		from_id: from[1],
		to_type: to[0],
		to_id: to[1],
		note,
		created_at: added.at,
		created_by: added.userId,
		published_at: added.published === false ? null : added.at
	};
}

/**
 * The workflow columns of a record row in `status`, written by `userId` at `at` with its
 * internal notes; in the trash since then too when `deleted`.
 */
export function workflowColumns(
	status: WorkflowStatus,
	written: { at: string; userId: string; internalNotes: string },
	deleted = false
) {
	const { at, userId } = written;
	return {
		status,
		internal_notes: written.internalNotes,
		created_at: at,
		updated_at: at,
		created_by: userId,
		updated_by: userId,
		published_at: status === 'published' ? at : null,
		published_by: status === 'published' ? userId : null,
		deleted_at: deleted ? at : null,
		deleted_by: deleted ? userId : null
	};
}
