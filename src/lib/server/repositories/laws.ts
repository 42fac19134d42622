import type { PreciseDate } from '../../dates.js';
import { LAW_STATUSES, type Law, type LawStatus } from '../db/schema.js';
import { dateColumns } from './columns.js';
import { assertCountryExists, countryRecordChecks } from './country-records.js';
import { listConditions, listPage, type RecordListFilters } from './listing.js';
import { relateThemes, themeIdsOf } from './record-themes.js';
import { defineRecordKind, recordOperations, recordWrites } from './records.js';
import type { Executor, RecordPatch } from './records.js';

export const LAW = defineRecordKind({
	type: 'law',
	title: 'title',
	related: themeIdsOf('law')
});
const ops = recordOperations(LAW);

export type LawRecord = Law & { theme_ids: string[] };

export interface LawInput {
	country_id: string;
	/** 'Article 405 of the Criminal Code ("extremism")'. */
	title: string;
	reference?: string;
	law_status: LawStatus;
	/** When it was adopted, drafted or last amended, as the source gives it. */
	dated?: PreciseDate | null;
	description?: string;
	theme_ids?: string[];
	internal_notes?: string;
}

function columns(input: Partial<LawInput>): RecordPatch<'laws'> {
	return {
		country_id: input.country_id,
		title: input.title?.trim(),
		reference: input.reference,
		law_status: input.law_status,
		...dateColumns('dated', input.dated),
		description: input.description,
		internal_notes: input.internal_notes
	};
}

async function check(db: Executor, input: Partial<LawInput>, current?: Law): Promise<void> {
	countryRecordChecks(input, current)
		.oneOf('law_status', input.law_status, LAW_STATUSES)
		.throwIfAny();
	await assertCountryExists(db, input.country_id);
}

/** What the workspace edits laws through. */
export const lawStore = recordWrites({
	kind: LAW,
	columns,
	check,
	required: ['country_id', 'title', 'law_status'],
	relate: (input) => relateThemes('law', input.theme_ids)
});

export const { create: createLaw, update: updateLaw } = lawStore;
/** The law with its theme ids. */
export const getLaw = ops.getWithRelated;
export const { find: findLaw, findMany: findLaws, remove: deleteLaw, restore: restoreLaw } = ops;
export const setLawStatus = ops.setStatus;

/** `from` and `to`: the law's date could fall within them (YYYY-MM-DD). */
export interface LawFilters extends RecordListFilters {
	law_status?: LawStatus;
}

/** Laws, by title unless sorted otherwise. */
export async function listLaws(db: Executor, filters: LawFilters = {}): Promise<Law[]> {
	const list = { table: 'laws', date: 'dated', sort: 'title', themedAs: 'law' } as const;
	let query = db
		.selectFrom('laws')
		.selectAll()
		.where((eb) => eb.and(listConditions(list, filters)));
	if (filters.law_status !== undefined) query = query.where('law_status', '=', filters.law_status);
	return listPage(query, list, filters).execute();
}

/** Laws of the country whose title is one of `lowerTitles`, ignoring case, titled as name. */
export function findLawsByTitle(
	db: Executor,
	countryId: string,
	lowerTitles: string[]
): Promise<{ id: string; name: string }[]> {
	return db
		.selectFrom('laws')
		.select(['id', 'title as name'])
		.where((eb) => eb.fn('lower', ['title']), 'in', lowerTitles)
		.where('country_id', '=', countryId)
		.where('deleted_at', 'is', null)
		.execute();
}
