import type { Kysely } from 'kysely';

/*
 * A note on a revision: the comment given when a record goes back to draft (a researcher
 * withdrawing it from review, or an editor sending it back), so the researcher reads on the
 * record and in their drafts what to change. It sits on the status revision it explains, so
 * the history keeps every comment with the move it belongs to.
 *
 * Frozen in time: imports nothing from src/.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
	await db.schema.alterTable('revisions').addColumn('note', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
	await db.schema.alterTable('revisions').dropColumn('note').execute();
}
