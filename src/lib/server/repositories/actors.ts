import { ACTOR_KINDS, type Actor, type ActorKind } from '../db/schema.js';
import { Checks } from './checks.js';
import { flag } from './columns.js';
import {
	commonConditions,
	oneOrMany,
	orderings,
	page,
	type ListOptions,
	type SortOrder
} from './listing.js';
import {
	assertRecordsExist,
	createRecord,
	defineRecordKind,
	findRecord,
	recordOperations,
	updateRecord,
	type ContentAction,
	type Executor,
	type GetOptions,
	type RecordPatch
} from './records.js';

export const ACTOR = defineRecordKind({
	type: 'actor',
	title: 'name'
});
const ops = recordOperations(ACTOR);

/** Actors' rows as stored (aliases still JSON), in the order of `ids`, in one query. */
export const findActors = ops.findMany;

/** An actor with its aliases read out of their JSON column. */
export type ActorRecord = Omit<Actor, 'aliases'> & { aliases: string[] };

export interface ActorInput {
	country_id?: string | null;
	kind: ActorKind;
	name: string;
	aliases?: string[];
	description?: string;
	/** A person at risk is shown to the public only under `public_pseudonym`. */
	at_risk?: boolean;
	public_pseudonym?: string | null;
	internal_notes?: string;
}

/** An actor as stored (aliases as JSON text), in a row or a revision's snapshot, as a record. */
export function toRecord(row: Actor): ActorRecord {
	return { ...row, aliases: JSON.parse(row.aliases) as string[] };
}

function columns(input: Partial<ActorInput>): RecordPatch<'actors'> {
	return {
		country_id: input.country_id,
		kind: input.kind,
		name: input.name?.trim(),
		aliases:
			input.aliases === undefined
				? undefined
				: JSON.stringify(input.aliases.map((a) => a.trim()).filter((a) => a !== '')),
		description: input.description,
		at_risk: flag(input.at_risk),
		public_pseudonym:
			input.public_pseudonym === undefined ? undefined : input.public_pseudonym?.trim() || null,
		internal_notes: input.internal_notes
	};
}

/*
 * The database refuses an at-risk actor without a pseudonym too, but with a constraint name;
 * this says what to do. On update the rule applies to the row as it will be after the patch.
 */
async function check(db: Executor, input: Partial<ActorInput>, current?: Actor): Promise<void> {
	const checks = new Checks()
		.text('name', input.name, !current)
		.oneOf('kind', input.kind, ACTOR_KINDS);
	const atRisk = input.at_risk ?? current?.at_risk === 1;
	const pseudonym =
		input.public_pseudonym === undefined ? current?.public_pseudonym : input.public_pseudonym;
	if (atRisk && !pseudonym?.trim()) {
		checks.fail(
			'public_pseudonym',
			'A person at risk needs a pseudonym: the public sees only that, never the real name.'
		);
	}
	checks.throwIfAny();
	if (input.country_id) await assertRecordsExist(db, 'country', [input.country_id], 'country_id');
}

export async function createActor(
	db: Executor,
	input: ActorInput,
	userId: string | null
): Promise<ActorRecord> {
	await check(db, input);
	const row = await createRecord(
		db,
		ACTOR,
		{ ...columns(input), kind: input.kind, name: input.name.trim() },
		userId
	);
	return toRecord(row);
}

export async function updateActor(
	db: Executor,
	id: string,
	expectedVersion: number,
	patch: Partial<ActorInput>,
	userId: string | null,
	action: ContentAction = 'update'
): Promise<ActorRecord> {
	await check(db, patch, await ops.get(db, id, { includeDeleted: true }));
	return toRecord(
		await updateRecord(db, ACTOR, id, expectedVersion, columns(patch), userId, undefined, action)
	);
}

export async function getActor(
	db: Executor,
	id: string,
	options?: GetOptions
): Promise<ActorRecord> {
	return toRecord(await ops.get(db, id, options));
}

export async function findActor(
	db: Executor,
	id: string,
	options?: GetOptions
): Promise<ActorRecord | undefined> {
	const row = await findRecord(db, ACTOR, id, options);
	return row && toRecord(row);
}

export async function deleteActor(
	db: Executor,
	id: string,
	userId: string | null,
	expectedVersion?: number
): Promise<ActorRecord> {
	return toRecord(await ops.remove(db, id, userId, expectedVersion));
}

export async function restoreActor(
	db: Executor,
	id: string,
	userId: string | null,
	expectedVersion?: number
): Promise<ActorRecord> {
	return toRecord(await ops.restore(db, id, userId, expectedVersion));
}

export async function setActorStatus(
	...args: Parameters<typeof ops.setStatus>
): Promise<ActorRecord> {
	return toRecord(await ops.setStatus(...args));
}

export interface ActorFilters extends ListOptions {
	country_id?: string;
	kind?: ActorKind | readonly ActorKind[];
	at_risk?: boolean;
	sort?: Extract<SortOrder, 'title' | 'recent'>;
}

/** Actors by name (or most recently changed); `q` searches the name. */
export async function listActors(db: Executor, filters: ActorFilters = {}): Promise<ActorRecord[]> {
	let query = db
		.selectFrom('actors')
		.selectAll()
		.where((eb) => eb.and(commonConditions('actors', filters, 'name')));
	if (filters.country_id !== undefined) query = query.where('country_id', '=', filters.country_id);
	if (filters.kind !== undefined) {
		query = query.where('kind', 'in', oneOrMany(filters.kind));
	}
	if (filters.at_risk !== undefined) query = query.where('at_risk', '=', flag(filters.at_risk));
	const rows = await page(
		query,
		orderings('actors', filters.sort ?? 'title', null, 'name'),
		filters
	).execute();
	return rows.map(toRecord);
}

/** Actors of the country (or of none) whose name is one of `lowerNames`, ignoring case. */
export function findActorsByName(
	db: Executor,
	countryId: string,
	lowerNames: string[]
): Promise<{ id: string; name: string }[]> {
	return db
		.selectFrom('actors')
		.select(['id', 'name'])
		.where((eb) => eb.fn('lower', ['name']), 'in', lowerNames)
		.where((eb) => eb.or([eb('country_id', '=', countryId), eb('country_id', 'is', null)]))
		.where('deleted_at', 'is', null)
		.execute();
}
