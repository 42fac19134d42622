import { m } from '$lib/paraglide/messages';
import { renderMarkdown } from '$lib/server/markdown';
import { mayWriteKind, type Actor } from '$lib/server/policy';
import { allFields, textValue, type FormSection, type FormValues } from '$lib/workspace/form';
import type { Executor } from '$lib/server/repositories/records';
import type { WorkspaceKind, WorkspaceRecord } from './kinds/types';
import { fourEyesVerdict } from './contributors';
import { findLatestMoveNotes } from '$lib/server/repositories/revisions';
import { linkedName, linkedProblems, unpublishedLinked } from './linked';
import { findUserNames } from '$lib/server/repositories/user-names';
import { declaredLanguages } from '$lib/server/repositories/translations';
import {
	availableTransitions,
	missingForPublication,
	transitionLabel,
	type Transition
} from './workflow';

/* The side panel of a record page: its state, who changed it, and the moves on offer. */

export interface RecordPanel {
	record: {
		id: string;
		status: WorkspaceRecord['status'];
		version: number;
		deleted: boolean;
		createdAt: string;
		updatedAt: string;
		updatedBy: string;
		publishedAt: string | null;
	};
	transitions: { transition: Transition; label: string }[];
	/** Why publishing would be refused now, if it would. */
	publishBlockers: string[];
	/** The comment left when the record went back to draft, while it is still a draft. */
	draftComment: { text: string; by: string; at: string } | null;
	/** Unpublished records this one names, offered for publishing with it. */
	linkedDrafts: { name: string; slug: string; id: string; problems: string[] }[];
}

export async function recordPanel(
	db: Executor,
	kind: WorkspaceKind,
	record: WorkspaceRecord,
	actor: Actor
): Promise<RecordPanel> {
	const note =
		record.status === 'draft'
			? (await findLatestMoveNotes(db, kind.type, [record.id])).get(record.id)
			: undefined;
	const names = await findUserNames(db, [record.updated_by, note?.created_by ?? null]);
	const transitions =
		record.deleted_at || !mayWriteKind(actor, kind)
			? []
			: availableTransitions(actor, record.status);
	const publishBlockers: string[] = [];
	const linkedDrafts: RecordPanel['linkedDrafts'] = [];
	if (transitions.includes('publish')) {
		for (const linked of await unpublishedLinked(db, kind, record)) {
			linkedDrafts.push({
				name: linkedName(linked),
				slug: linked.kind.slug,
				id: linked.record.id,
				problems: (await linkedProblems(db, linked, actor)).problems
			});
		}
		const missing = await missingForPublication(db, kind, record as never);
		if (missing.length > 0)
			publishBlockers.push(m.ws_needs_list({ things: missing.join(m.ws_and()) }));
		const verdict = await fourEyesVerdict(db, kind.type, kind.label, record.id, actor.userId);
		if (verdict.refusal) publishBlockers.push(verdict.refusal);
	}
	return {
		record: {
			id: record.id,
			status: record.status,
			version: record.version,
			deleted: Boolean(record.deleted_at),
			createdAt: record.created_at,
			updatedAt: record.updated_at,
			updatedBy: (record.updated_by && names.get(record.updated_by)) || m.ws_unknown_person(),
			publishedAt: record.published_at
		},
		transitions: transitions.map((transition) => ({
			transition,
			label: transitionLabel(transition)
		})),
		publishBlockers,
		draftComment: note
			? {
					text: note.note,
					by: (note.created_by && names.get(note.created_by)) || m.ws_unknown_person(),
					at: note.created_at
				}
			: null,
		linkedDrafts
	};
}

/** A Markdown field as it will read: HTML from the sanitiser, never the typed text itself. */
export interface MarkdownPreview {
	/** The field's name. */
	field: string;
	label: string;
	html: string;
}

/** The record's filled-in Markdown fields (descriptions, summaries), rendered. */
export function markdownPreviews(
	sections: readonly FormSection[],
	values: FormValues
): MarkdownPreview[] {
	return allFields(sections)
		.filter((f) => f.kind === 'textarea' && f.markdown && textValue(values, f.name).trim() !== '')
		.map((f) => ({
			field: f.name,
			label: f.label,
			html: renderMarkdown(textValue(values, f.name))
		}));
}

/** What heads every page of a record (its page, its history): the kind's names, the title and its languages. */
export async function recordHeading(db: Executor, kind: WorkspaceKind, record: WorkspaceRecord) {
	return {
		slug: kind.slug,
		label: kind.label,
		plural: kind.plural,
		title: kind.title(record),
		declaredLangs: (await declaredLanguages(db, [record.id]))[record.id] ?? {}
	};
}
