import { m } from '$lib/paraglide/messages';
import { getRevision, listRevisions } from '$lib/server/repositories/revisions';
import { NotFoundError, VersionConflictError } from '$lib/server/repositories/errors';
import { savePendingRevision } from '$lib/server/repositories/pending-revisions';
import type { Executor } from '$lib/server/repositories/records';
import type { FormValues, FormSection } from '$lib/workspace/form';
import { allFields } from '$lib/workspace/form';
import { formContext, withLabels } from './context';
import { diffValues, type FieldChange } from './diff';
import { parseForm, type RawForm } from './form-schema';
import type { WorkspaceKind, WorkspaceRecord } from './kinds/types';
import { findUserNames } from '$lib/server/repositories/user-names';
import { declaredLanguages } from '$lib/server/repositories/translations';

/*
 * A record's history in the form's words: each revision with who made it, when, and what
 * changed field by field. Restoring an earlier version saves its content as a new revision,
 * so nothing in the history is ever lost.
 */

export interface HistoryEntry {
	revisionId: string;
	version: number;
	action: string;
	at: string;
	by: string;
	changes: FieldChange[];
}

const STATE_LABELS: Record<string, () => string> = {
	draft: m.ws_status_draft,
	in_review: m.ws_status_in_review,
	published: m.ws_status_published
};
const stateLabel = (status: string) => STATE_LABELS[status]?.() ?? status;

function stateChanges(before: WorkspaceRecord | null, after: WorkspaceRecord): FieldChange[] {
	const changes: FieldChange[] = [];
	if (before && before.status !== after.status) {
		changes.push({
			field: 'status',
			label: m.ws_col_status(),
			before: stateLabel(before.status),
			after: stateLabel(after.status)
		});
	}
	if (before && Boolean(before.deleted_at) !== Boolean(after.deleted_at)) {
		changes.push({
			field: 'deleted_at',
			label: m.ws_status_trash(),
			before: before.deleted_at ? m.ws_yes() : m.ws_no(),
			after: after.deleted_at ? m.ws_yes() : m.ws_no()
		});
	}
	return changes;
}

/** Whether a snapshot holds the workflow columns every record has (every stored one does). */
function isRecordSnapshot(
	snapshot: Record<string, unknown>
): snapshot is Record<string, unknown> & WorkspaceRecord {
	return typeof snapshot.id === 'string' && typeof snapshot.status === 'string';
}

/** A revision's snapshot as the record it was. */
function recordOf(kind: WorkspaceKind, snapshot: Record<string, unknown>): WorkspaceRecord {
	if (kind.fromSnapshot) return kind.fromSnapshot(snapshot);
	if (!isRecordSnapshot(snapshot)) {
		throw new Error(
			'A revision snapshot lacks the id or status of its record: the revisions table holds a row this app did not write; restore it from a backup.'
		);
	}
	return snapshot;
}

/** Newest first. */
export async function recordHistory(
	db: Executor,
	kind: WorkspaceKind,
	id: string
): Promise<{ entries: HistoryEntry[]; sections: FormSection[] }> {
	const revisions = await listRevisions(db, kind.type, id);
	if (revisions.length === 0) throw new NotFoundError(kind.label, id);
	const sections = kind.sections(await formContext(db));
	const langs = (await declaredLanguages(db, [id]))[id];
	const names = await findUserNames(
		db,
		revisions.map((r) => r.created_by)
	);
	const entries: HistoryEntry[] = [];
	let previous: { row: WorkspaceRecord; values: FormValues } | null = null;
	for (const revision of revisions) {
		const row = recordOf(kind, revision.snapshot);
		const values = await withLabels(db, sections, kind.toValues(row));
		const changes = [
			...stateChanges(previous?.row ?? null, row),
			...diffValues(sections, previous?.values ?? {}, values, langs)
		];
		entries.push({
			revisionId: revision.id,
			version: revision.version,
			action: revision.action,
			at: revision.created_at,
			by: (revision.created_by && names.get(revision.created_by)) || m.ws_someone_unlisted(),
			changes
		});
		previous = { row, values };
	}
	return { entries: entries.reverse(), sections };
}

/** Form values as a submission, so a stored version passes through the same checks. */
export function valuesToRaw(sections: readonly FormSection[], values: FormValues): RawForm {
	const raw: RawForm = {};
	for (const field of allFields(sections)) {
		const value = values[field.name];
		if (field.kind === 'lookup') {
			raw[field.name] = { ids: Array.isArray(value) ? value.map((p) => p.id) : [], typed: '' };
		} else if (field.kind === 'checkbox') {
			raw[field.name] = value === true;
		} else if (field.kind === 'lines') {
			raw[field.name] = Array.isArray(value) ? '' : String(value ?? '');
		} else {
			raw[field.name] = typeof value === 'string' ? value : '';
			if (field.kind === 'date') {
				const note = values[`${field.name}_note`];
				raw[`${field.name}_note`] = typeof note === 'string' ? note : '';
			}
		}
	}
	return raw;
}

export class RestoreError extends Error {
	override name = 'RestoreError';
}

/**
 * Saves the content of an earlier revision as the record's next version. The record's
 * workflow state is left as it is: restoring is an edit like any other, so on a published
 * record it becomes the pending revision that waits for review (replacing any pending
 * changes, which the person saw at `expectedPendingVersion`; 0 when there were none).
 * Returns whether it is pending.
 */
export async function restoreRevision(
	db: Executor,
	kind: WorkspaceKind,
	id: string,
	revisionId: string,
	expectedVersion: number,
	userId: string | null,
	expectedPendingVersion = 0
): Promise<{ pending: boolean }> {
	const revision = await getRevision(db, revisionId);
	if (revision.record_type !== kind.type || revision.record_id !== id) {
		throw new NotFoundError('revision', revisionId);
	}
	const sections = kind.sections(await formContext(db));
	const values = kind.toValues(recordOf(kind, revision.snapshot));
	const parsed = parseForm(valuesToRaw(sections, values), allFields(sections));
	if (!parsed.ok) {
		throw new RestoreError(
			`Version ${revision.version} cannot be restored as it is: ${Object.values(parsed.errors).join(' ')}`
		);
	}
	const current = await kind.get(db, id);
	if (current.status !== 'published') {
		await kind.update(
			db,
			id,
			expectedVersion,
			kind.toInput(parsed.form, current),
			userId,
			'restore'
		);
		return { pending: false };
	}
	if (current.version !== expectedVersion) {
		throw new VersionConflictError(kind.label, id, expectedVersion, current);
	}
	await savePendingRevision(
		db,
		{
			recordType: kind.type,
			recordId: id,
			baseVersion: current.version,
			values,
			action: 'restore',
			restoredVersion: revision.version,
			expectedVersion: expectedPendingVersion
		},
		userId
	);
	return { pending: true };
}
