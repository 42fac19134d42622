import { sql, type Kysely } from 'kysely';
import { log } from '$lib/server/log';
import { RECORD_TABLES, type Executor } from '$lib/server/repositories/records';
import type { WorkspaceKind } from './kinds/types';

/*
 * The trash: records moved there by a delete, which editors can restore and only admins
 * can empty. Emptying removes the records for good, with their tags, links, citations and
 * history; a record something else still depends on (a country with live cases) is kept.
 */

export interface TrashedItem {
	slug: string;
	kindLabel: string;
	id: string;
	title: string;
	deleted_at: string;
	deleted_by: string | null;
	version: number;
}

type Loose = Kysely<Record<string, Record<string, string | number | null>>>;

function titleColumn(kind: WorkspaceKind): string {
	return ['actor', 'country', 'theme'].includes(kind.type) ? 'name' : 'title';
}

export async function listTrash(
	db: Executor,
	kinds: readonly WorkspaceKind[]
): Promise<TrashedItem[]> {
	const items: TrashedItem[] = [];
	for (const kind of kinds) {
		const rows = await (db as unknown as Loose)
			.selectFrom(RECORD_TABLES[kind.type])
			.select([
				'id',
				sql<string>`${sql.ref(titleColumn(kind))}`.as('title'),
				'deleted_at',
				'deleted_by',
				'version'
			])
			.where('deleted_at', 'is not', null)
			.execute();
		for (const row of rows) {
			items.push({
				slug: kind.slug,
				kindLabel: kind.label,
				id: String(row.id),
				title: String(row.title),
				deleted_at: String(row.deleted_at),
				deleted_by: row.deleted_by === null ? null : String(row.deleted_by),
				version: Number(row.version)
			});
		}
	}
	return items.sort((a, b) => b.deleted_at.localeCompare(a.deleted_at));
}

/** Removes every trashed record for good; returns how many went and how many were kept. */
export async function emptyTrash(
	db: Executor,
	kinds: readonly WorkspaceKind[]
): Promise<{ removed: number; kept: number }> {
	let removed = 0;
	let kept = 0;
	for (const item of await listTrash(db, kinds)) {
		const kind = kinds.find((k) => k.slug === item.slug);
		if (!kind) continue;
		try {
			// One transaction per record, so one that is still needed elsewhere keeps only itself.
			await db.transaction().execute(async (trx) => {
				const loose = trx as unknown as Loose;
				await trx.deleteFrom('record_themes').where('record_id', '=', item.id).execute();
				await trx
					.deleteFrom('links')
					.where((eb) =>
						eb.or([
							eb.and([eb('from_type', '=', kind.type), eb('from_id', '=', item.id)]),
							eb.and([eb('to_type', '=', kind.type), eb('to_id', '=', item.id)])
						])
					)
					.execute();
				await trx
					.deleteFrom('citations')
					.where('record_type', '=', kind.type)
					.where('record_id', '=', item.id)
					.execute();
				await trx
					.deleteFrom('revisions')
					.where('record_type', '=', kind.type)
					.where('record_id', '=', item.id)
					.execute();
				await loose
					.deleteFrom(RECORD_TABLES[kind.type])
					.where('id', '=', item.id)
					.where('deleted_at', 'is not', null)
					.execute();
			});
			removed += 1;
		} catch (error) {
			kept += 1;
			log.warn(`Kept trashed ${kind.label} ${item.id}: ${(error as Error).message}`);
		}
	}
	return { removed, kept };
}
