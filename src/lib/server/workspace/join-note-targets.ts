import {
	caseActorNoteId,
	caseLawNoteId,
	fieldLang,
	JOIN_NOTE_FIELD,
	type TranslatableFieldView
} from '$lib/domain/translations';
import { m } from '$lib/paraglide/messages';
import { listCaseActorNotes, listCaseLawNotes } from '$lib/server/repositories/join-notes';
import { declaredLanguages } from '$lib/server/repositories/translations';
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
	'recordType' | 'recordId' | 'field' | 'label' | 'noun' | 'about' | 'original'
>;

export async function joinNoteTargets(
	db: Executor,
	kind: WorkspaceKind,
	record: WorkspaceRecord
): Promise<JoinNoteTarget[]> {
	const linkViews = (await loadLinkViews(db, kind.type, record.id)).filter((l) => l.note !== '');
	const actorNotes = kind.type === 'case' ? await listCaseActorNotes(db, record.id) : [];
	const lawNotes = kind.type === 'case' ? await listCaseLawNotes(db, record.id) : [];
	const langs = await declaredLanguages(db, [
		...linkViews.map((l) => l.otherId),
		...actorNotes.map((a) => a.actor_id),
		...lawNotes.map((l) => l.law_id)
	]);
	const about = (text: string, id: string, field: string) => ({
		text,
		lang: fieldLang(langs, id, field)
	});
	const links = linkViews.map((l) => ({
		recordType: 'link' as const,
		recordId: l.id,
		field: JOIN_NOTE_FIELD,
		label: m.ws_tr_link_note_label(),
		noun: m.ws_tr_link_note_noun(),
		about: about(l.otherTitle, l.otherId, 'title'),
		original: l.note
	}));
	const actors = actorNotes.map((a) => ({
		recordType: 'case_actor' as const,
		recordId: caseActorNoteId(record.id, a.role, a.actor_id),
		field: JOIN_NOTE_FIELD,
		label: m.ws_tr_actor_note_label(),
		noun: m.ws_tr_actor_note_noun(),
		about: about(a.name, a.actor_id, 'name'),
		original: a.note
	}));
	const laws = lawNotes.map((l) => ({
		recordType: 'case_law' as const,
		recordId: caseLawNoteId(record.id, l.law_id),
		field: JOIN_NOTE_FIELD,
		label: m.ws_tr_law_note_label(),
		noun: m.ws_tr_law_note_noun(),
		about: about(l.title, l.law_id, 'title'),
		original: l.note
	}));
	return [...actors, ...laws, ...links];
}
