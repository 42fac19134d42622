import { recordAudit } from '$lib/server/audit';
import type { WorkflowStatus } from '$lib/server/db/schema';
import { can, type Actor } from '$lib/server/policy';
import type { Executor } from '$lib/server/repositories/records';
import type { WorkspaceKind } from './kinds/types';
import { countCitations, lastContentEditor } from './record-facts';
import { publishPledgeAssessments } from './relations';
import { fourEyesRequired } from './settings';

/*
 * Draft -> in review -> published, and back. Researchers submit and withdraw; editors send
 * back, publish and unpublish. Publishing is refused, with a sentence saying why, when the
 * record lacks a source (or a date, for a case), or when the publisher is the person who last
 * changed it and the four-eyes rule is on. Publication changes go to the audit log.
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

export const TRANSITION_LABELS: Record<Transition, string> = {
	submit: 'Submit for review',
	withdraw: 'Back to draft',
	publish: 'Publish',
	unpublish: 'Unpublish'
};

/** What the record still needs before it may be published, as "a source" phrases. */
export async function missingForPublication(
	db: Executor,
	kind: WorkspaceKind,
	record: Record<string, unknown> & { id: string }
): Promise<string[]> {
	const missing: string[] = [];
	if (kind.needsSource && (await countCitations(db, kind.type, record.id)) === 0) {
		missing.push('at least one cited source');
	}
	missing.push(...(kind.publishProblems?.(record as never) ?? []));
	return missing;
}

/*
 * A published record is public: changing it would put words before the public that no second
 * person has read. So only those who may publish change a published record; a researcher asks
 * an editor to make the change, or to unpublish it, which sends it back to draft.
 */
export function mayChangeRecord(actor: Actor, record: { status: WorkflowStatus }): boolean {
	return (
		can(actor, 'edit:records') && (record.status !== 'published' || can(actor, 'publish:records'))
	);
}

export function publishedChangeRefusal(label: string): string {
	return `This ${label} is published, so only an editor may change it. Ask an editor to make the change, or to unpublish it so you can edit it as a draft and submit it again.`;
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
}

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
	if (!can(actor, move.permission)) {
		throw new WorkflowRefusal(`Your role may not ${TRANSITION_LABELS[transition].toLowerCase()}.`);
	}
	if (!move.from.includes(record.status)) {
		throw new WorkflowRefusal(
			`This ${kind.label} is ${record.status.replace('_', ' ')}; it cannot be moved that way now.`
		);
	}
	if (transition === 'publish') {
		const missing = await missingForPublication(db, kind, record as never);
		if (missing.length > 0) {
			await auditPublication(
				db,
				kind,
				id,
				context,
				record.status,
				'published',
				'failure',
				'missing'
			);
			throw new WorkflowRefusal(
				`This ${kind.label} cannot be published yet: it needs ${missing.join(' and ')}.`
			);
		}
		if (
			(await fourEyesRequired(db)) &&
			(await lastContentEditor(db, kind.type, id)) === actor.userId
		) {
			await auditPublication(
				db,
				kind,
				id,
				context,
				record.status,
				'published',
				'denied',
				'four-eyes'
			);
			throw new WorkflowRefusal(
				`You made the last change to this ${kind.label}, so someone else must publish it (four-eyes rule).`
			);
		}
	}
	await kind.setStatus(db, id, version, move.to, actor.userId);
	if (transition === 'publish' && kind.type === 'pledge') {
		await publishPledgeAssessments(db, id, actor.userId);
	}
	if (transition === 'publish' || transition === 'unpublish') {
		await auditPublication(db, kind, id, context, record.status, move.to, 'success', transition);
	}
}

async function auditPublication(
	db: Executor,
	kind: WorkspaceKind,
	id: string,
	context: TransitionContext,
	from: WorkflowStatus,
	to: WorkflowStatus,
	outcome: 'success' | 'failure' | 'denied',
	reason: string
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
		detail: { from, to, reason }
	});
}
