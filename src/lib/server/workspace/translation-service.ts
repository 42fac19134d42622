import { fail, redirect } from '@sveltejs/kit';
import {
	inContentLang,
	translatableFieldLabel,
	translatableFieldNoun
} from '$lib/content-lang-labels';
import {
	CONTENT_LANGS,
	isContentLang,
	NOTE_FIELDS,
	translatableFields,
	type ContentLang,
	type TranslatableFieldView,
	type TranslationOwner
} from '$lib/domain/translations';
import { m } from '$lib/paraglide/messages';
import { recordAudit } from '$lib/server/audit';
import { clientInfo } from '$lib/server/auth/request';
import { can, type Actor, type Permission } from '$lib/server/policy';
import { listAssessments } from '$lib/server/repositories/assessments';
import { NotFoundError, VersionConflictError } from '$lib/server/repositories/errors';
import type { Executor } from '$lib/server/repositories/records';
import {
	getTranslation,
	isPendingTranslation,
	listFieldLanguages,
	listTranslations,
	proposeFieldLanguage,
	publishFieldLanguage,
	publishTranslation,
	saveTranslation
} from '$lib/server/repositories/translations';
import { findUserNames } from '$lib/server/repositories/user-names';
import { db } from '$lib/server/runtime';
import type { WorkspaceKind, WorkspaceRecord } from './kinds/types';
import { joinNoteTargets } from './join-note-targets';
import { guardKind, recordOr404 } from './routes';
import { fourEyesRequired } from './settings';

/*
 * Translations on a record page (issue 12, item 3). Researchers write a field's text in
 * another language; it reaches the public only when an editor who wrote none of it publishes
 * it (the four-eyes rule, per translation; an admin's relaxation is honoured and audited as
 * for records). Changing the language a field's original is written in waits for review the
 * same way, since it changes what the public pages mark as untranslated.
 */

export const TRANSLATION_MAX = 20000;

/** The field a form names, as the panel shows it. */
type Target = Pick<
	TranslatableFieldView,
	'recordType' | 'recordId' | 'field' | 'label' | 'noun' | 'original'
>;

/**
 * The fields of this record page that can be translated: the record's own, its assessments'
 * and the notes on its join rows (links, and a case's actors and laws).
 */
async function targetsOf(
	db: Executor,
	kind: WorkspaceKind,
	record: WorkspaceRecord
): Promise<Target[]> {
	// Each translatable field of a kind is a text column of the same name on its record; a
	// note is offered only where the record has one.
	const own = translatableFields(kind.type)
		.map((field) => ({
			recordType: kind.type,
			recordId: record.id,
			field,
			label: translatableFieldLabel(field),
			noun: translatableFieldNoun(field),
			original: String(Reflect.get(record, field) ?? '')
		}))
		.filter((t) => t.original !== '' || !NOTE_FIELDS.includes(t.field));
	const joinNotes = await joinNoteTargets(db, kind, record);
	if (kind.type !== 'pledge') return [...own, ...joinNotes];
	const assessments = (await listAssessments(db, record.id)).filter((a) => !a.deleted_at);
	return [
		...own,
		...joinNotes,
		...assessments.map((a) => ({
			recordType: 'assessment' as const,
			recordId: a.id,
			field: 'rationale',
			label: m.ws_tr_assessment_label({ date: a.assessed_on }),
			noun: m.ws_tr_assessment_noun({ date: a.assessed_on }),
			original: a.rationale
		}))
	];
}

export async function loadTranslationPanel(
	db: Executor,
	kind: WorkspaceKind,
	record: WorkspaceRecord,
	actor: Actor
): Promise<TranslatableFieldView[]> {
	const targets = await targetsOf(db, kind, record);
	if (targets.length === 0) return [];
	const ids = [...new Set(targets.map((t) => t.recordId))];
	const rows = (
		await Promise.all(ids.map((id) => listTranslations(db, typeOf(targets, id), id)))
	).flat();
	const languages = await listFieldLanguages(db, ids);
	const names = await findUserNames(
		db,
		rows.flatMap((r) => r.contributors)
	);
	const strict = await fourEyesRequired(db);
	return targets.map((t) => {
		const declared = languages.find((l) => l.record_id === t.recordId && l.field === t.field);
		const originalLang = declared?.lang ?? 'en';
		return {
			...t,
			originalLang,
			pendingOriginalLang: declared?.pending_lang ?? null,
			originalLangRefusal:
				strict && declared?.pending_by === actor.userId ? m.ws_tr_own_language() : null,
			translations: CONTENT_LANGS.filter((lang) => lang !== originalLang).map((lang) => {
				const row = rows.find(
					(r) => r.record_id === t.recordId && r.field === t.field && r.lang === lang
				);
				return {
					lang,
					id: row?.id ?? null,
					version: row?.version ?? 0,
					text: row?.text ?? '',
					publishedText: row?.published_text ?? null,
					pending: row ? isPendingTranslation(row) : false,
					writers: (row?.contributors ?? []).map((id) => names.get(id) ?? m.ws_tr_someone()),
					publishRefusal:
						strict && row?.contributors.includes(actor.userId ?? '')
							? m.ws_tr_own_translation()
							: null
				};
			})
		};
	});
}

function typeOf(targets: readonly Target[], id: string): TranslationOwner {
	return targets.find((t) => t.recordId === id)!.recordType;
}

type Event = Parameters<typeof guardKind>[0];

/** The form's target, checked to be a translatable field of this page's record. */
async function targetFrom(
	db: Executor,
	kind: WorkspaceKind,
	record: WorkspaceRecord,
	data: FormData
): Promise<Target | null> {
	const recordId = String(data.get('record_id') ?? '');
	const field = String(data.get('field') ?? '');
	return (
		(await targetsOf(db, kind, record)).find((t) => t.recordId === recordId && t.field === field) ??
		null
	);
}

function echoOf(data: FormData): Record<string, string> {
	return Object.fromEntries(
		[...data.entries()].filter((e): e is [string, string] => typeof e[1] === 'string')
	);
}

const PANEL = 'translations';

/**
 * The start of every translation form's action: the signed-in member allowed `permission` on
 * this kind, the record (404 when it is not theirs to see), the posted form, and how to refuse
 * it on the panel with what was typed kept.
 */
async function translationForm(event: Event, id: string, permission: Permission) {
	const { actor, kind } = await guardKind(event, permission, 'translation');
	const record = await recordOr404(kind, id, actor);
	const data = await event.request.formData();
	const values = echoOf(data);
	const refuse = (status: number, message: string) =>
		fail(status, { panel: PANEL, message, values });
	return { actor, kind, record, data, refuse };
}

/** The field and language a message speaks of: "the title in Russian". */
function whatOf(target: Target, lang: ContentLang) {
	return { field: target.noun, in_language: inContentLang(lang) };
}

function back(kind: WorkspaceKind, id: string, notice: string): never {
	redirect(303, `/workspace/${kind.slug}/${id}?translation=${notice}#translations`);
}

/** Saves a translation's working text; the public text is untouched until it is published. */
export async function saveTranslationAction(event: Event, id: string) {
	const { actor, kind, record, data, refuse } = await translationForm(event, id, 'edit:records');
	if (record.deleted_at) return refuse(409, m.ws_tr_in_trash());
	const target = await targetFrom(db(), kind, record, data);
	if (!target) return refuse(400, m.ws_tr_bad_field());
	const lang = String(data.get('lang') ?? '');
	if (!isContentLang(lang)) return refuse(400, m.ws_tr_bad_lang());
	const text = String(data.get('text') ?? '').trim();
	const what = whatOf(target, lang);
	if (text === '') return refuse(400, m.ws_tr_empty(what));
	if (text.length > TRANSLATION_MAX) {
		return refuse(400, m.ws_tr_too_long({ ...what, length: text.length, max: TRANSLATION_MAX }));
	}
	const version = Number.parseInt(String(data.get('version') ?? '0'), 10) || 0;
	try {
		await saveTranslation(
			db(),
			{ record_type: target.recordType, record_id: target.recordId, field: target.field, lang },
			text,
			version,
			actor.userId
		);
	} catch (e) {
		if (e instanceof VersionConflictError) {
			return refuse(409, m.ws_tr_conflict(what));
		}
		throw e;
	}
	back(kind, id, 'saved');
}

/** A form's refusal on the panel (translationForm's `refuse`). */
type Refusal = ReturnType<Awaited<ReturnType<typeof translationForm>>['refuse']>;

/**
 * The review step both publications share (a translation; a field's original language): refused
 * with `ownRefusal` when the publisher wrote what is published and the four-eyes rule is on;
 * otherwise `publish` writes it (a refusal it returns is the answer instead), the publication is
 * audited (with the rule's relaxation, when the publisher's own work went out under it), and
 * the panel says it was published.
 */
async function publishReviewed(
	event: Event,
	actor: Actor,
	{ kind, id, target }: { kind: WorkspaceKind; id: string; target: Target },
	{
		own,
		ownRefusal,
		publish,
		detail
	}: {
		own: boolean;
		ownRefusal: () => Refusal;
		publish: () => Promise<Refusal | void>;
		/** What the audit entry says was published. */
		detail: Record<string, string>;
	}
): Promise<Refusal> {
	if (own && (await fourEyesRequired(db()))) return ownRefusal();
	const refused = await publish();
	if (refused) return refused;
	const { ip, userAgent } = clientInfo(event);
	await recordAudit(db(), {
		action: 'publication',
		userId: actor.userId,
		actorEmail: actor.email,
		targetType: target.recordType,
		targetId: target.recordId,
		ip,
		userAgent,
		detail: { ...detail, ...(own ? { fourEyes: 'relaxed' } : {}) }
	});
	back(kind, id, 'published');
}

/** Publishes a translation, unless the publisher wrote any of it and the four-eyes rule is on. */
export async function publishTranslationAction(event: Event, id: string) {
	const { actor, kind, record, data, refuse } = await translationForm(event, id, 'publish:records');
	let translation;
	try {
		translation = await getTranslation(db(), String(data.get('translation') ?? ''));
	} catch (e) {
		if (e instanceof NotFoundError) return refuse(404, m.ws_tr_gone());
		throw e;
	}
	const target = (await targetsOf(db(), kind, record)).find(
		(t) => t.recordId === translation.record_id && t.field === translation.field
	);
	if (!target) return refuse(404, m.ws_tr_not_this_record());
	const version = Number.parseInt(String(data.get('version') ?? ''), 10);
	return publishReviewed(
		event,
		actor,
		{ kind, id, target },
		{
			own: translation.contributors.includes(actor.userId ?? ''),
			ownRefusal: () => refuse(409, m.ws_tr_own_translation()),
			publish: async () => {
				try {
					await publishTranslation(db(), translation.id, version, actor.userId);
				} catch (e) {
					if (e instanceof VersionConflictError) return refuse(409, m.ws_tr_publish_conflict());
					throw e;
				}
			},
			detail: { reason: 'translation', field: translation.field, lang: translation.lang }
		}
	);
}

/** Records (for review) the language a field's original text is written in. */
export async function originalLanguageAction(event: Event, id: string) {
	const { actor, kind, record, data, refuse } = await translationForm(event, id, 'edit:records');
	const target = await targetFrom(db(), kind, record, data);
	if (!target) return refuse(400, m.ws_tr_bad_field());
	const key = { record_type: target.recordType, record_id: target.recordId, field: target.field };
	if (data.get('step') === 'publish') {
		if (!can(actor, 'publish:records')) {
			return refuse(403, m.ws_tr_editor_only());
		}
		const [declared] = (await listFieldLanguages(db(), [target.recordId])).filter(
			(l) => l.field === target.field
		);
		if (!declared?.pending_lang) return refuse(409, m.ws_tr_no_pending_lang());
		return publishReviewed(
			event,
			actor,
			{ kind, id, target },
			{
				own: declared.pending_by === actor.userId,
				ownRefusal: () => refuse(409, m.ws_tr_own_language()),
				publish: () => publishFieldLanguage(db(), key),
				detail: { reason: 'original-language', field: target.field, lang: declared.pending_lang }
			}
		);
	}
	const lang = String(data.get('lang') ?? '');
	if (!isContentLang(lang)) return refuse(400, m.ws_tr_bad_lang());
	await proposeFieldLanguage(db(), key, lang, actor.userId);
	back(kind, id, 'saved');
}
