import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { dialectOf } from '../db/connect.js';
import {
	WORKFLOW_STATUSES,
	type Database,
	type RecordColumns,
	type RecordType,
	type WorkflowStatus
} from '../db/schema.js';
import { now } from '../clock.js';
import { byTableName } from './tables.js';
import { NotFoundError, ValidationError, VersionConflictError } from './errors.js';

/*
 * The machinery every workflow record shares, written once: create, update with a version
 * check, trash and restore, and workflow status. Each write runs in one transaction that also
 * appends a `revisions` row holding a JSON snapshot of the record (its row plus the join rows
 * that belong to it) and the names of the fields that changed.
 */

/** A database handle or an open transaction: repositories accept either. */
export type Executor = Kysely<Database>;

/** Writes a record's join rows inside its transaction, once the record row exists. */
export type Relate = (trx: Executor, id: string) => Promise<void>;

export const RECORD_TABLES = {
	country: 'countries',
	actor: 'actors',
	theme: 'themes',
	law: 'laws',
	pledge: 'pledges',
	assessment: 'pledge_assessments',
	case: 'cases',
	engagement: 'engagements',
	ask: 'asks',
	source: 'sources',
	briefing: 'briefing_packs'
} as const satisfies Record<RecordType, keyof Database>;

export type RecordTable = (typeof RECORD_TABLES)[RecordType];
export type RecordRow<T extends RecordTable> = Selectable<Database[T]>;

/** Columns the machinery owns; concept inputs never set them. */
type Bookkeeping =
	| 'id'
	| 'status'
	| 'version'
	| 'created_at'
	| 'updated_at'
	| 'created_by'
	| 'updated_by'
	| 'published_at'
	| 'published_by'
	| 'deleted_at'
	| 'deleted_by';
export type RecordValues<T extends RecordTable> = Omit<Insertable<Database[T]>, Bookkeeping>;
export type RecordPatch<T extends RecordTable> = Omit<Updateable<Database[T]>, Bookkeeping>;

/** Fields that change on every write and so say nothing about what changed. */
const NOISE = new Set(['version', 'updated_at', 'updated_by']);

export interface RecordKind<T extends RecordTable, R extends object = object> {
	type: RecordType;
	table: T;
	/** What people call it, for messages: "case", "pledge". */
	label: string;
	/**
	 * The column a record is known by in lists, lookups and the trash: its title or name
	 * (defineRecordKind checks that the table has it).
	 */
	title: string;
	/** Join rows that are part of the record (its actors, laws, themes), for snapshots. */
	related?: (db: Executor, id: string) => Promise<R>;
	/**
	 * Tables beyond the ones every record has (EVERY_RECORD_OWNS in record-kinds.ts) holding rows
	 * that belong to one record of this kind, by the column naming it: purging the record
	 * removes them.
	 */
	owns?: readonly OwnedRows[];
}

/**
 * Rows of `table` that belong to the record whose id is in `column`. When the rows are
 * records themselves (a pledge's assessments), `records` names their type, so what belongs
 * to them goes with them.
 */
export type OwnedRows = {
	[T in keyof Database]: {
		table: T;
		column: keyof Database[T] & string;
		records?: Exclude<RecordType, 'briefing'>;
	};
}[keyof Database];

/**
 * A kind of record, named by its type: its table is RECORD_TABLES[type] and messages call it
 * by its type ("case", "pledge"); `title` must be a column of that table.
 */
export function defineRecordKind<K extends RecordType, R extends object = object>(
	kind: { type: K; title: keyof Database[(typeof RECORD_TABLES)[K]] & string } & Pick<
		RecordKind<(typeof RECORD_TABLES)[K], R>,
		'related' | 'owns'
	>
): RecordKind<(typeof RECORD_TABLES)[K], R> {
	return { ...kind, table: RECORD_TABLES[kind.type], label: kind.type };
}

/** The row together with the join rows its kind declares as part of it. */
export async function withRelated<T extends RecordTable, R extends object>(
	db: Executor,
	kind: RecordKind<T, R>,
	row: RecordRow<T>
): Promise<RecordRow<T> & R> {
	const related = kind.related ? await kind.related(db, (row as { id: string }).id) : ({} as R);
	return { ...row, ...related };
}

/** Writes touching several tables run here; inside a caller's transaction they join it. */
export function inTransaction<R>(db: Executor, fn: (trx: Executor) => Promise<R>): Promise<R> {
	return db.isTransaction ? fn(db) : db.transaction().execute(fn);
}

/** Thrown to roll back a write made only to check it. */
class DryRun extends Error {}

/**
 * Runs `fn` in a transaction of its own that is then rolled back, so every check its writes
 * make (repository rules, versions, constraints) is made and nothing stays.
 */
export async function inRolledBackTransaction(
	db: Executor,
	fn: (trx: Executor) => Promise<void>
): Promise<void> {
	await db
		.transaction()
		.execute(async (trx) => {
			await fn(trx);
			throw new DryRun();
		})
		.catch((e) => {
			if (!(e instanceof DryRun)) throw e;
		});
}

/*
 * The concept modules are typed against Database; this module works on any record table by
 * name, so it talks to the same connection through a looser view of the schema.
 */
type AnyRecordRow = RecordColumns & { id: string };
/* Columns beyond the shared ones travel through at run time under this type. */
type AnyColumns = Updateable<AnyRecordRow>;
function loose(db: Executor) {
	return byTableName<AnyRecordRow>(db);
}

type LoadedRow = Selectable<AnyRecordRow> & Record<string, unknown>;

interface Snapshot {
	row: LoadedRow;
	content: Record<string, unknown>;
}

async function readSnapshot(
	db: Executor,
	kind: RecordKind<RecordTable, object>,
	id: string,
	lock = false
): Promise<Snapshot | undefined> {
	let query = loose(db)
		.selectFrom(kind.table as string)
		.selectAll()
		.where('id', '=', id);
	// PostgreSQL: hold the row until commit so a concurrent save cannot slip between the
	// version check and the write. SQLite has one writer at a time and no FOR UPDATE.
	if (lock && dialectOf(db) === 'postgres') query = query.forUpdate();
	const row = (await query.executeTakeFirst()) as LoadedRow | undefined;
	if (!row) return undefined;
	const related = kind.related ? await kind.related(db, id) : {};
	return { row, content: { ...row, ...related } };
}

/**
 * The record as a revision stores it (its row with the join rows its kind declares), for
 * writers that record history themselves (the demo seed), so every snapshot has one shape.
 */
export async function recordContent(
	db: Executor,
	kind: RecordKind<RecordTable, object>,
	id: string
): Promise<Record<string, unknown> | undefined> {
	return (await readSnapshot(db, kind, id))?.content;
}

/** Fields a create revision lists as changed: every one that holds a value. */
export function filledFields(content: Record<string, unknown>): string[] {
	return changedFields(null, content);
}

function changedFields(
	before: Record<string, unknown> | null,
	after: Record<string, unknown>
): string[] {
	const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
	return [...keys]
		.filter((key) => !NOISE.has(key))
		.filter((key) => JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after[key] ?? null))
		.sort();
}

async function writeRevision(
	db: Executor,
	kind: RecordKind<RecordTable, object>,
	snapshot: Snapshot,
	action: string,
	changed: string[],
	userId: string | null,
	note: string | null = null
): Promise<void> {
	await db
		.insertInto('revisions')
		.values({
			id: randomUUID(),
			record_type: kind.type,
			record_id: snapshot.row.id,
			version: snapshot.row.version,
			action,
			snapshot: JSON.stringify(snapshot.content),
			changed_fields: JSON.stringify(changed),
			note,
			created_at: now(),
			created_by: userId
		})
		.execute();
}

function withoutUndefined(values: object): Record<string, unknown> {
	return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

/**
 * Inserts a record as a draft at version 1, then lets `relate` write its join rows, then
 * records the "create" revision; all or nothing.
 */
export async function createRecord<T extends RecordTable>(
	db: Executor,
	kind: RecordKind<T, object>,
	values: RecordValues<T>,
	userId: string | null,
	relate?: Relate
): Promise<RecordRow<T>> {
	return inTransaction(db, async (trx) => {
		const id = randomUUID();
		const at = now();
		await loose(trx)
			.insertInto(kind.table as string)
			.values({
				...withoutUndefined(values),
				id,
				created_at: at,
				updated_at: at,
				created_by: userId,
				updated_by: userId
			} as Insertable<AnyRecordRow>)
			.execute();
		if (relate) await relate(trx, id);
		const after = await readSnapshot(trx, kind, id);
		if (!after) throw new NotFoundError(kind.label, id);
		await writeRevision(trx, kind, after, 'create', changedFields(null, after.content), userId);
		return after.row as RecordRow<T>;
	});
}

/*
 * What a content change is, as its revision says: an edit, an earlier version restored, or
 * pending changes to a published record published by a reviewer (which, like a move to
 * published, starts a new round for the four-eyes rule).
 */
export type ContentAction = 'update' | 'restore' | 'publish_changes';

interface ChangeOptions {
	action: ContentAction | 'delete' | 'undelete' | 'status';
	/** Omitted only for trash and restore, which are safe to repeat. */
	expectedVersion?: number;
	/** New column values, given the row as it is now. */
	patch: (current: LoadedRow, at: string) => Record<string, unknown>;
	relate?: Relate;
	/** Whether the change may touch a record in the trash. */
	allowDeleted?: boolean;
	/** Why, kept on the revision (a comment on going back to draft). */
	note?: string | null;
}

/*
 * Every change after creation: check the version (throwing before anything is written),
 * apply the columns and join rows, and, when something really changed, bump the version and
 * append a revision. A save that changes nothing leaves no trace.
 */
async function changeRecord<T extends RecordTable>(
	db: Executor,
	kind: RecordKind<T, object>,
	id: string,
	userId: string | null,
	options: ChangeOptions
): Promise<RecordRow<T>> {
	return inTransaction(db, async (trx) => {
		const before = await readSnapshot(trx, kind, id, true);
		if (!before) throw new NotFoundError(kind.label, id);
		const { row } = before;
		if (options.expectedVersion !== undefined && row.version !== options.expectedVersion) {
			throw new VersionConflictError(kind.label, id, options.expectedVersion, row as RecordRow<T>);
		}
		if (row.deleted_at && !options.allowDeleted) {
			throw new ValidationError({
				record: `This ${kind.label} is in the trash; restore it before changing it.`
			});
		}
		const at = now();
		const patch = withoutUndefined(options.patch(row, at));
		const columns = Object.fromEntries(
			Object.entries(patch).filter(
				([key, value]) => JSON.stringify(row[key] ?? null) !== JSON.stringify(value)
			)
		);
		if (Object.keys(columns).length > 0) {
			await loose(trx)
				.updateTable(kind.table as string)
				.set(columns as AnyColumns)
				.where('id', '=', id)
				.execute();
		}
		if (options.relate) await options.relate(trx, id);
		const applied = await readSnapshot(trx, kind, id);
		if (!applied) throw new NotFoundError(kind.label, id);
		const changed = changedFields(before.content, applied.content);
		if (changed.length === 0) return row as RecordRow<T>;
		await loose(trx)
			.updateTable(kind.table as string)
			.set({ version: row.version + 1, updated_at: at, updated_by: userId })
			.where('id', '=', id)
			.execute();
		const after = await readSnapshot(trx, kind, id);
		if (!after) throw new NotFoundError(kind.label, id);
		await writeRevision(trx, kind, after, options.action, changed, userId, options.note ?? null);
		return after.row as RecordRow<T>;
	});
}

/**
 * Saves an edit made against `expectedVersion`. Throws VersionConflictError, writing nothing,
 * when the record has been saved since.
 */
export function updateRecord<T extends RecordTable>(
	db: Executor,
	kind: RecordKind<T, object>,
	id: string,
	expectedVersion: number,
	patch: RecordPatch<T>,
	userId: string | null,
	relate?: Relate,
	action: ContentAction = 'update'
): Promise<RecordRow<T>> {
	return changeRecord(db, kind, id, userId, {
		action,
		expectedVersion,
		patch: () => patch as Record<string, unknown>,
		relate
	});
}

/**
 * Moves a record to the trash (`trashed`), where it keeps its links, citations and history, or
 * takes it out again.
 */
export function setTrashed<T extends RecordTable>(
	db: Executor,
	kind: RecordKind<T, object>,
	id: string,
	trashed: boolean,
	userId: string | null,
	expectedVersion?: number
): Promise<RecordRow<T>> {
	return changeRecord(db, kind, id, userId, {
		action: trashed ? 'delete' : 'undelete',
		expectedVersion,
		allowDeleted: true,
		patch: (row, at) => {
			if (!trashed) return { deleted_at: null, deleted_by: null };
			return row.deleted_at ? {} : { deleted_at: at, deleted_by: userId };
		}
	});
}

/**
 * Moves a record through draft -> in review -> published (or back). Who may do which move
 * (roles, the four-eyes rule) is the review workflow's decision, made before calling this.
 * published_at/by describe the current publication and are cleared on unpublishing; the
 * revisions keep the earlier ones.
 */
export async function setRecordStatus<T extends RecordTable>(
	db: Executor,
	kind: RecordKind<T, object>,
	id: string,
	expectedVersion: number,
	status: WorkflowStatus,
	userId: string | null,
	note?: string | null
): Promise<RecordRow<T>> {
	if (!WORKFLOW_STATUSES.includes(status)) {
		throw new ValidationError({
			status: `Status must be one of: ${WORKFLOW_STATUSES.join(', ')}.`
		});
	}
	return changeRecord(db, kind, id, userId, {
		action: 'status',
		expectedVersion,
		note,
		patch: (row, at) => {
			if (row.status === status) return {};
			if (status === 'published') return { status, published_at: at, published_by: userId };
			return { status, published_at: null, published_by: null };
		}
	});
}

export interface GetOptions {
	/** Also return a record that is in the trash. */
	includeDeleted?: boolean;
}

/** The record's row, or undefined when there is none (or it is in the trash). */
export async function findRecord<T extends RecordTable>(
	db: Executor,
	kind: RecordKind<T, object>,
	id: string,
	options: GetOptions = {}
): Promise<RecordRow<T> | undefined> {
	let query = loose(db)
		.selectFrom(kind.table as string)
		.selectAll()
		.where('id', '=', id);
	if (!options.includeDeleted) query = query.where('deleted_at', 'is', null);
	return (await query.executeTakeFirst()) as RecordRow<T> | undefined;
}

/**
 * The rows of the records with these ids, in one query, in the order of `ids`. An id with no
 * record (or one in the trash) is left out, so a list read back after a search shows what is
 * still there rather than failing on a record trashed in between.
 */
export async function findRecords<T extends RecordTable>(
	db: Executor,
	kind: RecordKind<T, object>,
	ids: readonly string[]
): Promise<RecordRow<T>[]> {
	const wanted = [...new Set(ids)];
	if (wanted.length === 0) return [];
	const rows = (await loose(db)
		.selectFrom(kind.table as string)
		.selectAll()
		.where('id', 'in', wanted)
		.where('deleted_at', 'is', null)
		.execute()) as (RecordRow<T> & { id: string })[];
	const byId = new Map(rows.map((row) => [row.id, row]));
	return wanted.flatMap((id) => byId.get(id) ?? []);
}

/** The record's row; NotFoundError when there is none (or it is in the trash). */
export async function getRecord<T extends RecordTable>(
	db: Executor,
	kind: RecordKind<T, object>,
	id: string,
	options: GetOptions = {}
): Promise<RecordRow<T>> {
	const row = await findRecord(db, kind, id, options);
	if (!row) throw new NotFoundError(kind.label, id);
	return row;
}

/**
 * Checks that every id names an existing record of `type`, failing with a sentence for
 * `field` rather than a foreign-key error whose wording differs by database.
 */
export async function assertRecordsExist(
	db: Executor,
	type: RecordType,
	ids: readonly string[],
	field: string
): Promise<void> {
	const wanted = [...new Set(ids)];
	if (wanted.length === 0) return;
	const found = await loose(db)
		.selectFrom(RECORD_TABLES[type] as string)
		.select('id')
		.where('id', 'in', wanted)
		.execute();
	const have = new Set(found.map((r) => r.id));
	const missing = wanted.filter((id) => !have.has(id));
	if (missing.length > 0) {
		throw new ValidationError({ [field]: `No ${type} with id ${missing.join(', ')}.` });
	}
}

/** The record (not in the trash) whose `column` holds `value`: a country by code, a theme by slug. */
export async function findRecordBy<T extends RecordTable>(
	db: Executor,
	kind: RecordKind<T, object>,
	column: string,
	value: string
): Promise<RecordRow<T> | undefined> {
	return (await loose(db)
		.selectFrom(kind.table as string)
		.selectAll()
		.where(column as 'id', '=', value)
		.where('deleted_at', 'is', null)
		.executeTakeFirst()) as RecordRow<T> | undefined;
}

/**
 * Fails with `message` for `column` when another record of the kind already holds `value`.
 * Records in the trash count too: restoring one must not make two.
 */
export async function assertUnique(
	db: Executor,
	kind: RecordKind<RecordTable, object>,
	column: string,
	value: string,
	exceptId: string | undefined,
	message: string
): Promise<void> {
	const taken = await loose(db)
		.selectFrom(kind.table as string)
		.select('id')
		.where(column as 'id', '=', value)
		.executeTakeFirst();
	if (taken && taken.id !== exceptId) throw new ValidationError({ [column]: message });
}

/** What a concept states about its writes; recordWrites supplies the rest. */
export interface WriteSpec<T extends RecordTable, I, R extends object> {
	kind: RecordKind<T, R>;
	/** The columns a patch sets; fields left undefined (not being changed) stay as they are. */
	columns: (input: Partial<I>) => RecordPatch<T>;
	/** The columns a new record cannot be without: a complete input's `columns` set them all. */
	required: readonly (keyof RecordValues<T> & string)[];
	/** Throws ValidationError for every broken rule; `current` is the stored row on update. */
	check: (db: Executor, input: Partial<I>, current?: RecordRow<T>) => Promise<void> | void;
	/** The join rows the input gives (undefined when it gives none). */
	relate?: (input: Partial<I>) => Relate | undefined;
}

/** A new record's columns: those a complete input sets, which include every required one. */
function newRecordValues<T extends RecordTable, I, R extends object>(
	spec: WriteSpec<T, I, R>,
	input: I
): RecordValues<T> {
	const values: Record<string, unknown> = spec.columns(input);
	const missing = spec.required.filter((column) => values[column] == null);
	if (missing.length > 0) {
		throw new Error(`A new ${spec.kind.label} needs ${missing.join(', ')}.`);
	}
	return values as RecordValues<T>;
}

/**
 * The create and update functions every concept exports (check the input, write the row and
 * its join rows in one transaction, and return the record with its related rows), with the
 * read, trash and status functions of its kind: all the workspace edits a kind's records through.
 */
export function recordWrites<T extends RecordTable, I, R extends object = object>(
	spec: WriteSpec<T, I, R>
) {
	const { kind } = spec;
	const ops = recordOperations(kind);
	return {
		get: ops.getWithRelated,
		findMany: ops.findMany,
		remove: ops.remove,
		restore: ops.restore,
		setStatus: ops.setStatus,
		create: async (db: Executor, input: I, userId: string | null): Promise<RecordRow<T> & R> => {
			await spec.check(db, input);
			const relate = spec.relate?.(input);
			const row = await createRecord(db, kind, newRecordValues(spec, input), userId, relate);
			return withRelated(db, kind, row);
		},
		/** A stale `expectedVersion` throws VersionConflictError and writes nothing. */
		update: async (
			db: Executor,
			id: string,
			expectedVersion: number,
			patch: Partial<I>,
			userId: string | null,
			action: ContentAction = 'update'
		): Promise<RecordRow<T> & R> => {
			await spec.check(db, patch, await getRecord(db, kind, id, { includeDeleted: true }));
			const relate = spec.relate?.(patch);
			const columns = spec.columns(patch);
			const row = await updateRecord(
				db,
				kind,
				id,
				expectedVersion,
				columns,
				userId,
				relate,
				action
			);
			return withRelated(db, kind, row);
		}
	};
}

/** The trash, restore and status functions every concept exports, bound to its kind. */
export function recordOperations<T extends RecordTable, R extends object = object>(
	kind: RecordKind<T, R>
) {
	return {
		find: (db: Executor, id: string, options?: GetOptions) => findRecord(db, kind, id, options),
		/** Rows of the records not in the trash, in the order of `ids`, in one query. */
		findMany: (db: Executor, ids: readonly string[]) => findRecords(db, kind, ids),
		get: (db: Executor, id: string, options?: GetOptions) => getRecord(db, kind, id, options),
		/** The record with the related rows its kind declares (a case's actors, laws, themes). */
		getWithRelated: async (db: Executor, id: string, options?: GetOptions) =>
			withRelated(db, kind, await getRecord(db, kind, id, options)),
		remove: (db: Executor, id: string, userId: string | null, expectedVersion?: number) =>
			setTrashed(db, kind, id, true, userId, expectedVersion),
		restore: (db: Executor, id: string, userId: string | null, expectedVersion?: number) =>
			setTrashed(db, kind, id, false, userId, expectedVersion),
		setStatus: (
			db: Executor,
			id: string,
			expectedVersion: number,
			status: WorkflowStatus,
			userId: string | null,
			note?: string | null
		) => setRecordStatus(db, kind, id, expectedVersion, status, userId, note)
	};
}
