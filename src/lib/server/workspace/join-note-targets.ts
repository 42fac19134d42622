import {
	caseActorNoteId,
	caseLawNoteId,
	JOIN_NOTE_FIELD,
	type TranslatableFieldView
} from '$lib/domain/translations';
import { m } from '$lib/paraglide/messages';
import { listCaseActorNotes, listCaseLawNotes } from '$lib/server/repositories/join-notes';
import type { Executor } from '$lib/server/repositories/records';
import type { WorkspaceKind, WorkspaceRecord } from './kinds/types';
import { loadLinkViews } from './link-service';

/*
 * The notes on a record page's join rows that can be translated (domain/translations.ts says
 * how a translation names them): the notes of the links at either end of the record, so a
 * link's note is reviewed from either record's page, and on a case the notes on its actors'
 * parts and its laws. Each is a panel field like a record's own, so the same save and publish
 * actions, and the same four-eyes rule, apply to it.
 */

type JoinNoteTarget = Pick<
	TranslatableFieldView,
	'recordType' | 'recordId' | 'field' | 'label' | 'noun' | 'original'
>;

export async function joinNoteTargets(
	db: Executor,
	kind: WorkspaceKind,
	record: WorkspaceRecord
): Promise<JoinNoteTarget[]> {
	const links = (await loadLinkViews(db, kind.type, record.id))
		.filter((l) => l.note !== '')
		.map((l) => ({
			recordType: 'link' as const,
			recordId: l.id,
			field: JOIN_NOTE_FIELD,
			label: m.ws_tr_link_note_label({ title: l.otherTitle }),
			noun: m.ws_tr_link_note_noun({ title: l.otherTitle }),
			original: l.note
		}));
	if (kind.type !== 'case') return links;
	const actors = (await listCaseActorNotes(db, record.id)).map((a) => ({
		recordType: 'case_actor' as const,
		recordId: caseActorNoteId(record.id, a.role, a.actor_id),
		field: JOIN_NOTE_FIELD,
		label: m.ws_tr_actor_note_label({ name: a.name }),
		noun: m.ws_tr_actor_note_noun({ name: a.name }),
		original: a.note
	}));
	const laws = (await listCaseLawNotes(db, record.id)).map((l) => ({
		recordType: 'case_law' as const,
		recordId: caseLawNoteId(record.id, l.law_id),
		field: JOIN_NOTE_FIELD,
		label: m.ws_tr_law_note_label({ title: l.title }),
		noun: m.ws_tr_law_note_noun({ title: l.title }),
		original: l.note
	}));
	return [...actors, ...laws, ...links];
}
