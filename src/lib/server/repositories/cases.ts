import { fromColumns, type PreciseDate } from '../../dates.js';
import {
	CASE_TYPES,
	VERIFICATION_LEVELS,
	type Case,
	type CaseActorRole,
	type CaseType,
	type VerificationLevel
} from '../db/schema.js';
import { dateColumns, flag } from './columns.js';
import { assertCountryExists, countryRecordChecks } from './country-records.js';
import { listJoinRows, replaceJoinRows } from './join-rows.js';
import { countRows, hasJoinRow, listConditions, listPage, oneOrMany } from './listing.js';
import type { RecordList, RecordListFilters } from './listing.js';
import { listRecordThemeIds, replaceRecordThemes } from './record-themes.js';
import { defineRecordKind, recordOperations, recordWrites } from './records.js';
import type { Executor, RecordPatch } from './records.js';

const ROLES: readonly CaseActorRole[] = ['affected', 'responsible'];

export interface CaseActorInput {
	actor_id: string;
	/** Affected: the people or groups it happened to; responsible: who did it. */
	role: CaseActorRole;
	note?: string;
}

export interface CaseLawInput {
	/** The law applied against the victims. */
	law_id: string;
	note?: string;
}

export interface CaseRelations {
	actors: { actor_id: string; role: CaseActorRole; note: string }[];
	laws: { law_id: string; note: string }[];
	theme_ids: string[];
}

export type CaseRecord = Case & CaseRelations;

export const CASE = defineRecordKind({
	type: 'case',
	title: 'title',
	owns: [
		{ table: 'case_actors', column: 'case_id' },
		{ table: 'case_laws', column: 'case_id' }
	],
	related: async (db, id): Promise<CaseRelations> => {
		// One after another: inside a transaction they share one connection anyway.
		const actors = await listJoinRows(db, 'case_actors', 'case_id', id, ['role', 'actor_id']);
		const laws = await listJoinRows(db, 'case_laws', 'case_id', id, ['law_id']);
		const themeIds = await listRecordThemeIds(db, 'case', id);
		return {
			actors: actors.map(({ actor_id, role, note }) => ({ actor_id, role, note })),
			laws: laws.map(({ law_id, note }) => ({ law_id, note })),
			theme_ids: themeIds
		};
	}
});
const ops = recordOperations(CASE);

export interface CaseInput {
	country_id: string;
	title: string;
	case_type: CaseType;
	description?: string;
	start?: PreciseDate | null;
	end?: PreciseDate | null;
	/** Still going on (a ban in force, a sentence being served); such a case has no end date. */
	ongoing?: boolean;
	place?: string;
	outcome?: string;
	verification?: VerificationLevel;
	internal_notes?: string;
	actors?: CaseActorInput[];
	laws?: CaseLawInput[];
	theme_ids?: string[];
}

function columns(input: Partial<CaseInput>): RecordPatch<'cases'> {
	return {
		country_id: input.country_id,
		title: input.title?.trim(),
		case_type: input.case_type,
		description: input.description,
		...dateColumns('start', input.start),
		...dateColumns('end', input.end),
		ongoing: flag(input.ongoing),
		place: input.place,
		outcome: input.outcome,
		verification: input.verification,
		internal_notes: input.internal_notes
	};
}

/** Rules on the case as it will be after the change (`current` is the stored row, if any). */
async function check(db: Executor, input: Partial<CaseInput>, current?: Case): Promise<void> {
	const checks = countryRecordChecks(input, current)
		.oneOf('case_type', input.case_type, CASE_TYPES)
		.oneOf('verification', input.verification, VERIFICATION_LEVELS);
	const start = input.start === undefined ? current && fromColumns(current, 'start') : input.start;
	const end = input.end === undefined ? current && fromColumns(current, 'end') : input.end;
	checks.period('end', start, end);
	const ongoing = input.ongoing ?? current?.ongoing === 1;
	if (ongoing && end) {
		checks.fail('end', 'An ongoing case has no end date: clear the end date or untick ongoing.');
	}
	for (const [i, actor] of (input.actors ?? []).entries()) {
		if (!ROLES.includes(actor.role)) {
			checks.fail(`actors.${i}.role`, 'Role must be affected or responsible.');
		}
	}
	checks.throwIfAny();
	await assertCountryExists(db, input.country_id);
}

/*
 * Writes the join rows given in the input (leaving out ones not given). Runs inside the
 * case's transaction, after the case row exists, so a bad actor or law id undoes the whole save.
 */
function relate(input: Partial<CaseInput>) {
	return async (trx: Executor, id: string): Promise<void> => {
		if (input.actors !== undefined) {
			const actors = unique(input.actors, (a) => `${a.actor_id}/${a.role}`);
			await replaceJoinRows(
				trx,
				'case_actors',
				'case_id',
				id,
				actors.map((a) => ({
					case_id: id,
					actor_id: a.actor_id,
					role: a.role,
					note: a.note ?? ''
				})),
				{ type: 'actor', column: 'actor_id', field: 'actors' }
			);
		}
		if (input.laws !== undefined) {
			const laws = unique(input.laws, (l) => l.law_id);
			await replaceJoinRows(
				trx,
				'case_laws',
				'case_id',
				id,
				laws.map((l) => ({ case_id: id, law_id: l.law_id, note: l.note ?? '' })),
				{ type: 'law', column: 'law_id', field: 'laws' }
			);
		}
		if (input.theme_ids !== undefined) await replaceRecordThemes(trx, 'case', id, input.theme_ids);
	};
}

function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
	return [...new Map(items.map((item) => [key(item), item])).values()];
}

/** What the workspace edits cases through. */
export const caseStore = recordWrites({
	kind: CASE,
	columns,
	check,
	required: ['country_id', 'title', 'case_type'],
	relate
});

/** Creates a case with its actors, laws and themes in one transaction. */
export const createCase = caseStore.create;
/**
 * Saves an edit made against `expectedVersion`; `actors`, `laws` and `theme_ids`, when given,
 * replace the current sets. A stale version throws VersionConflictError and writes nothing.
 */
export const updateCase = caseStore.update;
/** The case with its actors, laws and theme ids. */
export const getCase = ops.getWithRelated;
export const { find: findCase, findMany: findCases, remove: deleteCase } = ops;
export const { restore: restoreCase, setStatus: setCaseStatus } = ops;

/** `from` and `to`: the case's period could reach into them (YYYY-MM-DD); ongoing ones reach today. */
export interface CaseFilters extends RecordListFilters {
	case_type?: CaseType | readonly CaseType[];
	verification?: VerificationLevel | readonly VerificationLevel[];
	ongoing?: boolean;
	/** Cases involving this actor (in either role, or the given one). */
	actor_id?: string;
	actor_role?: CaseActorRole;
	law_id?: string;
}

/** By default date_asc: by earliest possible start day, then latest. */
const LIST: RecordList = { table: 'cases', date: 'start', sort: 'date_asc', themedAs: 'case' };

function filtered(db: Executor, filters: CaseFilters) {
	const { actor_id, actor_role, law_id } = filters;
	let query = db
		.selectFrom('cases')
		.where((eb) =>
			eb.and([
				...listConditions(LIST, filters),
				...(actor_id === undefined
					? []
					: [hasJoinRow('cases', 'case_actors', 'case_id', { actor_id, role: actor_role })]),
				...(law_id === undefined ? [] : [hasJoinRow('cases', 'case_laws', 'case_id', { law_id })])
			])
		);
	if (filters.case_type !== undefined)
		query = query.where('case_type', 'in', oneOrMany(filters.case_type));
	if (filters.verification !== undefined) {
		query = query.where('verification', 'in', oneOrMany(filters.verification));
	}
	if (filters.ongoing !== undefined) query = query.where('ongoing', '=', flag(filters.ongoing));
	return query;
}

export async function listCases(db: Executor, filters: CaseFilters = {}): Promise<Case[]> {
	const query = filtered(db, filters).selectAll();
	return listPage(query, LIST, filters).execute();
}

export async function countCases(db: Executor, filters: CaseFilters = {}): Promise<number> {
	return countRows(filtered(db, filters));
}
