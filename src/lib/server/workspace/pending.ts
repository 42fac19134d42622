import { m } from '$lib/paraglide/messages';
import { can, type Actor } from '$lib/server/policy';
import { listCitations } from '$lib/server/repositories/citations';
import { listLinksOf } from '$lib/server/repositories/links';
import {
	deletePendingRevision,
	findPendingRevision,
	type PendingEntry
} from '$lib/server/repositories/pending-revisions';
import { listAssessments } from '$lib/server/repositories/assessments';
import { inTransaction, type Executor } from '$lib/server/repositories/records';
import { allFields, type FormValues } from '$lib/workspace/form';
import { formContext, withLabels } from './context';
import { fourEyesVerdict, type FourEyesVerdict } from './contributors';
import { diffValues } from './diff';
import { declaredLanguages } from '$lib/server/repositories/translations';
import type { PendingChanges } from '$lib/domain/pending-changes';
import { parseForm } from './form-schema';
import { valuesToRaw } from './history';
import type { WorkspaceKind, WorkspaceRecord } from './kinds/types';
import { findUserNames } from '$lib/server/repositories/user-names';
import {
	auditPublication,
	publishAttached,
	refusePublication,
	WorkflowRefusal,
	type TransitionContext
} from './workflow';

/*
 * Changes to a published record wait for review while the published version stays live:
 * edits and restores as its pending revision (editing.ts, history.ts), new links, citations
 * and assessments unpublished. An editor who wrote none of it publishes it all at once
 * ("Publish changes"), or discards the pending revision.
 */

export type { PendingChanges };

async function countUnpublishedAttached(db: Executor, kind: WorkspaceKind, id: string) {
	const links = (await listLinksOf(db, kind.type, id)).filter((l) => l.published_at === null);
	const citations =
		kind.type === 'source'
			? []
			: (await listCitations(db, kind.type, id)).filter((c) => c.published_at === null);
	const assessments =
		kind.type === 'pledge'
			? (await listAssessments(db, id)).filter((a) => a.status !== 'published')
			: [];
	return links.length + citations.length + assessments.length;
}

/** A researcher may take back a pending revision that only they wrote; editors any. */
function mayDiscard(actor: Actor, pending: PendingEntry): boolean {
	if (can(actor, 'publish:records')) return true;
	return (
		can(actor, 'edit:records') &&
		pending.contributors.length > 0 &&
		pending.contributors.every((id) => id === actor.userId)
	);
}

/**
 * What waits for review on a record (null when nothing does). On a record that is not
 * published only a pending revision left from before it was unpublished counts: the rest
 * goes public with the record itself.
 */
export async function pendingChanges(
	db: Executor,
	kind: WorkspaceKind,
	record: WorkspaceRecord,
	actor: Actor
): Promise<PendingChanges | null> {
	if (record.deleted_at) return null;
	const published = record.status === 'published';
	const pending = await findPendingRevision(db, kind.type, record.id);
	const attached = published ? await countUnpublishedAttached(db, kind, record.id) : 0;
	if (!pending && attached === 0) return null;
	const sections = kind.sections(await formContext(db));
	const blockers: string[] = [];
	const mayPublish = published && can(actor, 'publish:records');
	if (mayPublish) {
		const verdict = await fourEyesVerdict(db, kind.type, kind.label, record.id, actor.userId);
		if (verdict.refusal) blockers.push(verdict.refusal);
	}
	const stale = pending ? pending.base_version !== record.version : false;
	if (stale) blockers.push(staleMessage(kind, record.version));
	const { contributors } = await contributorNames(db, kind, record.id, pending, published);
	return {
		revision: pending
			? {
					version: pending.version,
					baseVersion: pending.base_version,
					action: pending.action,
					restoredVersion: pending.restored_version,
					updatedAt: pending.updated_at,
					changes: diffValues(
						sections,
						await withLabels(db, sections, kind.toValues(record)),
						await withLabels(db, sections, pending.values as FormValues),
						(await declaredLanguages(db, [record.id]))[record.id]
					),
					stale
				}
			: null,
		attached,
		contributors,
		mayPublish,
		mayDiscard: pending ? mayDiscard(actor, pending) : false,
		blockers
	};
}

async function contributorNames(
	db: Executor,
	kind: WorkspaceKind,
	id: string,
	pending: PendingEntry | undefined,
	published: boolean
) {
	const ids = new Set(pending?.contributors ?? []);
	if (!published) return { contributors: [...(await findUserNames(db, [...ids])).values()] };
	for (const link of await listLinksOf(db, kind.type, id)) {
		if (link.published_at === null && link.created_by) ids.add(link.created_by);
	}
	if (kind.type !== 'source') {
		for (const c of await listCitations(db, kind.type, id)) {
			if (c.published_at === null && c.created_by) ids.add(c.created_by);
		}
	}
	if (kind.type === 'pledge') {
		for (const a of await listAssessments(db, id)) {
			if (a.status !== 'published' && a.updated_by) ids.add(a.updated_by);
		}
	}
	const names = await findUserNames(db, [...ids]);
	return { contributors: [...ids].map((u) => names.get(u) ?? m.ws_someone_unlisted()) };
}

function staleMessage(kind: WorkspaceKind, version: number): string {
	return `The published ${kind.label} changed (it is now version ${version}) after these changes were made. Open the form, check the changes against it, and save them again before publishing.`;
}

/** Audits what became of a published record's pending changes (it stays published). */
function auditPendingChanges(
	db: Executor,
	kind: WorkspaceKind,
	id: string,
	context: TransitionContext,
	reason: 'publish-changes' | 'discard-changes',
	verdict?: FourEyesVerdict
): Promise<void> {
	return auditPublication(
		db,
		kind,
		id,
		context,
		'published',
		'published',
		'success',
		reason,
		verdict
	);
}

/**
 * Publishes what waits on a published record: applies its pending revision (against the
 * version it was made from, as a normal revision) and publishes its unpublished links,
 * citations and assessments, in one transaction, under the four-eyes rule for everyone who
 * wrote any of it. `pendingVersion` is the pending revision the reviewer saw (0: none).
 */
export async function publishPendingChanges(
	db: Executor,
	kind: WorkspaceKind,
	id: string,
	pendingVersion: number,
	context: TransitionContext
): Promise<void> {
	const { actor } = context;
	if (!can(actor, 'publish:records')) {
		throw new WorkflowRefusal(m.ws_pend_publish_role());
	}
	const record = await kind.get(db, id);
	if (record.status !== 'published') {
		throw new WorkflowRefusal(m.ws_pend_not_published({ kind: kind.label }));
	}
	const pending = await findPendingRevision(db, kind.type, id);
	if ((pending?.version ?? 0) !== pendingVersion) {
		throw new WorkflowRefusal(m.ws_pend_changed_publish());
	}
	if (!pending && (await countUnpublishedAttached(db, kind, id)) === 0) {
		throw new WorkflowRefusal(m.ws_pend_nothing({ kind: kind.label }));
	}
	if (pending && pending.base_version !== record.version) {
		throw new WorkflowRefusal(staleMessage(kind, record.version));
	}
	const verdict = await fourEyesVerdict(db, kind.type, kind.label, id, actor.userId);
	if (verdict.refusal) {
		await refusePublication(
			db,
			kind,
			id,
			context,
			'published',
			'denied',
			'four-eyes',
			verdict.refusal
		);
	}
	let input: unknown;
	if (pending) {
		const sections = kind.sections(await formContext(db));
		const parsed = parseForm(
			valuesToRaw(sections, pending.values as FormValues),
			allFields(sections)
		);
		if (!parsed.ok) {
			throw new WorkflowRefusal(
				m.ws_pend_no_longer_valid({ errors: Object.values(parsed.errors).join(' ') })
			);
		}
		input = kind.toInput(parsed.form, record);
	}
	await inTransaction(db, async (trx) => {
		if (pending) {
			await kind.update(trx, id, pending.base_version, input, actor.userId, 'publish_changes');
			await deletePendingRevision(trx, kind.type, id);
		}
		await publishAttached(trx, kind, id, actor.userId);
		await auditPendingChanges(trx, kind, id, context, 'publish-changes', verdict);
	});
}

/** Throws the pending changes away; the published record stays as it is. */
export async function discardPendingChanges(
	db: Executor,
	kind: WorkspaceKind,
	id: string,
	pendingVersion: number,
	context: TransitionContext
): Promise<void> {
	const pending = await findPendingRevision(db, kind.type, id);
	if (!pending) throw new WorkflowRefusal(m.ws_pend_none({ kind: kind.label }));
	if (!mayDiscard(context.actor, pending)) {
		throw new WorkflowRefusal(m.ws_pend_discard_role());
	}
	if (pending.version !== pendingVersion) {
		throw new WorkflowRefusal(m.ws_pend_changed_discard());
	}
	await inTransaction(db, async (trx) => {
		await deletePendingRevision(trx, kind.type, id);
		await auditPendingChanges(trx, kind, id, context, 'discard-changes');
	});
}
