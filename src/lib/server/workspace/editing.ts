import { m } from '$lib/paraglide/messages';
import type { FieldErrors, FormSection, FormValues } from '$lib/workspace/form';
import { allFields } from '$lib/workspace/form';
import { createActor } from '$lib/server/repositories/actors';
import {
	NotFoundError,
	ValidationError,
	VersionConflictError
} from '$lib/server/repositories/errors';
import {
	findPendingRevision,
	savePendingRevision
} from '$lib/server/repositories/pending-revisions';
import {
	inRolledBackTransaction,
	inTransaction,
	type Executor
} from '$lib/server/repositories/records';
import { formContext, withLabels } from './context';
import { diffValues, type FieldChange } from './diff';
import { declaredLanguages } from '$lib/server/repositories/translations';
import { findDuplicates, type DuplicateCandidate } from './duplicate-warning';
import {
	echoValues,
	ParsedForm,
	parseForm,
	readForm,
	type RawForm,
	type RawLookup
} from './form-schema';
import type { WorkspaceKind, WorkspaceRecord } from './kinds/types';
import { parseNewActor, resolveTypedNames } from './lookup';

/*
 * Creating and editing any record type from its form: parse and check the submission, warn
 * of a likely duplicate, make actors created in place, and save, turning every refusal into
 * something the form can show with what was typed still in it.
 */

export interface LoadedForm {
	sections: FormSection[];
	values: FormValues;
	/**
	 * The version of the record's pending changes the form opened with (0: none). Edits to a
	 * published record build on its pending changes, so the form opens with those.
	 */
	pendingVersion: number;
}

/** The form for a new record (`record` undefined) or for editing one. */
export async function formFor(
	db: Executor,
	kind: WorkspaceKind,
	record?: WorkspaceRecord
): Promise<LoadedForm> {
	const sections = kind.sections(await formContext(db));
	if (!record) return { sections, values: newValues(sections), pendingVersion: 0 };
	const pending =
		record.status === 'published' ? await findPendingRevision(db, kind.type, record.id) : undefined;
	const values = await withLabels(
		db,
		sections,
		pending ? (pending.values as FormValues) : kind.toValues(record)
	);
	return { sections, values, pendingVersion: pending?.version ?? 0 };
}

/** A new form starts with each required choice on its first option, other fields empty. */
function newValues(sections: readonly FormSection[]): FormValues {
	const values: FormValues = {};
	for (const field of allFields(sections)) {
		if (field.kind === 'select' && field.required && field.name !== 'country_id') {
			values[field.name] = field.options[0]?.value ?? '';
		}
	}
	return values;
}

export type SaveOutcome =
	/** `pending`: the record is published, so the changes wait for review. */
	| { kind: 'saved'; id: string; pending: boolean }
	| { kind: 'invalid'; errors: FieldErrors; values: FormValues }
	| { kind: 'duplicates'; values: FormValues; candidates: DuplicateCandidate[] }
	| {
			kind: 'conflict';
			/** What this person typed, to merge from. */
			values: FormValues;
			/** The record as the form would open now (with its pending changes, if any). */
			current: FormValues;
			currentVersion: number;
			currentPendingVersion: number;
			changes: FieldChange[];
	  };

export interface SaveOptions {
	userId: string | null;
	/** Editing this record; undefined to create one. */
	id?: string;
	/** The person saw the duplicate warning and saves anyway. */
	confirmedNotDuplicate?: boolean;
}

/** Saves a submitted form; throws NotFoundError when the record being edited is gone. */
export async function saveRecord(
	db: Executor,
	kind: WorkspaceKind,
	data: FormData,
	options: SaveOptions
): Promise<SaveOutcome> {
	const sections = kind.sections(await formContext(db));
	const fields = allFields(sections);
	const raw = readForm(data, fields);
	const echo = async () => withLabels(db, sections, echoValues(raw));
	const invalid = async (errors: FieldErrors): Promise<SaveOutcome> => ({
		kind: 'invalid',
		errors,
		values: await echo()
	});

	const version = Number.parseInt(String(data.get('version') ?? ''), 10);
	if (options.id !== undefined && !Number.isInteger(version)) {
		return invalid({ _form: m.ws_v_lost_version() });
	}

	const parsed = parseForm(raw, fields);
	// Rules across fields read only text and ticks, so they run on the raw form too: every
	// problem is shown at once, not one round after another.
	const crossField = kind.validate?.(parsed.ok ? parsed.form : new ParsedForm(raw)) ?? {};
	if (!parsed.ok) return invalid({ ...crossField, ...parsed.errors });
	if (Object.keys(crossField).length > 0) return invalid(crossField);
	const typedProblems = await addTypedNames(db, sections, raw, parsed.form);
	if (Object.keys(typedProblems).length > 0) return invalid(typedProblems);

	const current = options.id !== undefined ? await kind.get(db, options.id) : undefined;
	if (!current && !options.confirmedNotDuplicate && kind.duplicates) {
		const { datePrefix, endPrefix, typeColumn, affectedField } = kind.duplicates;
		const end = endPrefix ? parsed.form.date(endPrefix) : undefined;
		const candidates = await findDuplicates(db, kind, {
			title: parsed.form.text('title'),
			country_id: parsed.form.text('country_id') || undefined,
			type: typeColumn ? parsed.form.text(typeColumn) : undefined,
			date: parsed.form.date(datePrefix).date,
			end: end?.date ?? null,
			ongoing: end?.ongoing ?? false,
			// Actors typed in to be created are new: no record can share them yet.
			affectedIds: affectedField ? parsed.form.ids(affectedField) : []
		});
		if (candidates.length > 0) return { kind: 'duplicates', values: await echo(), candidates };
	}

	try {
		if (current?.status === 'published' && options.id !== undefined) {
			const pendingVersion = Number.parseInt(String(data.get('pending_version') ?? '0'), 10);
			let base = current;
			let baseVersion = version;
			const protective = kind.protectAtOnce?.(parsed.form, current);
			if (protective) {
				// Withdrawing a real name from the public does not wait for a second person.
				base = await kind.update(db, current.id, version, protective, options.userId);
				baseVersion = base.version;
				const published = await withLabels(db, sections, kind.toValues(base));
				if (diffValues(sections, published, await echo()).length === 0) {
					return { kind: 'saved', id: base.id, pending: false };
				}
			}
			await savePending(db, kind, sections, raw, base, {
				version: baseVersion,
				pendingVersion: Number.isInteger(pendingVersion) ? pendingVersion : 0,
				userId: options.userId
			});
			return { kind: 'saved', id: current.id, pending: true };
		}
		const saved = await inTransaction(db, async (trx) => {
			await createActorsInPlace(trx, sections, parsed.form, options.userId);
			const input = kind.toInput(parsed.form, current);
			return current && options.id !== undefined
				? kind.update(trx, options.id, version, input, options.userId)
				: kind.create(trx, input, options.userId);
		});
		return { kind: 'saved', id: saved.id, pending: false };
	} catch (error) {
		if (error instanceof ValidationError) return invalid(fieldErrors(error, fields));
		if (error instanceof VersionConflictError && options.id !== undefined) {
			const now = await kind.get(db, options.id, { includeDeleted: true });
			const values = await echo();
			const opened = await formFor(db, kind, now);
			return {
				kind: 'conflict',
				values,
				current: opened.values,
				currentVersion: now.version,
				currentPendingVersion: opened.pendingVersion,
				changes: diffValues(
					sections,
					opened.values,
					values,
					(await declaredLanguages(db, [now.id]))[now.id]
				)
			};
		}
		throw error;
	}
}

/*
 * An edit of a published record: checked exactly as a save would be (the update is run and
 * rolled back, so every repository rule and the record's version are checked), then kept as
 * the record's pending revision while the published row, and so every public page, stays as
 * it is. Actors created in place are made now, as drafts, so the stored values name them.
 */
async function savePending(
	db: Executor,
	kind: WorkspaceKind,
	sections: readonly FormSection[],
	raw: RawForm,
	current: WorkspaceRecord,
	options: { version: number; pendingVersion: number; userId: string | null }
): Promise<void> {
	const fields = allFields(sections);
	const parse = () => {
		const parsed = parseForm(structuredClone(raw), fields);
		if (!parsed.ok) throw new ValidationError(parsed.errors);
		return parsed.form;
	};
	if (!db.isTransaction) {
		await inRolledBackTransaction(db, async (trx) => {
			const form = parse();
			await createActorsInPlace(trx, sections, form, options.userId);
			await kind.update(trx, current.id, options.version, kind.toInput(form, current), null);
		});
	}
	await inTransaction(db, async (trx) => {
		const form = parse();
		await createActorsInPlace(trx, sections, form, options.userId);
		// The stored values name the actors just made, as a later form would.
		const submitted = structuredClone(raw);
		for (const field of fields) {
			if (field.kind !== 'lookup') continue;
			submitted[field.name] = { ids: (form.data[field.name] as RawLookup).ids, typed: '' };
		}
		await savePendingRevision(
			trx,
			{
				recordType: kind.type,
				recordId: current.id,
				baseVersion: current.version,
				values: echoValues(submitted),
				action: 'edit',
				expectedVersion: options.pendingVersion
			},
			options.userId
		);
	});
}

/** Repository errors keyed by a field the form shows stay there; the rest go to the top. */
function fieldErrors(error: ValidationError, fields: readonly { name: string }[]): FieldErrors {
	const names = new Set(fields.map((f) => f.name));
	const errors: FieldErrors = {};
	for (const [key, message] of Object.entries(error.fields)) {
		const field = key.split('.')[0] ?? key;
		if (names.has(field)) errors[field] ??= message;
		else errors._form = errors._form ? `${errors._form} ${message}` : message;
	}
	return errors;
}

/* Names typed into a lookup without JavaScript join the picked ids, or say what is wrong. */
async function addTypedNames(
	db: Executor,
	sections: readonly FormSection[],
	raw: RawForm,
	form: ParsedForm
): Promise<FieldErrors> {
	const problems: FieldErrors = {};
	for (const field of allFields(sections)) {
		if (field.kind !== 'lookup') continue;
		const value = form.data[field.name] as RawLookup;
		if (!value.typed.trim()) continue;
		const { ids, problem } = await resolveTypedNames(db, field.lookup, value.typed);
		if (problem) problems[field.name] = problem;
		else {
			value.ids = [...new Set([...value.ids, ...ids])];
			(raw[field.name] as RawLookup).ids = value.ids;
		}
	}
	return problems;
}

/* Actors created in place ("new:person:Name") are made now, in the record's transaction. */
async function createActorsInPlace(
	trx: Executor,
	sections: readonly FormSection[],
	form: ParsedForm,
	userId: string | null
): Promise<void> {
	const made = new Map<string, string>();
	for (const field of allFields(sections)) {
		if (field.kind !== 'lookup' || !field.create) continue;
		const value = form.data[field.name] as RawLookup;
		const ids: string[] = [];
		for (const id of value.ids) {
			const wanted = parseNewActor(id);
			if (!wanted) {
				ids.push(id);
				continue;
			}
			let actorId = made.get(id);
			if (!actorId) {
				const actor = await createActor(
					trx,
					{ kind: wanted.kind, name: wanted.name, country_id: form.text('country_id') || null },
					userId
				);
				actorId = actor.id;
				made.set(id, actorId);
			}
			ids.push(actorId);
		}
		value.ids = ids;
	}
}

export { NotFoundError };
