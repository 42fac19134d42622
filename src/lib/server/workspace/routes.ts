import { m } from '$lib/paraglide/messages';
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { guard } from '$lib/server/auth/guard';
import { clientInfo } from '$lib/server/auth/request';
import { can, canSeeRecord, type Actor, type Permission } from '$lib/server/policy';
import {
	NotFoundError,
	ValidationError,
	VersionConflictError
} from '$lib/server/repositories/errors';
import { db } from '$lib/server/runtime';
import { saveRecord } from './editing';
import { restoreRevision, RestoreError } from './history';
import { discardPendingChanges, publishPendingChanges } from './pending';
import { kindBySlug, type WorkspaceKind, type WorkspaceRecord } from './kinds';
import { addAssessmentFromForm, publishAssessment } from './assessment-service';
import { addCitationFromForm, removeCitationOf } from './citation-service';
import { addLinkFromForm, removeLinkOf } from './link-service';
import {
	mayChangeRecord,
	moveRecord,
	publishedChangeRefusal,
	TRANSITIONS,
	WorkflowRefusal,
	type Transition
} from './workflow';

/*
 * The steps every workspace route shares: ask the policy, find the record type and record
 * (404 when either is unknown or not visible), and the form actions, each ending in a
 * redirect or a `fail` that carries what was typed.
 */

type Event = Pick<RequestEvent, 'locals' | 'url' | 'request' | 'getClientAddress' | 'route'> & {
	params: Partial<Record<string, string>>;
};

/**
 * The signed-in member allowed `permission`, and the kind the URL names. 'edit:records' on a
 * record (not on its translations: `of` 'translation') also takes what the kind asks for
 * writing (mayWriteKind).
 */
export async function guardKind(
	event: Event,
	permission: Permission,
	of: 'record' | 'translation' = 'record'
): Promise<{ actor: Actor; kind: WorkspaceKind }> {
	const actor = await guard(event, permission);
	const kind = kindBySlug(event.params.kind ?? '');
	if (!kind) error(404, m.ws_not_found());
	if (permission === 'edit:records' && of === 'record' && kind.writePermission) {
		await guard(event, kind.writePermission);
	}
	return { actor, kind };
}

/** The record, or a 404 when it does not exist or the actor may not see it. */
export async function recordOr404(
	kind: WorkspaceKind,
	id: string,
	actor: Actor,
	includeDeleted = false
): Promise<WorkspaceRecord> {
	try {
		const record = await kind.get(db(), id, { includeDeleted });
		if (!canSeeRecord(actor, record)) error(404, m.ws_not_found());
		return record;
	} catch (e) {
		if (e instanceof NotFoundError) error(404, m.ws_not_found());
		throw e;
	}
}

function versionOf(data: FormData): number {
	return Number.parseInt(String(data.get('version') ?? ''), 10);
}

/** Creates (no id) or saves the record from its submitted form. */
export async function saveAction(event: Event, id?: string) {
	const { actor, kind } = await guardKind(event, 'edit:records');
	if (id !== undefined) await recordOr404(kind, id, actor);
	const data = await event.request.formData();
	const outcome = await saveRecord(db(), kind, data, {
		userId: actor.userId,
		id,
		confirmedNotDuplicate: data.get('confirm_duplicate') === 'yes'
	}).catch((e) => {
		if (e instanceof NotFoundError) error(404, m.ws_not_found());
		throw e;
	});
	switch (outcome.kind) {
		case 'saved':
			redirect(
				303,
				`/workspace/${kind.slug}/${outcome.id}?saved=${outcome.pending ? 'pending' : '1'}`
			);
		// falls through never: redirect throws
		case 'invalid':
			return fail(400, {
				message: m.ws_r_invalid(),
				errors: outcome.errors,
				values: outcome.values
			});
		case 'duplicates':
			return fail(409, {
				message: m.ws_r_duplicate({ kind: kind.label }),
				values: outcome.values,
				duplicates: outcome.candidates
			});
		case 'conflict':
			return fail(409, {
				message: m.ws_r_conflict({ kind: kind.label }),
				values: outcome.values,
				conflict: {
					current: outcome.current,
					currentVersion: outcome.currentVersion,
					currentPendingVersion: outcome.currentPendingVersion,
					changes: outcome.changes
				}
			});
	}
}

/** Submit, withdraw, publish or unpublish, from the record page or the review queue. */
export async function moveAction(event: Event, id: string) {
	const { actor, kind } = await guardKind(event, 'edit:records');
	await recordOr404(kind, id, actor);
	const data = await event.request.formData();
	const transition = String(data.get('transition') ?? '') as Transition;
	if (!TRANSITIONS.includes(transition)) return fail(400, { message: m.ws_r_unknown_step() });
	const permission: Permission =
		transition === 'publish' || transition === 'unpublish' ? 'publish:records' : 'edit:records';
	if (!can(actor, permission)) await guard(event, permission);
	const { ip, userAgent } = clientInfo(event);
	try {
		await moveRecord(db(), kind, id, versionOf(data), transition, {
			actor,
			ip,
			userAgent,
			withLinked: data.get('with_linked') === 'on',
			comment: String(data.get('comment') ?? '')
		});
	} catch (e) {
		if (e instanceof WorkflowRefusal)
			return fail(409, {
				message: e.message,
				transition,
				comment: String(data.get('comment') ?? '')
			});
		if (e instanceof VersionConflictError) {
			return fail(409, {
				message: m.ws_r_changed({ kind: kind.label })
			});
		}
		throw e;
	}
	const back = String(data.get('return_to') ?? '');
	redirect(
		303,
		back.startsWith('/workspace/') ? back : `/workspace/${kind.slug}/${id}?moved=${transition}`
	);
}

/** Moves the record to the trash. */
export async function deleteAction(event: Event, id: string) {
	const { actor, kind } = await guardKind(event, 'edit:records');
	const record = await recordOr404(kind, id, actor);
	if (!mayChangeRecord(actor, record)) {
		return fail(403, { message: publishedChangeRefusal(kind.label) });
	}
	const data = await event.request.formData();
	try {
		await kind.remove(db(), id, actor.userId, versionOf(data));
	} catch (e) {
		if (e instanceof VersionConflictError) {
			return fail(409, {
				message: m.ws_r_changed_delete({ kind: kind.label })
			});
		}
		throw e;
	}
	redirect(303, `/workspace/trash?deleted=${kind.slug}/${id}`);
}

function pendingVersionOf(data: FormData): number {
	const n = Number.parseInt(String(data.get('pending_version') ?? '0'), 10);
	return Number.isInteger(n) ? n : 0;
}

/**
 * Saves an earlier version's content as the next version; on a published record it becomes
 * the pending changes that wait for review, like any edit of it.
 */
export async function restoreRevisionAction(event: Event, id: string) {
	const { actor, kind } = await guardKind(event, 'edit:records');
	await recordOr404(kind, id, actor);
	const data = await event.request.formData();
	let outcome: { pending: boolean };
	try {
		outcome = await restoreRevision(
			db(),
			kind,
			id,
			String(data.get('revision') ?? ''),
			versionOf(data),
			actor.userId,
			pendingVersionOf(data)
		);
	} catch (e) {
		if (e instanceof RestoreError) return fail(400, { message: e.message });
		if (e instanceof NotFoundError) error(404, m.ws_not_found());
		if (e instanceof ValidationError) return fail(400, { message: e.message });
		if (e instanceof VersionConflictError) {
			return fail(409, {
				message: m.ws_r_changed_history({ kind: kind.label })
			});
		}
		throw e;
	}
	redirect(303, `/workspace/${kind.slug}/${id}?restored=${outcome.pending ? 'pending' : '1'}`);
}

/** Publishes what waits for review on a published record, or throws its pending revision away. */
export async function pendingChangesAction(event: Event, id: string, step: 'publish' | 'discard') {
	const { actor, kind } = await guardKind(event, 'edit:records');
	await recordOr404(kind, id, actor);
	if (step === 'publish' && !can(actor, 'publish:records')) await guard(event, 'publish:records');
	const data = await event.request.formData();
	const { ip, userAgent } = clientInfo(event);
	const run = step === 'publish' ? publishPendingChanges : discardPendingChanges;
	try {
		await run(db(), kind, id, pendingVersionOf(data), { actor, ip, userAgent });
	} catch (e) {
		if (e instanceof WorkflowRefusal) return fail(409, { message: e.message });
		if (e instanceof ValidationError) return fail(400, { message: e.message });
		if (e instanceof VersionConflictError) {
			return fail(409, {
				message: m.ws_r_changed({ kind: kind.label })
			});
		}
		throw e;
	}
	redirect(
		303,
		`/workspace/${kind.slug}/${id}?changes=${step === 'publish' ? 'published' : 'discarded'}`
	);
}

type RelationStep = (
	kind: WorkspaceKind,
	id: string,
	data: FormData,
	actor: Actor,
	record: WorkspaceRecord
) => Promise<string | null | void>;

/*
 * Removing a link or citation (the form names it in `field`): refused for a published one of a
 * published record unless the actor may change the record.
 */
function removal(
	remove: typeof removeLinkOf | typeof removeCitationOf,
	field: string
): { permission: Permission; run: RelationStep } {
	return {
		permission: 'edit:records',
		run: (kind, id, data, actor, record) =>
			remove(
				db(),
				kind.type,
				id,
				String(data.get(field) ?? ''),
				mayChangeRecord(actor, record),
				publishedChangeRefusal(kind.label)
			)
	};
}

/*
 * New links, citations and assessments are unpublished until a reviewer publishes the record
 * or its changes (four-eyes rule), so anyone who may edit adds them. Removing a published
 * link or citation of a published record withdraws it from the public at once, so only those
 * who may change the published record (mayChangeRecord) do that.
 */
const RELATION_STEPS: Record<string, { permission: Permission; run: RelationStep }> = {
	link: {
		permission: 'edit:records',
		run: (kind, id, data, actor) => addLinkFromForm(db(), kind.type, id, data, actor.userId)
	},
	unlink: removal(removeLinkOf, 'link'),
	cite: {
		permission: 'edit:records',
		run: (kind, id, data, actor) => addCitationFromForm(db(), kind.type, id, data, actor.userId)
	},
	uncite: removal(removeCitationOf, 'citation'),
	assess: {
		permission: 'edit:records',
		run: (kind, id, data, actor) =>
			kind.type === 'pledge'
				? addAssessmentFromForm(db(), id, data, actor.userId)
				: Promise.resolve(null)
	},
	publishAssessment: {
		permission: 'publish:records',
		run: (kind, id, data, actor) =>
			kind.type === 'pledge'
				? publishAssessment(db(), id, String(data.get('assessment') ?? ''), actor.userId)
				: Promise.resolve(null)
	}
};

/**
 * Links, citations and assessments on a record page: each step answers with a sentence when
 * it refuses, shown beside its panel (`panel`), the other inputs kept (`values`).
 */
export async function relationAction(event: Event, id: string, step: keyof typeof RELATION_STEPS) {
	const { permission, run } = RELATION_STEPS[step]!;
	const { actor, kind } = await guardKind(event, permission);
	const record = await recordOr404(kind, id, actor);
	const data = await event.request.formData();
	const echo = Object.fromEntries(
		[...data.entries()].filter((e): e is [string, string] => typeof e[1] === 'string')
	);
	try {
		const problem = await run(kind, id, data, actor, record);
		if (problem) return fail(400, { panel: step, message: problem, values: echo });
	} catch (e) {
		if (e instanceof ValidationError) {
			return fail(400, { panel: step, message: e.message, values: echo });
		}
		if (e instanceof NotFoundError) error(404, m.ws_not_found());
		throw e;
	}
	redirect(
		303,
		`/workspace/${kind.slug}/${id}#${step === 'publishAssessment' ? 'assess' : step.replace(/^un/, '')}`
	);
}
