import { sql, type RawBuilder } from 'kysely';
import type { PreciseDate } from '../../dates.js';
import type { Pledge, Rating } from '../db/schema.js';
import type { AssessmentScope } from './assessments.js';
import { newestAssessmentFirst } from './assessment-order.js';
import { requiredDateColumns } from './columns.js';
import { today } from '../clock.js';
import { assertCountryExists, countryRecordChecks } from './country-records.js';
import { listJoinRows, replaceJoinRows } from './join-rows.js';
import { countRows, hasJoinRow, listConditions, listPage, oneOrMany } from './listing.js';
import type { RecordList, RecordListFilters } from './listing.js';
import { listRecordThemeIds, replaceRecordThemes } from './record-themes.js';
import { assertRecordsExist, defineRecordKind, recordOperations, recordWrites } from './records.js';
import type { Executor, RecordPatch } from './records.js';

export interface PledgeRelations {
	/** Laws the pledge promises to change. */
	law_ids: string[];
	theme_ids: string[];
}

export type PledgeRecord = Pledge & PledgeRelations;

export const PLEDGE = defineRecordKind({
	type: 'pledge',
	title: 'title',
	owns: [
		{ table: 'pledge_laws', column: 'pledge_id' },
		{ table: 'pledge_assessments', column: 'pledge_id', records: 'assessment' }
	],
	related: async (db, id): Promise<PledgeRelations> => {
		const laws = await listJoinRows(db, 'pledge_laws', 'pledge_id', id, ['law_id']);
		const themeIds = await listRecordThemeIds(db, 'pledge', id);
		return { law_ids: laws.map((l) => l.law_id), theme_ids: themeIds };
	}
});
const ops = recordOperations(PLEDGE);

export interface PledgeInput {
	country_id: string;
	title: string;
	/** What was promised, in the source's words. */
	promise?: string;
	made_by_actor_id?: string | null;
	/** Where it was said ("address to the nation"). */
	occasion?: string;
	engagement_id?: string | null;
	made: PreciseDate;
	/** YYYY-MM-DD; a passed deadline without a "kept" rating is flagged. */
	deadline?: string | null;
	description?: string;
	law_ids?: string[];
	theme_ids?: string[];
	internal_notes?: string;
}

function columns(input: Partial<PledgeInput>): RecordPatch<'pledges'> {
	return {
		country_id: input.country_id,
		title: input.title?.trim(),
		promise: input.promise,
		made_by_actor_id: input.made_by_actor_id,
		occasion: input.occasion,
		engagement_id: input.engagement_id,
		...(input.made ? requiredDateColumns('made', input.made) : {}),
		deadline: input.deadline,
		description: input.description,
		internal_notes: input.internal_notes
	};
}

async function check(db: Executor, input: Partial<PledgeInput>, current?: Pledge): Promise<void> {
	const checks = countryRecordChecks(input, current).day('deadline', input.deadline);
	if ((!current && !input.made) || input.made === null) {
		checks.fail('made', 'A pledge needs the date it was made (a year is enough).');
	}
	checks.throwIfAny();
	await assertCountryExists(db, input.country_id);
	if (input.made_by_actor_id) {
		await assertRecordsExist(db, 'actor', [input.made_by_actor_id], 'made_by_actor_id');
	}
	if (input.engagement_id) {
		await assertRecordsExist(db, 'engagement', [input.engagement_id], 'engagement_id');
	}
}

function relate(input: Partial<PledgeInput>) {
	return async (trx: Executor, id: string): Promise<void> => {
		if (input.law_ids !== undefined) {
			const lawIds = [...new Set(input.law_ids)];
			await replaceJoinRows(
				trx,
				'pledge_laws',
				'pledge_id',
				id,
				lawIds.map((law_id) => ({ pledge_id: id, law_id })),
				{ type: 'law', column: 'law_id', field: 'law_ids' }
			);
		}
		if (input.theme_ids !== undefined) {
			await replaceRecordThemes(trx, 'pledge', id, input.theme_ids);
		}
	};
}

/** What the workspace edits pledges through. */
export const pledgeStore = recordWrites({
	kind: PLEDGE,
	columns,
	check,
	required: ['country_id', 'title', 'made_precision'],
	relate
});

export const { create: createPledge, update: updatePledge } = pledgeStore;
/** The pledge with its law and theme ids. */
export const getPledge = ops.getWithRelated;
export const { find: findPledge, findMany: findPledges, remove: deletePledge } = ops;
export const { restore: restorePledge, setStatus: setPledgeStatus } = ops;

/**
 * A deadline that has passed without the pledge being kept: the one rule the public pages and the
 * open-data API apply (listPledges' `overdue` filter is its SQL form, for the workspace).
 */
export function isDeadlineMissed(
	pledge: Pick<Pledge, 'deadline'>,
	rating: Rating,
	on: string = today()
): boolean {
	return pledge.deadline !== null && pledge.deadline < on && rating !== 'kept';
}

/* The current rating as a column: the latest assessment in scope, as listAssessments orders them. */
function currentRatingSql(publishedOnly: boolean): RawBuilder<Rating> {
	const published = publishedOnly ? sql`and a.status = 'published'` : sql``;
	return sql<Rating>`coalesce((select a.rating from pledge_assessments a where a.pledge_id = pledges.id and a.deleted_at is null ${published} order by ${newestAssessmentFirst('a')} limit 1), 'not_yet_rated')`;
}

export type PledgeListItem = Pledge & { current_rating: Rating };

/** The pledges' current ratings by pledge id, in one query however many there are. */
export async function listCurrentRatings(
	db: Executor,
	pledgeIds: readonly string[],
	scope: AssessmentScope = {}
): Promise<Map<string, Rating>> {
	if (pledgeIds.length === 0) return new Map();
	const rows = await db
		.selectFrom('pledges')
		.select(['id', currentRatingSql(Boolean(scope.publishedOnly)).as('current_rating')])
		.where('id', 'in', [...new Set(pledgeIds)])
		.execute();
	return new Map(rows.map((r) => [r.id, r.current_rating]));
}

/** Pledges (not in the trash) with their current rating, in the order of `ids`, in two queries. */
export async function findRatedPledges(
	db: Executor,
	ids: readonly string[],
	scope: AssessmentScope = {}
): Promise<PledgeListItem[]> {
	const pledges = await findPledges(db, ids);
	const ratings = await listCurrentRatings(
		db,
		pledges.map((p) => p.id),
		scope
	);
	return pledges.map((p) => ({ ...p, current_rating: ratings.get(p.id) ?? 'not_yet_rated' }));
}

/** `from` and `to`: made on a date that could fall within them (YYYY-MM-DD). */
export interface PledgeFilters extends RecordListFilters, AssessmentScope {
	/** Pledges whose current rating is one of these. */
	rating?: Rating | readonly Rating[];
	made_by_actor_id?: string;
	engagement_id?: string;
	law_id?: string;
	/** Only pledges whose deadline has passed (before `today`) without being kept. */
	overdue?: boolean;
	/** The day "overdue" is judged on; defaults to today. */
	today?: string;
}

const LIST: RecordList = { table: 'pledges', date: 'made', sort: 'date_asc', themedAs: 'pledge' };

function filtered(db: Executor, filters: PledgeFilters) {
	const rating = currentRatingSql(Boolean(filters.publishedOnly));
	const law_id = filters.law_id;
	let query = db
		.selectFrom('pledges')
		.where((eb) =>
			eb.and([
				...listConditions(LIST, filters),
				...(law_id === undefined
					? []
					: [hasJoinRow('pledges', 'pledge_laws', 'pledge_id', { law_id })])
			])
		);
	if (filters.made_by_actor_id !== undefined) {
		query = query.where('made_by_actor_id', '=', filters.made_by_actor_id);
	}
	if (filters.engagement_id !== undefined) {
		query = query.where('engagement_id', '=', filters.engagement_id);
	}
	if (filters.rating !== undefined) query = query.where(rating, 'in', oneOrMany(filters.rating));
	if (filters.overdue) {
		query = query
			.where('deadline', 'is not', null)
			.where('deadline', '<', filters.today ?? today())
			.where(rating, '<>', 'kept');
	}
	return { query, rating };
}

/** Pledges with their current rating; by date made unless sorted otherwise. */
export async function listPledges(
	db: Executor,
	filters: PledgeFilters = {}
): Promise<PledgeListItem[]> {
	const { query, rating } = filtered(db, filters);
	return listPage(query.selectAll().select(rating.as('current_rating')), LIST, filters).execute();
}

export async function countPledges(db: Executor, filters: PledgeFilters = {}): Promise<number> {
	return countRows(filtered(db, filters).query);
}
