import { fromColumns, type PreciseDate } from '../../dates.js';
import {
	ENGAGEMENT_KINDS,
	YES_NO_UNKNOWN,
	type Engagement,
	type EngagementKind,
	type EngagementSide,
	type YesNoUnknown
} from '../db/schema.js';
import { dateColumns, requiredDateColumns } from './columns.js';
import { assertCountryExists, countryRecordChecks } from './country-records.js';
import { listJoinRows, replaceJoinRows } from './join-rows.js';
import { countRows, hasJoinRow, listConditions, listPage, oneOrMany } from './listing.js';
import type { RecordList, RecordListFilters } from './listing.js';
import { defineRecordKind, recordOperations, recordWrites } from './records.js';
import type { Executor, RecordPatch } from './records.js';

const SIDES: readonly EngagementSide[] = ['eu', 'counterpart'];

export interface EngagementActorInput {
	actor_id: string;
	/** eu: an EU institution or official; counterpart: the government side. */
	side: EngagementSide;
}

export interface EngagementRelations {
	actors: { actor_id: string; side: EngagementSide }[];
}

export type EngagementRecord = Engagement & EngagementRelations;

export const ENGAGEMENT = defineRecordKind({
	type: 'engagement',
	title: 'title',
	owns: [{ table: 'engagement_actors', column: 'engagement_id' }],
	related: async (db, id): Promise<EngagementRelations> => {
		const rows = await listJoinRows(db, 'engagement_actors', 'engagement_id', id, [
			'side',
			'actor_id'
		]);
		return { actors: rows.map(({ actor_id, side }) => ({ actor_id, side })) };
	}
});
const ops = recordOperations(ENGAGEMENT);

export interface EngagementInput {
	country_id: string;
	title: string;
	kind: EngagementKind;
	/** Free-text names as the source gives them ("Commission and Council presidents"). */
	eu_actors?: string;
	counterparts?: string;
	start: PreciseDate;
	end?: PreciseDate | null;
	/** For agreements: whether it carries a human-rights clause. */
	human_rights_clause?: YesNoUnknown;
	/** Whether human rights were raised, as far as the sources say. */
	human_rights_raised?: YesNoUnknown;
	description?: string;
	internal_notes?: string;
	/** Actor records on either side, when they exist as actors. */
	actors?: EngagementActorInput[];
}

function columns(input: Partial<EngagementInput>): RecordPatch<'engagements'> {
	return {
		country_id: input.country_id,
		title: input.title?.trim(),
		kind: input.kind,
		eu_actors: input.eu_actors,
		counterparts: input.counterparts,
		...(input.start ? requiredDateColumns('start', input.start) : {}),
		...dateColumns('end', input.end),
		human_rights_clause: input.human_rights_clause,
		human_rights_raised: input.human_rights_raised,
		description: input.description,
		internal_notes: input.internal_notes
	};
}

async function check(
	db: Executor,
	input: Partial<EngagementInput>,
	current?: Engagement
): Promise<void> {
	const checks = countryRecordChecks(input, current)
		.oneOf('kind', input.kind, ENGAGEMENT_KINDS)
		.oneOf('human_rights_clause', input.human_rights_clause, YES_NO_UNKNOWN)
		.oneOf('human_rights_raised', input.human_rights_raised, YES_NO_UNKNOWN);
	if (!current && !input.start) checks.fail('start', 'An engagement needs a date.');
	if (input.start === null) checks.fail('start', 'An engagement needs a date.');
	const start = input.start ?? (current ? fromColumns(current, 'start') : null);
	const end = input.end === undefined ? current && fromColumns(current, 'end') : input.end;
	checks.period('end', start, end);
	for (const [i, actor] of (input.actors ?? []).entries()) {
		if (!SIDES.includes(actor.side))
			checks.fail(`actors.${i}.side`, 'Side must be eu or counterpart.');
	}
	const ids = (input.actors ?? []).map((a) => a.actor_id);
	if (new Set(ids).size !== ids.length) {
		checks.fail('actors', 'An actor can take part on one side only.');
	}
	checks.throwIfAny();
	await assertCountryExists(db, input.country_id);
}

function relate(input: Partial<EngagementInput>) {
	const actors = input.actors;
	if (actors === undefined) return undefined;
	return (trx: Executor, id: string): Promise<void> =>
		replaceJoinRows(
			trx,
			'engagement_actors',
			'engagement_id',
			id,
			actors.map((a) => ({ engagement_id: id, actor_id: a.actor_id, side: a.side })),
			{ type: 'actor', column: 'actor_id', field: 'actors' }
		);
}

/** What the workspace edits engagements through. */
export const engagementStore = recordWrites({
	kind: ENGAGEMENT,
	columns,
	check,
	required: ['country_id', 'title', 'kind', 'start_precision'],
	relate
});

export const { create: createEngagement, update: updateEngagement } = engagementStore;
/** The engagement with its EU and counterpart actors. */
export const getEngagement = ops.getWithRelated;
export const { find: findEngagement, findMany: findEngagements, remove: deleteEngagement } = ops;
export const { restore: restoreEngagement, setStatus: setEngagementStatus } = ops;

/** `from` and `to`: the engagement's dates could reach into them (YYYY-MM-DD). */
export interface EngagementFilters extends RecordListFilters {
	kind?: EngagementKind | readonly EngagementKind[];
	human_rights_raised?: YesNoUnknown;
	/** Engagements this actor took part in. */
	actor_id?: string;
}

const LIST: RecordList = { table: 'engagements', date: 'start', sort: 'date_asc' };

function filtered(db: Executor, filters: EngagementFilters) {
	const actor_id = filters.actor_id;
	let query = db
		.selectFrom('engagements')
		.where((eb) =>
			eb.and([
				...listConditions(LIST, filters),
				...(actor_id === undefined
					? []
					: [hasJoinRow('engagements', 'engagement_actors', 'engagement_id', { actor_id })])
			])
		);
	if (filters.kind !== undefined) query = query.where('kind', 'in', oneOrMany(filters.kind));
	if (filters.human_rights_raised !== undefined) {
		query = query.where('human_rights_raised', '=', filters.human_rights_raised);
	}
	return query;
}

export async function listEngagements(
	db: Executor,
	filters: EngagementFilters = {}
): Promise<Engagement[]> {
	const query = filtered(db, filters).selectAll();
	return listPage(query, LIST, filters).execute();
}

export async function countEngagements(
	db: Executor,
	filters: EngagementFilters = {}
): Promise<number> {
	return countRows(filtered(db, filters));
}
