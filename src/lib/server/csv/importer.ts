import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ActorKind } from '../db/schema.js';
import { createActor } from '../repositories/actors.js';
import { assertRecordsExist, inTransaction, type Executor } from '../repositories/records.js';
import { citationName } from '../repositories/exports.js';
import {
	insertImportedRecords,
	type ImportedRecord,
	type ImportedType
} from '../repositories/imported-records.js';
import type { CsvColumn } from './column-spec.js';
import { m } from '../../paraglide/messages.js';
import { CsvImportError, type RowError } from './import-errors.js';
import { readCsv } from './read.js';
import { lookUp, resolveReferences, sourceTitle, type Reference } from './references.js';
import { template } from './write.js';

/*
 * The import machinery cases and pledges share. A file is read, every row is checked against
 * the kind's zod schema, and every name it mentions is resolved in one query per kind; only
 * then, if nothing at all is wrong, are the records written, in one transaction, with
 * multi-row inserts: the records as drafts by the importer, their join rows, their
 * citations (unpublished, written by the importer, so the four-eyes rule applies to them as
 * to citations added in the form), and one revision per record (action "import") holding the
 * same snapshot a form save would. Actors the file names by kind and name that are not yet
 * recorded are created first, as drafts, one by one exactly as the case form creates them.
 */

/** A row as a kind builds it: the record's own columns, its join rows and its snapshot's. */
export type BuiltRecord = Pick<ImportedRecord, 'row' | 'joins' | 'related'>;

/** The record_themes rows tagging a new record with its themes. */
export function themeJoin(
	type: ImportSpec<unknown>['type'],
	id: string,
	themeIds: readonly string[]
): BuiltRecord['joins'][number] {
	return {
		table: 'record_themes',
		rows: themeIds.map((theme_id) => ({ record_type: type, record_id: id, theme_id }))
	};
}

export interface BuildContext {
	/** The new record's id. */
	id: string;
	countryId: string;
	/** The id a checked reference resolved to. */
	ref(reference: Reference): string;
}

export interface ImportSpec<P> {
	type: ImportedType;
	columns: readonly CsvColumn[];
	/** Columns an export writes that an import accepts and ignores (id, status, precision...). */
	ignored: readonly string[];
	schema: z.ZodType<P>;
	references(parsed: P): Reference[];
	/** Rules across columns, after each column is valid on its own. */
	check(parsed: P): { column: string; message: string }[];
	build(parsed: P, context: BuildContext): BuiltRecord;
	summary(parsed: P): { title: string; details: string };
}

/** An actor the import will create as a draft, and the rows that name it. */
export interface NewActor {
	name: string;
	kind: ActorKind;
	rows: number[];
}

export interface ImportPreview {
	/** True when the import would succeed as it stands. */
	ok: boolean;
	/** Data rows in the file (comments and blank lines aside). */
	rowCount: number;
	/** The rows that will be created, when nothing is wrong anywhere, with the sources they cite. */
	create: { row: number; title: string; details: string; sources: string[] }[];
	/** Actors not yet recorded that the import will create as drafts. */
	newActors: NewActor[];
	errors: RowError[];
}

interface Checked<P> {
	rows: { line: number; parsed: P; ids: Map<Reference, string> }[];
	rowCount: number;
	errors: RowError[];
	/** Keyed by the placeholder id rows' references hold until the actor is created. */
	newActors: Map<string, NewActor>;
	/** A resolved source's title, for the preview. */
	sourceTitle(id: string): string;
}

/** Stands in for a new actor's id in a row's references until the import creates it. */
const newActorKey = (name: string) => `new-actor:${name.toLowerCase()}`;

async function checkFile<P>(
	db: Executor,
	spec: ImportSpec<P>,
	text: string,
	countryId: string
): Promise<Checked<P>> {
	await assertRecordsExist(db, 'country', [countryId], 'countryId');
	const read = readCsv(text, spec.columns, spec.ignored);
	const errors = [...read.errors];
	const parsed: { line: number; parsed: P }[] = [];
	for (const row of read.rows) {
		const result = spec.schema.safeParse(row.values);
		if (!result.success) {
			for (const issue of result.error.issues) {
				const column = issue.path[0];
				errors.push({
					row: row.line,
					column: typeof column === 'string' ? column : null,
					message: issue.message
				});
			}
			continue;
		}
		const problems = spec.check(result.data);
		for (const p of problems) errors.push({ row: row.line, ...p });
		if (problems.length === 0) parsed.push({ line: row.line, parsed: result.data });
	}

	const references = parsed.flatMap((p) => spec.references(p.parsed));
	const resolved = await resolveReferences(db, countryId, references);
	const rows: Checked<P>['rows'] = [];
	const newActors = new Map<string, NewActor>();
	// The kinds the file gives new actors, so a row may name one without its kind once any
	// row has given it ("person: Jane Doe" in one row, "Jane Doe" in the next).
	const kindsGiven = new Map<string, ActorKind>();
	for (const ref of references) {
		if (ref.createAs && !kindsGiven.has(newActorKey(ref.name)))
			kindsGiven.set(newActorKey(ref.name), ref.createAs);
	}
	for (const p of parsed) {
		const ids = new Map<Reference, string>();
		for (const ref of spec.references(p.parsed)) {
			const given = ref.kind === 'actor' ? kindsGiven.get(newActorKey(ref.name)) : undefined;
			const found = lookUp(resolved, given && !ref.createAs ? { ...ref, createAs: given } : ref);
			if ('id' in found) ids.set(ref, found.id);
			else if ('message' in found) {
				errors.push({ row: p.line, column: ref.column, message: found.message });
			} else {
				const key = newActorKey(found.create.name);
				const seen = newActors.get(key);
				if (seen && seen.kind !== found.create.kind) {
					errors.push({
						row: p.line,
						column: ref.column,
						message: m.ws_imp_err_actor_kind_clash({
							name: ref.name,
							kind: found.create.kind,
							other: seen.kind,
							row: seen.rows[0] ?? p.line
						})
					});
					continue;
				}
				if (seen) {
					if (!seen.rows.includes(p.line)) seen.rows.push(p.line);
				} else newActors.set(key, { ...found.create, rows: [p.line] });
				ids.set(ref, key);
			}
		}
		rows.push({ line: p.line, parsed: p.parsed, ids });
	}
	errors.sort((a, b) => a.row - b.row);
	return {
		rows,
		rowCount: read.count,
		errors,
		newActors,
		sourceTitle: (id) => sourceTitle(resolved, id)
	};
}

/** The sources a checked row cites, as "title (locator)". */
function citedSources<P>(
	spec: ImportSpec<P>,
	row: Checked<P>['rows'][number],
	title: (id: string) => string
) {
	return spec
		.references(row.parsed)
		.filter((r) => r.kind === 'source')
		.map((r) => {
			return citationName(title(row.ids.get(r) as string), r.locator ?? '');
		});
}

export async function previewImport<P>(
	db: Executor,
	spec: ImportSpec<P>,
	text: string,
	countryId: string
): Promise<ImportPreview> {
	const checked = await checkFile(db, spec, text, countryId);
	const ok = checked.errors.length === 0;
	return {
		ok,
		rowCount: checked.rowCount,
		create: ok
			? checked.rows.map((r) => ({
					row: r.line,
					...spec.summary(r.parsed),
					sources: citedSources(spec, r, checked.sourceTitle)
				}))
			: [],
		newActors: ok ? [...checked.newActors.values()] : [],
		errors: checked.errors
	};
}

export interface ImportResult {
	created: number;
	ids: string[];
	/** Ids of the actors created as drafts for the file. */
	actorIds: string[];
	citations: number;
}

export async function runImport<P>(
	db: Executor,
	spec: ImportSpec<P>,
	text: string,
	options: { countryId: string; userId: string | null }
): Promise<ImportResult> {
	return inTransaction(db, async (trx) => {
		const checked = await checkFile(trx, spec, text, options.countryId);
		if (checked.errors.length > 0) throw new CsvImportError(checked.errors, checked.rowCount);

		// New actors as the case form makes them: a draft of the record's country, with its revision.
		const actorIds = new Map<string, string>();
		for (const [key, actor] of checked.newActors) {
			const made = await createActor(
				trx,
				{ kind: actor.kind, name: actor.name, country_id: options.countryId },
				options.userId
			);
			actorIds.set(key, made.id);
		}

		const imported: ImportedRecord[] = checked.rows.map(({ parsed, ids }) => {
			const id = randomUUID();
			const idOf = (reference: Reference) => {
				const found = ids.get(reference) as string;
				return actorIds.get(found) ?? found;
			};
			const built = spec.build(parsed, { id, countryId: options.countryId, ref: idOf });
			const cites = spec
				.references(parsed)
				.filter((r) => r.kind === 'source')
				.map((r) => ({ source_id: idOf(r), locator: r.locator ?? '' }));
			return { id, ...built, cites };
		});
		const citations = await insertImportedRecords(trx, spec.type, imported, options.userId);
		return {
			created: imported.length,
			ids: imported.map((r) => r.id),
			actorIds: [...actorIds.values()],
			citations
		};
	});
}

/** The preview, import and template functions a kind exports, bound to its spec. */
export function importOperations<P>(spec: ImportSpec<P>) {
	return {
		/** What importing the file would do, row by row, without writing anything. */
		preview: (db: Executor, csvText: string, options: { countryId: string }) =>
			previewImport(db, spec, csvText, options.countryId),
		/** Creates every record in the file as a draft by `userId`, or none (CsvImportError). */
		run: (db: Executor, csvText: string, options: { countryId: string; userId: string | null }) =>
			runImport(db, spec, csvText, options),
		template: () => template(spec.columns)
	};
}
