import { m } from '$lib/paraglide/messages';
import { inSentence } from '$lib/workspace/in-sentence';
import { statusLabel } from '$lib/workspace/status-label';
import { recordAudit } from '$lib/server/audit';
import type { WorkflowStatus } from '$lib/server/db/schema';
import { can, type Actor } from '$lib/server/policy';
import { publishCitationsOf } from '$lib/server/repositories/citations';
import { publishLinksOf } from '$lib/server/repositories/links';
import { inTransaction, type Executor } from '$lib/server/repositories/records';
import { fourEyesVerdict, type FourEyesVerdict } from './contributors';
import type { WorkspaceKind } from './kinds/types';
import { linkedName, linkedProblems, unpublishedLinked, type LinkedRecord } from './linked';
import { countCitations } from '$lib/server/repositories/citations';
import { publishPledgeAssessments } from './assessment-service';

/*
 * Draft -> in review -> published, and back. Researchers submit and withdraw; editors send
 * back, publish and unpublish. Publishing is refused, with a sentence saying why, when the
 * record lacks a source (or a date, for a case), or when the publisher wrote any of what the
 * publication makes public and the four-eyes rule is on (contributors.ts). Publication
 * changes go to the audit log, which says when the rule was relaxed for one.
 */

export const TRANSITIONS = ['submit', 'withdraw', 'publish', 'unpublish'] as const;
export type Transition = (typeof TRANSITIONS)[number];

const MOVES: Record<
	Transition,
	{
		from: readonly WorkflowStatus[];
		to: WorkflowStatus;
		permission: 'edit:records' | 'publish:records';
	}
> = {
	submit: { from: ['draft'], to: 'in_review', permission: 'edit:records' },
	withdraw: { from: ['in_review'], to: 'draft', permission: 'edit:records' },
	publish: { from: ['draft', 'in_review'], to: 'published', permission: 'publish:records' },
	unpublish: { from: ['published'], to: 'draft', permission: 'publish:records' }
};

const TRANSITION_LABELS: Record<Transition, () => string> = {
	submit: m.ws_t_submit,
	withdraw: m.ws_t_withdraw,
	publish: m.ws_t_publish,
	unpublish: m.ws_t_unpublish
};

/** A workflow step's button text in the interface language: "Submit for review". */
export const transitionLabel = (transition: Transition): string => TRANSITION_LABELS[transition]();

/** What the record still needs before it may be published, as "a source" phrases. */
export async function missingForPublication(
	db: Executor,
	kind: WorkspaceKind,
	record: Record<string, unknown> & { id: string }
): Promise<string[]> {
	const missing: string[] = [];
	if (kind.needsSource && (await countCitations(db, kind.type, record.id)) === 0) {
		missing.push(m.ws_w_needs_source());
	}
	missing.push(...(kind.publishProblems?.(record as never) ?? []));
	return missing;
}

/*
 * Edits to a published record wait for review as a pending revision (pending.ts), so anyone
 * who may edit may make them. Withdrawing what the public sees (moving a published record to
 * the trash, removing a published link or citation) takes effect at once, like unpublishing,
 * so only those who may publish do it.
 */
export function mayChangeRecord(actor: Actor, record: { status: WorkflowStatus }): boolean {
	return (
		can(actor, 'edit:records') && (record.status !== 'published' || can(actor, 'publish:records'))
	);
}

export function publishedChangeRefusal(label: string): string {
	return m.ws_w_published_refusal({ kind: label });
}

export class WorkflowRefusal extends Error {
	override name = 'WorkflowRefusal';
}

/** The moves this actor may offer on a record in `status` (before the publication checks). */
export function availableTransitions(actor: Actor, status: WorkflowStatus): Transition[] {
	return TRANSITIONS.filter(
		(t) => MOVES[t].from.includes(status) && can(actor, MOVES[t].permission)
	);
}

export interface TransitionContext {
	actor: Actor;
	ip?: string | null;
	userAgent?: string | null;
	/** Publish the unpublished records this one names along with it (linked.ts). */
	withLinked?: boolean;
	/** Why a record goes back to draft, for the researcher who will change it. */
	comment?: string;
}

export const COMMENT_MAX = 2000;

/**
 * Moves the record; throws WorkflowRefusal (nothing written) when a rule forbids it, or the
 * repository's VersionConflictError when the record changed since `version` was loaded.
 */
export async function moveRecord(
	db: Executor,
	kind: WorkspaceKind,
	id: string,
	version: number,
	transition: Transition,
	context: TransitionContext
): Promise<void> {
	const { actor } = context;
	const move = MOVES[transition];
	const record = await kind.get(db, id);
	let verdict: FourEyesVerdict | undefined;
	let linked: { record: LinkedRecord; verdict: FourEyesVerdict }[] = [];
	if (!can(actor, move.permission)) {
		throw new WorkflowRefusal(
			m.ws_w_role_may_not({ step: inSentence(transitionLabel(transition)) })
		);
	}
	if (!move.from.includes(record.status)) {
		throw new WorkflowRefusal(
			m.ws_w_wrong_status({ kind: kind.label, status: inSentence(statusLabel(record.status)) })
		);
	}
	const comment = context.comment?.trim() ?? '';
	if (transition === 'withdraw') {
		if (comment === '') {
			throw new WorkflowRefusal(m.ws_w_comment_needed());
		}
		if (comment.length > COMMENT_MAX) {
			throw new WorkflowRefusal(m.ws_w_comment_long({ count: comment.length, max: COMMENT_MAX }));
		}
	}
	if (transition === 'publish') {
		const missing = await missingForPublication(db, kind, record as never);
		const refuse = (outcome: RefusedOutcome, reason: string, message: string) =>
			refusePublication(db, kind, id, context, record.status, outcome, reason, message);
		if (missing.length > 0) {
			await refuse(
				'failure',
				'missing',
				m.ws_w_cannot_publish_yet({ kind: kind.label, things: missing.join(m.ws_and()) })
			);
		}
		verdict = await fourEyesVerdict(db, kind.type, kind.label, id, actor.userId);
		if (verdict.refusal) await refuse('denied', 'four-eyes', verdict.refusal);
		linked = await checkLinked(db, kind, id, record, context);
	}
	// The record and everything its publication makes public change together, or not at all.
	// Unpublishing leaves a pending revision where it is: applying its unreviewed content to
	// the now-draft record would slip it past review, so an editor publishes or discards it.
	await inTransaction(db, async (trx) => {
		await kind.setStatus(
			trx,
			id,
			version,
			move.to,
			actor.userId,
			transition === 'withdraw' ? comment : null
		);
		if (transition === 'publish') await publishAttached(trx, kind, id, actor.userId);
		for (const l of linked) {
			const { kind: linkedKind, record: linkedRecord } = l.record;
			await linkedKind.setStatus(
				trx,
				linkedRecord.id,
				linkedRecord.version,
				'published',
				actor.userId
			);
			await publishAttached(trx, linkedKind, linkedRecord.id, actor.userId);
			await auditPublication(
				trx,
				linkedKind,
				linkedRecord.id,
				context,
				linkedRecord.status,
				'published',
				'success',
				`with ${kind.type} ${id}`,
				l.verdict
			);
		}
		if (transition !== 'submit') {
			await auditPublication(
				trx,
				kind,
				id,
				context,
				record.status,
				move.to,
				'success',
				transition,
				verdict
			);
		}
	});
}

/**
 * The unpublished records the record names, each checked as if published on its own, when the
 * publisher asked to publish them with it; refuses, naming them, when they did not or when
 * one of them may not be published by this publisher now.
 */
async function checkLinked(
	db: Executor,
	kind: WorkspaceKind,
	id: string,
	record: Awaited<ReturnType<WorkspaceKind['get']>>,
	context: TransitionContext
): Promise<{ record: LinkedRecord; verdict: FourEyesVerdict }[]> {
	const linked = await unpublishedLinked(db, kind, record);
	if (linked.length === 0) return [];
	const names = linked.map(linkedName).join(m.ws_list_separator());
	const refuse = (reason: string, message: string) =>
		refusePublication(db, kind, id, context, record.status, 'failure', reason, message);
	if (!context.withLinked) {
		await refuse('linked-unpublished', m.ws_w_linked_unpublished({ kind: kind.label, names }));
	}
	const checked = [];
	const problems: string[] = [];
	for (const l of linked) {
		const result = await linkedProblems(db, l, context.actor);
		problems.push(...result.problems);
		checked.push({ record: l, verdict: result.verdict });
	}
	if (problems.length > 0) {
		await refuse(
			'linked-refused',
			m.ws_w_linked_refused({ kind: kind.label, problems: problems.join(' ') })
		);
	}
	return checked;
}

/**
 * What hangs off a record and goes public with it: its unpublished assessments, links (either
 * side; one whose other end is unpublished still shows only once that end is) and citations.
 */
export async function publishAttached(
	db: Executor,
	kind: WorkspaceKind,
	id: string,
	userId: string | null
): Promise<void> {
	if (kind.type === 'pledge') await publishPledgeAssessments(db, id, userId);
	await publishLinksOf(db, kind.type, id, userId);
	await publishCitationsOf(db, kind.type, id, userId);
}

export async function auditPublication(
	db: Executor,
	kind: WorkspaceKind,
	id: string,
	context: TransitionContext,
	from: WorkflowStatus,
	to: WorkflowStatus,
	outcome: 'success' | 'failure' | 'denied',
	reason: string,
	verdict?: FourEyesVerdict
): Promise<void> {
	await recordAudit(db, {
		action: 'publication',
		outcome,
		userId: context.actor.userId,
		actorEmail: context.actor.email,
		targetType: kind.type,
		targetId: id,
		ip: context.ip ?? null,
		userAgent: context.userAgent ?? null,
		detail: {
			from,
			to,
			reason,
			...(context.comment?.trim() ? { comment: context.comment.trim() } : {}),
			// The admin setting let a contributor publish their own content: say so, and what.
			...(verdict?.relaxed ? { fourEyes: 'relaxed', ownContent: verdict.own.join('; ') } : {})
		}
	});
}

/** How a refused publication is audited: missing what it needs, or denied by a rule. */
export type RefusedOutcome = 'failure' | 'denied';

/** Refuses to publish a record of status `from`: audits why (`reason`), then throws `message`. */
export async function refusePublication(
	db: Executor,
	kind: WorkspaceKind,
	id: string,
	context: TransitionContext,
	from: WorkflowStatus,
	outcome: RefusedOutcome,
	reason: string,
	message: string
): Promise<never> {
	await auditPublication(db, kind, id, context, from, 'published', outcome, reason);
	throw new WorkflowRefusal(message);
}
