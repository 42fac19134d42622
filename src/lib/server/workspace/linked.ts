import type { Actor } from '$lib/server/policy';
import type { Executor } from '$lib/server/repositories/records';
import { allFields, pickedValue } from '$lib/workspace/form';
import { fourEyesVerdict, type FourEyesVerdict } from './contributors';
import { kindByType } from './kinds';
import type { WorkspaceKind, WorkspaceRecord } from './kinds/types';
import { missingForPublication } from './workflow';

/*
 * Records a record names in its own fields (a case's affected and responsible actors and laws
 * applied, a pledge's maker, laws and engagement, an engagement's actors). The public side
 * shows only published ones, so publishing a record that names drafts would print a case
 * without its victim: the editor publishes them together or is refused (workflow.ts). The
 * form describes which fields pick records, so this reads every kind the same way.
 */

export interface LinkedRecord {
	kind: WorkspaceKind;
	record: WorkspaceRecord;
	title: string;
}

/* Only the field names matter here, so the form is built without its option lists. */
const NO_CONTEXT = { countries: [], themes: [] };

/** The records `record` names that are not published (nor in the trash), and those they name. */
export async function unpublishedLinked(
	db: Executor,
	kind: WorkspaceKind,
	record: WorkspaceRecord
): Promise<LinkedRecord[]> {
	const found: LinkedRecord[] = [];
	const seen = new Set([`${kind.type}/${record.id}`]);
	const visit = async (k: WorkspaceKind, r: WorkspaceRecord) => {
		const values = k.toValues(r as never);
		for (const field of allFields(k.sections(NO_CONTEXT))) {
			if (field.kind !== 'lookup') continue;
			const linkedKind = kindByType(field.lookup);
			if (!linkedKind) continue;
			for (const { id } of pickedValue(values, field.name)) {
				const key = `${linkedKind.type}/${id}`;
				if (seen.has(key)) continue;
				seen.add(key);
				const linked = await linkedKind.get(db, id, { includeDeleted: true });
				if (linked.status === 'published' || linked.deleted_at) continue;
				found.push({ kind: linkedKind, record: linked, title: linkedKind.title(linked as never) });
				// A draft person's own links (their country is a select, not a pick) are few, but
				// an engagement published with a pledge names its actors in turn.
				await visit(linkedKind, linked);
			}
		}
	};
	await visit(kind, record);
	return found;
}

/** The words a refusal uses for the linked record: “person “…”” for an actor who is one. */
export function linkedName(linked: LinkedRecord): string {
	const actorKind = (linked.record as { kind?: unknown }).kind;
	const label =
		linked.kind.type === 'actor' && typeof actorKind === 'string'
			? actorKind.replaceAll('_', ' ')
			: linked.kind.label;
	return `${label} “${linked.title}”`;
}

/** Why `actor` may not publish this linked record now, as sentences (none when they may). */
export async function linkedProblems(
	db: Executor,
	linked: LinkedRecord,
	actor: Actor
): Promise<{ problems: string[]; verdict: FourEyesVerdict }> {
	const problems: string[] = [];
	const missing = await missingForPublication(db, linked.kind, linked.record as never);
	if (missing.length > 0) {
		problems.push(`The ${linkedName(linked)} needs ${missing.join(' and ')}.`);
	}
	const verdict = await fourEyesVerdict(
		db,
		linked.kind.type,
		linked.kind.label,
		linked.record.id,
		actor.userId
	);
	if (verdict.refusal) {
		problems.push(
			`You wrote or changed the ${linkedName(linked)} since it was last published, so someone else must publish it (four-eyes rule).`
		);
	}
	return { problems, verdict };
}
