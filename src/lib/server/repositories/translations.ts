import { randomUUID } from 'node:crypto';
import {
	DEFAULT_CONTENT_LANG,
	type ContentLang,
	type FieldLangs,
	type TranslationOwner
} from '../../domain/translations.js';
import type { Translation } from '../db/schema.js';
import { idIn } from '../db/id-list.js';
import { now } from '../clock.js';
import { NotFoundError, VersionConflictError } from './errors.js';
import type { Executor } from './records.js';

/*
 * Translations of record fields and the language each field's original is written in
 * (migrations/0013_translations.ts). A save changes only the working text and adds its writer
 * to the contributors; the public text changes only through publishTranslation, which the
 * workspace service calls after the four-eyes check.
 */

export interface TranslationRow extends Omit<Translation, 'contributors'> {
	contributors: string[];
}

function parsed(row: Translation): TranslationRow {
	return { ...row, contributors: JSON.parse(row.contributors) as string[] };
}

export async function listTranslations(
	db: Executor,
	type: TranslationOwner,
	id: string
): Promise<TranslationRow[]> {
	const rows = await db
		.selectFrom('translations')
		.selectAll()
		.where('record_type', '=', type)
		.where('record_id', '=', id)
		.orderBy('field')
		.orderBy('lang')
		.execute();
	return rows.map(parsed);
}

export async function getTranslation(db: Executor, id: string): Promise<TranslationRow> {
	const row = await db
		.selectFrom('translations')
		.selectAll()
		.where('id', '=', id)
		.executeTakeFirst();
	if (!row) throw new NotFoundError('translation', id);
	return parsed(row);
}

export interface TranslationKey {
	record_type: TranslationOwner;
	record_id: string;
	field: string;
	lang: ContentLang;
}

/** The columns that name one field of one record. */
const fieldOf = (key: Omit<TranslationKey, 'lang'>) => ({
	record_type: key.record_type,
	record_id: key.record_id,
	field: key.field
});

/** The columns that name one field of one record in one language. */
const translationOf = (key: TranslationKey) => ({ ...fieldOf(key), lang: key.lang });

/**
 * Writes the working text of a translation, creating it on first save. `version` is the
 * version the writer loaded (0 for a new one); a stale version throws VersionConflictError.
 */
export async function saveTranslation(
	db: Executor,
	key: TranslationKey,
	text: string,
	version: number,
	userId: string | null
): Promise<TranslationRow> {
	const at = now();
	const found = await db
		.selectFrom('translations')
		.selectAll()
		.where((eb) => eb.and(translationOf(key)))
		.executeTakeFirst();
	if (!found) {
		if (version !== 0) throw new VersionConflictError('translation', key.field, version, null);
		const id = randomUUID();
		await db
			.insertInto('translations')
			.values({
				id,
				...key,
				text,
				published_text: null,
				contributors: JSON.stringify(userId ? [userId] : []),
				created_at: at,
				created_by: userId,
				updated_at: at,
				updated_by: userId,
				published_at: null,
				published_by: null
			})
			.execute();
		return getTranslation(db, id);
	}
	const current = parsed(found);
	if (current.version !== version) {
		throw new VersionConflictError('translation', current.id, version, current);
	}
	if (current.text === text) return current;
	const contributors = [...new Set([...current.contributors, ...(userId ? [userId] : [])])];
	await db
		.updateTable('translations')
		.set({
			text,
			contributors: JSON.stringify(contributors),
			version: current.version + 1,
			updated_at: at,
			updated_by: userId
		})
		.where('id', '=', current.id)
		.where('version', '=', version)
		.execute();
	return getTranslation(db, current.id);
}

/** Makes the working text the public text; the caller has checked the four-eyes rule. */
export async function publishTranslation(
	db: Executor,
	id: string,
	version: number,
	userId: string | null
): Promise<void> {
	const current = await getTranslation(db, id);
	if (current.version !== version) {
		throw new VersionConflictError('translation', id, version, current);
	}
	await db
		.updateTable('translations')
		.set({
			published_text: current.text,
			contributors: '[]',
			version: current.version + 1,
			published_at: now(),
			published_by: userId
		})
		.where('id', '=', id)
		.where('version', '=', version)
		.execute();
}

/** Whether a translation holds text not yet published. */
export function isPendingTranslation(t: Pick<TranslationRow, 'text' | 'published_text'>): boolean {
	return t.published_text !== t.text;
}

export interface PublishedTranslation {
	record_id: string;
	field: string;
	lang: ContentLang;
	text: string;
}

/** The published translations of these records, in one language or (no `lang`) in all. */
export async function listPublishedTranslations(
	db: Executor,
	ids: readonly string[],
	lang?: ContentLang
): Promise<PublishedTranslation[]> {
	if (ids.length === 0) return [];
	let query = db
		.selectFrom('translations')
		.select(['record_id', 'field', 'lang', 'published_text as text'])
		.where(idIn(db, 'record_id', [...new Set(ids)]))
		.where('published_text', 'is not', null)
		.where('published_text', '!=', '');
	if (lang) query = query.where('lang', '=', lang);
	const rows = await query.orderBy('record_id').orderBy('field').orderBy('lang').execute();
	return rows.map((r) => ({ ...r, text: r.text ?? '' }));
}

export interface FieldLanguage {
	record_type: TranslationOwner;
	record_id: string;
	field: string;
	lang: ContentLang;
	pending_lang: ContentLang | null;
	pending_by: string | null;
}

/** The declared original languages of these records' fields (undeclared ones are English). */
export async function listFieldLanguages(
	db: Executor,
	ids: readonly string[]
): Promise<FieldLanguage[]> {
	if (ids.length === 0) return [];
	return db
		.selectFrom('field_languages')
		.select(['record_type', 'record_id', 'field', 'lang', 'pending_lang', 'pending_by'])
		.where(idIn(db, 'record_id', [...new Set(ids)]))
		.execute();
}

/** Asks for a field's original language to change; it waits for review in `pending_lang`. */
export async function proposeFieldLanguage(
	db: Executor,
	key: Omit<TranslationKey, 'lang'>,
	lang: ContentLang,
	userId: string | null
): Promise<void> {
	const at = now();
	const found = await db
		.selectFrom('field_languages')
		.select('lang')
		.where((eb) => eb.and(fieldOf(key)))
		.executeTakeFirst();
	const pending = (found?.lang ?? 'en') === lang ? null : lang;
	const values = { pending_lang: pending, pending_by: pending ? userId : null, updated_at: at };
	if (found) {
		await db
			.updateTable('field_languages')
			.set(values)
			.where((eb) => eb.and(fieldOf(key)))
			.execute();
	} else if (pending) {
		await db
			.insertInto('field_languages')
			.values({ ...key, lang: 'en', ...values })
			.execute();
	}
}

/** Applies a proposed original language; the caller has checked the four-eyes rule. */
export async function publishFieldLanguage(
	db: Executor,
	key: Omit<TranslationKey, 'lang'>
): Promise<void> {
	const found = await db
		.selectFrom('field_languages')
		.select('pending_lang')
		.where((eb) => eb.and(fieldOf(key)))
		.executeTakeFirst();
	if (!found?.pending_lang) return;
	await db
		.updateTable('field_languages')
		.set({ lang: found.pending_lang, pending_lang: null, pending_by: null, updated_at: now() })
		.where((eb) => eb.and(fieldOf(key)))
		.execute();
}

/**
 * The declared original language of each field of these records that has one, by record id
 * and field: what the workspace marks their text with (undeclared fields are English).
 */
export async function declaredLanguages(db: Executor, ids: readonly string[]): Promise<FieldLangs> {
	const langs: FieldLangs = {};
	for (const row of await listFieldLanguages(db, ids)) {
		if (row.lang !== DEFAULT_CONTENT_LANG)
			langs[row.record_id] = { ...langs[row.record_id], [row.field]: row.lang };
	}
	return langs;
}
