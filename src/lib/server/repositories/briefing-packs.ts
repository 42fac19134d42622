import { randomId } from '../auth/tokens.js';
import type { Updateable } from 'kysely';
import type { BriefingDocumentsTable, BriefingPacksTable } from '../db/schema.js';
import { now } from '../clock.js';
import { NotFoundError, ValidationError, VersionConflictError } from './errors.js';
import type { Executor } from './records.js';
import { readShape } from '../db/read-shape.js';
import { preparedReads } from '../db/connect.js';

/*
 * Briefing packs and their issued documents. A draft's content lives in `body` (JSON) and
 * saves against its `version` like any record; issuing copies it into `snapshot` and stores
 * the documents' bytes, after which nothing here changes the pack but a withdrawal.
 */

export type PackFormat = BriefingDocumentsTable['format'];

export interface NewBriefingPack {
	countryId: string;
	title: string;
	/** JSON: the occasion as chosen (an engagement, or a title and a date). */
	occasion: string;
	windowStart: string | null;
	windowEnd: string | null;
	themeSlugs: string[];
	/** JSON: the builder's choices that are not content (real names). */
	selection: string;
	/** JSON: the draft's BriefingContent. */
	body: string;
	isPublic: boolean;
	basedOn?: string | null;
	/** A fixed id (the demo's pack); new packs get a random one. */
	id?: string;
}

const PACK_COLUMNS = [
	'briefing_packs.id',
	'briefing_packs.country_id',
	'briefing_packs.title',
	'briefing_packs.occasion',
	'briefing_packs.window_start',
	'briefing_packs.window_end',
	'briefing_packs.theme_ids',
	'briefing_packs.selection',
	'briefing_packs.body',
	'briefing_packs.is_public',
	'briefing_packs.snapshot',
	'briefing_packs.issued_at',
	'briefing_packs.issued_by',
	'briefing_packs.withdrawn_at',
	'briefing_packs.withdrawn_by',
	'briefing_packs.withdrawn_reason',
	'briefing_packs.based_on',
	'briefing_packs.version',
	'briefing_packs.created_at',
	'briefing_packs.created_by',
	'briefing_packs.updated_at',
	'briefing_packs.updated_by',
	'countries.code as country_code',
	'countries.name as country_name',
	'issuer.email as issuer_email'
] as const;

function packs(db: Executor) {
	return db
		.selectFrom('briefing_packs')
		.innerJoin('countries', 'countries.id', 'briefing_packs.country_id')
		.leftJoin('users as issuer', 'issuer.id', 'briefing_packs.issued_by')
		.where('briefing_packs.deleted_at', 'is', null);
}

export type BriefingPackRow = Awaited<ReturnType<typeof getBriefingPack>>;

export async function createBriefingPack(
	db: Executor,
	input: NewBriefingPack,
	userId: string | null
): Promise<string> {
	const id = input.id ?? randomId();
	const at = now();
	await db
		.insertInto('briefing_packs')
		.values({
			id,
			country_id: input.countryId,
			title: input.title,
			occasion: input.occasion,
			window_start: input.windowStart,
			window_end: input.windowEnd,
			theme_ids: JSON.stringify(input.themeSlugs),
			selection: input.selection,
			body: input.body,
			is_public: input.isPublic ? 1 : 0,
			based_on: input.basedOn ?? null,
			version: 1,
			created_at: at,
			updated_at: at,
			created_by: userId,
			updated_by: userId
		})
		.execute();
	return id;
}

export async function getBriefingPack(db: Executor, id: string) {
	const row = await packs(db)
		.where('briefing_packs.id', '=', id)
		.select(PACK_COLUMNS)
		.executeTakeFirst();
	if (!row) throw new NotFoundError('briefing pack', id);
	return row;
}

/** Every pack, newest first: drafts and issued, withdrawn ones included (and marked). */
export function listBriefingPacks(db: Executor) {
	return packs(db)
		.select(PACK_COLUMNS)
		.orderBy('countries.name')
		.orderBy('briefing_packs.updated_at', 'desc')
		.execute();
}

const publicPacks = readShape((db, country: { id: string | undefined; code: string | undefined }) =>
	packs(db)
		.$if(country.id !== undefined, (q) =>
			q.where('briefing_packs.country_id', '=', country.id ?? '')
		)
		.$if(country.code !== undefined, (q) => q.where('countries.code', '=', country.code ?? ''))
		.where('countries.status', '=', 'published')
		.where('briefing_packs.is_public', '=', 1)
		.where('briefing_packs.issued_at', 'is not', null)
		.where('briefing_packs.withdrawn_at', 'is', null)
		.select(['briefing_packs.id', 'briefing_packs.title', 'briefing_packs.issued_at'])
		.orderBy('briefing_packs.issued_at', 'desc')
);

/**
 * A country's issued public packs that stand (not withdrawn), newest first. The country page
 * reads it on every request: kept prepared on PostgreSQL (preparedReads).
 */
export function listPublicBriefingPacks(db: Executor, country: { id: string } | { code: string }) {
	return publicPacks.execute(preparedReads(db), {
		id: 'id' in country ? country.id : undefined,
		code: 'code' in country ? country.code.toUpperCase() : undefined
	});
}

function refuseIssued(row: { id: string; issued_at: string | null }) {
	if (row.issued_at !== null)
		throw new ValidationError({
			_form: `This pack was issued on ${row.issued_at.slice(0, 10)} and can no longer change; start a new draft from it instead.`
		});
}

/**
 * Writes `values` to a draft (never an issued pack) inside `trx`, against the version it was
 * loaded at, and moves it to the next version. Throws VersionConflictError (writing nothing)
 * when someone saved in between.
 */
async function changeDraft(
	trx: Executor,
	id: string,
	expectedVersion: number,
	values: Updateable<BriefingPacksTable>
): Promise<void> {
	const row = await getBriefingPack(trx, id);
	refuseIssued(row);
	if (row.version !== expectedVersion)
		throw new VersionConflictError('briefing pack', id, expectedVersion, row);
	const result = await trx
		.updateTable('briefing_packs')
		.set({ ...values, version: row.version + 1 })
		.where('id', '=', id)
		.where('version', '=', expectedVersion)
		.where('issued_at', 'is', null)
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) !== 1)
		throw new VersionConflictError('briefing pack', id, expectedVersion, row);
}

/**
 * Saves a draft's edited content against the version it was loaded at. Throws
 * VersionConflictError (writing nothing) when someone saved in between.
 */
export async function saveBriefingPackBody(
	db: Executor,
	id: string,
	expectedVersion: number,
	body: string,
	userId: string | null
): Promise<number> {
	return db.transaction().execute(async (trx) => {
		await changeDraft(trx, id, expectedVersion, { body, updated_at: now(), updated_by: userId });
		return expectedVersion + 1;
	});
}

export interface IssuedDocument {
	format: PackFormat;
	bytes: Uint8Array;
	sha256: string;
}

/** Freezes a draft: its snapshot and documents are stored and the pack never changes again. */
export async function issueBriefingPack(
	db: Executor,
	id: string,
	expectedVersion: number,
	issue: { snapshot: string; isPublic: boolean; documents: IssuedDocument[]; at: string },
	userId: string | null
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await changeDraft(trx, id, expectedVersion, {
			snapshot: issue.snapshot,
			is_public: issue.isPublic ? 1 : 0,
			issued_at: issue.at,
			issued_by: userId
		});
		await trx
			.insertInto('briefing_documents')
			.values(
				issue.documents.map((d) => ({
					pack_id: id,
					format: d.format,
					bytes: Buffer.from(d.bytes),
					sha256: d.sha256,
					size: d.bytes.byteLength,
					created_at: issue.at
				}))
			)
			.execute();
	});
}

/** Marks an issued pack withdrawn; it stays readable, marked, with its documents. */
export async function withdrawBriefingPack(
	db: Executor,
	id: string,
	reason: string,
	userId: string | null
): Promise<void> {
	const row = await getBriefingPack(db, id);
	if (row.issued_at === null)
		throw new ValidationError({
			_form: 'Only an issued pack can be withdrawn; a draft is simply not issued.'
		});
	if (row.withdrawn_at !== null)
		throw new ValidationError({
			_form: `This pack was already withdrawn on ${row.withdrawn_at.slice(0, 10)}.`
		});
	await db
		.updateTable('briefing_packs')
		.set({ withdrawn_at: now(), withdrawn_by: userId, withdrawn_reason: reason })
		.where('id', '=', id)
		.where('withdrawn_at', 'is', null)
		.execute();
}

/** An issued public pack of the country with this code, withdrawn ones included, or undefined. */
export function findPublicBriefingPack(db: Executor, code: string, id: string) {
	return packs(db)
		.where('briefing_packs.id', '=', id)
		.where('countries.code', '=', code.toUpperCase())
		.where('countries.status', '=', 'published')
		.where('briefing_packs.is_public', '=', 1)
		.where('briefing_packs.issued_at', 'is not', null)
		.select(PACK_COLUMNS)
		.executeTakeFirst();
}

/** An issued document's stored bytes and checksum, or undefined when there is none. */
export async function getBriefingDocument(db: Executor, packId: string, format: PackFormat) {
	const row = await db
		.selectFrom('briefing_documents')
		.where('pack_id', '=', packId)
		.where('format', '=', format)
		.select(['bytes', 'sha256', 'size', 'created_at'])
		.executeTakeFirst();
	return row ? { ...row, bytes: new Uint8Array(row.bytes) } : undefined;
}

/** The checksums of an issued pack's documents, for the pack page. */
export function listBriefingDocuments(db: Executor, packId: string) {
	return db
		.selectFrom('briefing_documents')
		.where('pack_id', '=', packId)
		.select(['format', 'sha256', 'size'])
		.orderBy('format', 'desc')
		.execute();
}
