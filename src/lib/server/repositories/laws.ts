import type { PreciseDate } from '../../dates.js';
import { LAW_STATUSES, type Law, type LawStatus } from '../db/schema.js';
import { Checks } from './checks.js';
import { dateColumns } from './columns.js';
import {
	commonConditions,
	dateWithin,
	hasTheme,
	orderings,
	page,
	type ListOptions,
	type SortOrder
} from './listing.js';
import { listRecordThemeIds, replaceRecordThemes } from './record-themes.js';
import {
	assertRecordsExist,
	createRecord,
	defineRecordKind,
	recordOperations,
	updateRecord,
	type Executor,
	type GetOptions,
	type RecordPatch,
	withRelated
} from './records.js';

export const LAW = defineRecordKind({
	type: 'law',
	table: 'laws',
	label: 'law',
	related: async (db, id) => ({ theme_ids: await listRecordThemeIds(db, 'law', id) })
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

async function check(db: Executor, input: Partial<LawInput>, creating: boolean): Promise<void> {
	new Checks()
		.text('title', input.title, creating)
		.text('country_id', input.country_id, creating)
		.oneOf('law_status', input.law_status, LAW_STATUSES)
		.throwIfAny();
	if (input.country_id) await assertRecordsExist(db, 'country', [input.country_id], 'country_id');
}

function relate(input: Partial<LawInput>) {
	const themeIds = input.theme_ids;
	if (themeIds === undefined) return undefined;
	return (trx: Executor, id: string) => replaceRecordThemes(trx, 'law', id, themeIds);
}

export async function createLaw(
	db: Executor,
	input: LawInput,
	userId: string | null
): Promise<LawRecord> {
	await check(db, input, true);
	const row = await createRecord(
		db,
		LAW,
		{
			...columns(input),
			country_id: input.country_id,
			title: input.title.trim(),
			law_status: input.law_status
		},
		userId,
		relate(input)
	);
	return withRelated(db, LAW, row);
}

export async function updateLaw(
	db: Executor,
	id: string,
	expectedVersion: number,
	patch: Partial<LawInput>,
	userId: string | null
): Promise<LawRecord> {
	await check(db, patch, false);
	const row = await updateRecord(
		db,
		LAW,
		id,
		expectedVersion,
		columns(patch),
		userId,
		relate(patch)
	);
	return withRelated(db, LAW, row);
}

/** The law with its theme ids. */
export async function getLaw(db: Executor, id: string, options?: GetOptions): Promise<LawRecord> {
	return withRelated(db, LAW, await ops.get(db, id, options));
}

export const findLaw = ops.find;
export const deleteLaw = ops.remove;
export const restoreLaw = ops.restore;
export const setLawStatus = ops.setStatus;

export interface LawFilters extends ListOptions {
	country_id?: string;
	law_status?: LawStatus;
	theme_id?: string;
	/** The law's date could fall on or after this day (YYYY-MM-DD). */
	from?: string;
	/** The law's date could fall on or before this day. */
	to?: string;
	sort?: SortOrder;
}

export async function listLaws(db: Executor, filters: LawFilters = {}): Promise<Law[]> {
	let query = db
		.selectFrom('laws')
		.selectAll()
		.where((eb) =>
			eb.and([
				...commonConditions('laws', filters),
				...dateWithin('laws', 'dated', filters.from, filters.to),
				...(filters.theme_id ? [hasTheme('laws', 'law', filters.theme_id)] : [])
			])
		);
	if (filters.country_id !== undefined) query = query.where('country_id', '=', filters.country_id);
	if (filters.law_status !== undefined) query = query.where('law_status', '=', filters.law_status);
	return page(query, orderings('laws', filters.sort ?? 'title', 'dated'), filters).execute();
}
