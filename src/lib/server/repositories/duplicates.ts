import { fromColumns, type PreciseDate } from '../../dates.js';
import { CASE_TYPES, ENGAGEMENT_KINDS, type RecordType } from '../db/schema.js';
import type { Executor } from './records.js';

/*
 * Records a new one might duplicate: the live records of a type in a country (of the given
 * types), with their period, their type and, for cases, who was affected. The workspace
 * scores them (workspace/duplicate-warning.ts); this module only reads.
 */

export type DuplicateCheckedType = Extract<RecordType, 'case' | 'pledge' | 'engagement'>;

export interface DuplicateCandidateRow {
	id: string;
	title: string;
	status: string;
	/** The case type or engagement kind; null for pledges. */
	type: string | null;
	start: PreciseDate | null;
	end: PreciseDate | null;
	ongoing: boolean;
	/** Actors recorded as affected (cases only). */
	affectedIds: string[];
}

export interface DuplicateScope {
	countryId?: string;
	/** Only records of these types (case types, engagement kinds); all when absent. */
	types?: readonly string[];
}

/** Enough to score; a country rarely holds more records of related types than this. */
const MAX_CANDIDATES = 1000;

export async function listDuplicateCandidates(
	db: Executor,
	type: DuplicateCheckedType,
	scope: DuplicateScope
): Promise<DuplicateCandidateRow[]> {
	// The scope's types as the column's own values (an unknown one matches nothing).
	const within = <T extends string>(all: readonly T[]): T[] =>
		all.filter((t) => scope.types?.includes(t));
	if (type === 'pledge') {
		const rows = await db
			.selectFrom('pledges')
			.selectAll()
			.where('deleted_at', 'is', null)
			.$if(Boolean(scope.countryId), (q) => q.where('country_id', '=', scope.countryId ?? ''))
			.limit(MAX_CANDIDATES)
			.execute();
		return rows.map((r) => ({
			id: r.id,
			title: r.title,
			status: r.status,
			type: null,
			start: fromColumns(r, 'made'),
			end: null,
			ongoing: false,
			affectedIds: []
		}));
	}
	if (type === 'engagement') {
		const kinds = within(ENGAGEMENT_KINDS);
		if (scope.types?.length && kinds.length === 0) return [];
		const rows = await db
			.selectFrom('engagements')
			.selectAll()
			.where('deleted_at', 'is', null)
			.$if(Boolean(scope.countryId), (q) => q.where('country_id', '=', scope.countryId ?? ''))
			.$if(Boolean(scope.types?.length), (q) => q.where('kind', 'in', kinds))
			.limit(MAX_CANDIDATES)
			.execute();
		return rows.map((r) => ({
			id: r.id,
			title: r.title,
			status: r.status,
			type: r.kind,
			start: fromColumns(r, 'start'),
			end: fromColumns(r, 'end'),
			ongoing: false,
			affectedIds: []
		}));
	}
	const caseTypes = within(CASE_TYPES);
	if (scope.types?.length && caseTypes.length === 0) return [];
	const rows = await db
		.selectFrom('cases')
		.selectAll()
		.where('deleted_at', 'is', null)
		.$if(Boolean(scope.countryId), (q) => q.where('country_id', '=', scope.countryId ?? ''))
		.$if(Boolean(scope.types?.length), (q) => q.where('case_type', 'in', caseTypes))
		.limit(MAX_CANDIDATES)
		.execute();
	const affected =
		rows.length === 0
			? []
			: await db
					.selectFrom('case_actors')
					.select(['case_id', 'actor_id'])
					.where('role', '=', 'affected')
					.where(
						'case_id',
						'in',
						rows.map((r) => r.id)
					)
					.execute();
	return rows.map((r) => ({
		id: r.id,
		title: r.title,
		status: r.status,
		type: r.case_type,
		start: fromColumns(r, 'start'),
		end: fromColumns(r, 'end'),
		ongoing: Number(r.ongoing) === 1,
		affectedIds: affected.filter((a) => a.case_id === r.id).map((a) => a.actor_id)
	}));
}
