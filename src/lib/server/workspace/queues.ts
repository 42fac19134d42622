import { m } from '$lib/paraglide/messages';
import type { RecordType, WorkflowStatus } from '$lib/server/db/schema';
import { listUnpublishedAssessments } from '$lib/server/repositories/assessments';
import { listUnpublishedCitations } from '$lib/server/repositories/citations';
import { listUnpublishedLinks } from '$lib/server/repositories/links';
import { listPendingRevisions } from '$lib/server/repositories/pending-revisions';
import { findLatestMoveNotes } from '$lib/server/repositories/revisions';
import type { Executor } from '$lib/server/repositories/records';
import {
	listPublishedRecords,
	listRecordsInStatus
} from '$lib/server/repositories/workflow-records';
import type { WorkspaceKind } from './kinds/types';
import { findUserNames } from '$lib/server/repositories/user-names';

/*
 * Work waiting for someone, across every record type: the review queue (everything in review,
 * and published records with changes in review, oldest first) and a researcher's own drafts
 * (records they created or last changed that are not yet published).
 */

export interface QueueItem {
	slug: string;
	kindLabel: string;
	id: string;
	title: string;
	status: WorkflowStatus;
	version: number;
	updated_at: string;
	updatedBy: string;
	/** Set on a published record whose changes wait for review: what they are. */
	changes?: string;
	/** Set on a draft sent back from review with a comment: what to change, and who said so. */
	comment?: { text: string; by: string; at: string };
}

interface QueueFilter {
	statuses: WorkflowStatus[];
	/** Only records this user created or last changed. */
	userId?: string;
}

export async function listQueue(
	db: Executor,
	kinds: readonly WorkspaceKind[],
	filter: QueueFilter
): Promise<QueueItem[]> {
	const rows: (QueueItem & { updated_by: string | null; comment_by?: string | null })[] = [];
	for (const kind of kinds) {
		const found = await listRecordsInStatus(db, kind.type, filter);
		const drafts = found.filter((r) => r.status === 'draft').map((r) => r.id);
		const notes = await findLatestMoveNotes(db, kind.type, drafts);
		for (const row of found) {
			const note = notes.get(row.id);
			rows.push({
				...(note
					? {
							comment: { text: note.note, by: '', at: note.created_at },
							comment_by: note.created_by
						}
					: {}),
				...row,
				slug: kind.slug,
				kindLabel: kind.label,
				updatedBy: ''
			});
		}
	}
	const names = await findUserNames(
		db,
		rows.flatMap((r) => [r.updated_by, r.comment_by ?? null])
	);
	const nameOf = (id: string | null | undefined) => (id && names.get(id)) || m.ws_unknown_person();
	return rows
		.sort((a, b) => a.updated_at.localeCompare(b.updated_at))
		.map(({ updated_by, comment_by, ...item }) => ({
			...item,
			...(item.comment ? { comment: { ...item.comment, by: nameOf(comment_by) } } : {}),
			updatedBy: nameOf(updated_by)
		}));
}

interface Waiting {
	fields: boolean;
	links: number;
	citations: number;
	assessments: number;
	at: string;
	by: string | null;
}

/** "field changes, 1 link, 2 citations" */
function describeWaiting(w: Waiting): string {
	const count = (n: number, phrase: (inputs: { count: number }) => string) =>
		n === 0 ? [] : [phrase({ count: n })];
	return [
		...(w.fields ? [m.ws_waiting_fields()] : []),
		...count(w.links, m.ws_waiting_links),
		...count(w.citations, m.ws_waiting_citations),
		...count(w.assessments, m.ws_waiting_assessments)
	].join(m.ws_list_separator());
}

/**
 * Published records with something waiting for review: a pending revision of their fields,
 * or links, citations or assessments added since they were published. Oldest first.
 */
export async function listChangesInReview(
	db: Executor,
	kinds: readonly WorkspaceKind[]
): Promise<QueueItem[]> {
	const waiting = new Map<string, Waiting>();
	const note = (type: RecordType, id: string, at: string, by: string | null) => {
		const key = `${type}:${id}`;
		const w = waiting.get(key) ?? {
			fields: false,
			links: 0,
			citations: 0,
			assessments: 0,
			at,
			by
		};
		// The queue shows when, and by whom, the record was last changed.
		if (at > w.at) {
			w.at = at;
			w.by = by;
		}
		waiting.set(key, w);
		return w;
	};
	for (const p of await listPendingRevisions(
		db,
		kinds.map((k) => k.type)
	)) {
		note(p.record_type, p.record_id, p.updated_at, p.updated_by).fields = true;
	}
	for (const l of await listUnpublishedLinks(db)) {
		note(l.from_type, l.from_id, l.created_at, l.created_by).links += 1;
		note(l.to_type, l.to_id, l.created_at, l.created_by).links += 1;
	}
	for (const c of await listUnpublishedCitations(db)) {
		note(c.record_type, c.record_id, c.created_at, c.created_by).citations += 1;
	}
	for (const a of await listUnpublishedAssessments(db)) {
		note('pledge', a.pledge_id, a.updated_at, a.updated_by).assessments += 1;
	}

	const items: (QueueItem & { by: string | null })[] = [];
	for (const kind of kinds) {
		const ids = [...waiting.keys()]
			.filter((k) => k.startsWith(`${kind.type}:`))
			.map((k) => k.slice(kind.type.length + 1));
		if (ids.length === 0) continue;
		for (const row of await listPublishedRecords(db, kind.type, ids)) {
			const w = waiting.get(`${kind.type}:${row.id}`)!;
			items.push({
				slug: kind.slug,
				kindLabel: kind.label,
				id: row.id,
				title: row.title,
				status: 'published',
				version: Number(row.version),
				updated_at: w.at,
				updatedBy: '',
				by: w.by,
				changes: describeWaiting(w)
			});
		}
	}
	const names = await findUserNames(
		db,
		items.map((i) => i.by)
	);
	return items
		.sort((a, b) => a.updated_at.localeCompare(b.updated_at))
		.map(({ by, ...item }) => ({
			...item,
			updatedBy: (by && names.get(by)) || m.ws_unknown_person()
		}));
}
