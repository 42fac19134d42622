import { m } from '$lib/paraglide/messages';
import { megabytes } from '$lib/workspace/megabytes';
import {
	CASE_COLUMNS,
	caseTemplate,
	CsvImportError,
	importCases,
	importPledges,
	PLEDGE_COLUMNS,
	pledgeTemplate,
	previewCaseImport,
	previewPledgeImport,
	type ImportPreview,
	type RowError
} from '$lib/server/csv';
import { recordAudit } from '$lib/server/audit';
import { getCountry } from '$lib/server/repositories/countries';
import { NotFoundError } from '$lib/server/repositories/errors';
import type { Executor } from '$lib/server/repositories/records';
import type { TransitionContext } from './workflow';

/*
 * The import page's steps: read the submitted form (a file or pasted text, the record type
 * and the country), preview what the file would create, then create all of it or nothing.
 * The CSV module does the checking; this module turns a form into its calls.
 */

export const IMPORT_TYPES = ['cases', 'pledges'] as const;
export type ImportType = (typeof IMPORT_TYPES)[number];

/** A CSV file larger than this is refused before it is read (a few thousand rows fit). */
export const MAX_IMPORT_BYTES = 5_000_000;

const TOO_LARGE = (size: string) => m.ws_imp_too_large({ size, max: megabytes(MAX_IMPORT_BYTES) });

/*
 * The whole upload is refused before it reaches the action when it is larger than the
 * server's BODY_SIZE_LIMIT (6 MB by default: a 5 MB file and the form around it), and reading
 * the form then fails with a 413. The page says so instead of showing a bare error.
 */
export const uploadTooLarge = (): string =>
	m.ws_imp_upload_too_large({ max: megabytes(MAX_IMPORT_BYTES) });

/** The submitted form, or null when the body was too large to be read. */
export async function importFormData(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch (e) {
		if ((e as { status?: unknown }).status === 413) return null;
		throw e;
	}
}

const SPECS = {
	cases: { preview: previewCaseImport, run: importCases, template: caseTemplate },
	pledges: { preview: previewPledgeImport, run: importPledges, template: pledgeTemplate }
} as const;

/** The columns of each type, for the import page's help (the template holds the same list). */
export const IMPORT_COLUMNS = { cases: CASE_COLUMNS, pledges: PLEDGE_COLUMNS } as const;

export function importTemplate(type: ImportType): string {
	return SPECS[type].template();
}

export function isImportType(value: string): value is ImportType {
	return (IMPORT_TYPES as readonly string[]).includes(value);
}

/** What the form carried, echoed back so nothing typed or pasted is lost on an error. */
export interface ImportForm {
	type: string;
	countryId: string;
	text: string;
}

export type ImportFormReading =
	| { ok: true; form: ImportForm & { type: ImportType } }
	| { ok: false; form: ImportForm; message: string };

/** Reads type, country and CSV text (an uploaded file wins over pasted text). */
export async function readImportForm(db: Executor, data: FormData): Promise<ImportFormReading> {
	const file = data.get('file');
	const pasted = String(data.get('csv') ?? '');
	const form: ImportForm = {
		type: String(data.get('type') ?? ''),
		countryId: String(data.get('country_id') ?? ''),
		text: pasted
	};
	const refuse = (message: string): ImportFormReading => ({ ok: false, form, message });
	if (file instanceof File && file.size > 0) {
		if (file.size > MAX_IMPORT_BYTES) return refuse(TOO_LARGE(megabytes(file.size)));
		form.text = await file.text();
	} else if (pasted.length > MAX_IMPORT_BYTES) {
		return refuse(TOO_LARGE(megabytes(pasted.length)));
	}
	if (!isImportType(form.type)) return refuse(m.ws_imp_choose_type());
	if (!form.countryId) return refuse(m.ws_imp_choose_country());
	try {
		await getCountry(db, form.countryId);
	} catch (e) {
		if (e instanceof NotFoundError) return refuse(m.ws_imp_choose_country());
		throw e;
	}
	if (form.text.trim() === '') return refuse(m.ws_imp_no_text());
	return { ok: true, form: { ...form, type: form.type } };
}

export function previewImportForm(
	db: Executor,
	form: ImportForm & { type: ImportType }
): Promise<ImportPreview> {
	return SPECS[form.type].preview(db, form.text, { countryId: form.countryId });
}

export type ImportOutcome =
	| { ok: true; created: number }
	| { ok: false; errors: RowError[]; message: string };

/** Creates every row as a draft attributed to the actor, or nothing when any row is wrong. */
export async function commitImportForm(
	db: Executor,
	form: ImportForm & { type: ImportType },
	context: TransitionContext
): Promise<ImportOutcome> {
	// Both outcomes are audited: an import writes many records at once, and a refused one
	// shows who tried to bring what into which country.
	const audit = (
		outcome: 'success' | 'failure',
		rows: number,
		problems: number,
		made?: { actors: number; citations: number }
	) =>
		recordAudit(db, {
			action: 'import',
			outcome,
			userId: context.actor.userId,
			actorEmail: context.actor.email,
			targetType: form.type,
			ip: context.ip ?? null,
			userAgent: context.userAgent ?? null,
			detail: { type: form.type, country: form.countryId, rows, problems, ...made }
		});
	try {
		const result = await SPECS[form.type].run(db, form.text, {
			countryId: form.countryId,
			userId: context.actor.userId
		});
		await audit('success', result.created, 0, {
			actors: result.actorIds.length,
			citations: result.citations
		});
		return { ok: true, created: result.created };
	} catch (e) {
		if (!(e instanceof CsvImportError)) throw e;
		await audit('failure', e.rowCount, e.errors.length);
		return { ok: false, errors: e.errors, message: e.message };
	}
}
