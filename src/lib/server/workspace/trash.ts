import { log } from '$lib/server/log';
import { listTrashedRecords, purgeRecord } from '$lib/server/repositories/trashed-records';
import type { Executor } from '$lib/server/repositories/records';
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

export async function listTrash(
	db: Executor,
	kinds: readonly WorkspaceKind[]
): Promise<TrashedItem[]> {
	const items: TrashedItem[] = [];
	for (const kind of kinds) {
		for (const row of await listTrashedRecords(db, kind.type)) {
			items.push({ slug: kind.slug, kindLabel: kind.label, ...row });
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
			await purgeRecord(db, kind.type, item.id);
			removed += 1;
		} catch (error) {
			kept += 1;
			log.warn(`Kept trashed ${kind.label} ${item.id}: ${(error as Error).message}`);
		}
	}
	return { removed, kept };
}
