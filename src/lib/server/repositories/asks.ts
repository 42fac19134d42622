import type { PreciseDate } from '../../dates.js';
import { ASK_STATUSES, type Ask, type AskStatus } from '../db/schema.js';
import { dateColumns } from './columns.js';
import { assertCountryExists, countryRecordChecks } from './country-records.js';
import { listConditions, listPage, oneOrMany, type RecordListFilters } from './listing.js';
import { relateThemes, themeIdsOf } from './record-themes.js';
import { defineRecordKind, recordOperations, recordWrites } from './records.js';
import type { Executor, RecordPatch } from './records.js';

export const ASK = defineRecordKind({
	type: 'ask',
	title: 'title',
	related: themeIdsOf('ask')
});
const ops = recordOperations(ASK);

export type AskRecord = Ask & { theme_ids: string[] };

export interface AskInput {
	country_id: string;
	title: string;
	/** The recommendation in the authors' words. */
	recommendation: string;
	/** Who it is addressed to ("EU leaders"). */
	addressed_to?: string;
	/** Where it was made (a joint letter, a report). */
	made_where?: string;
	made?: PreciseDate | null;
	/** Tracking: open, raised, acted on, ignored (separate from the workflow status). */
	ask_status?: AskStatus;
	theme_ids?: string[];
	internal_notes?: string;
}

function columns(input: Partial<AskInput>): RecordPatch<'asks'> {
	return {
		country_id: input.country_id,
		title: input.title?.trim(),
		recommendation: input.recommendation?.trim(),
		addressed_to: input.addressed_to,
		made_where: input.made_where,
		...dateColumns('made', input.made),
		ask_status: input.ask_status,
		internal_notes: input.internal_notes
	};
}

async function check(db: Executor, input: Partial<AskInput>, current?: Ask): Promise<void> {
	countryRecordChecks(input, current, { recommendation: input.recommendation })
		.oneOf('ask_status', input.ask_status, ASK_STATUSES)
		.throwIfAny();
	await assertCountryExists(db, input.country_id);
}

/** What the workspace edits asks through. */
export const askStore = recordWrites({
	kind: ASK,
	columns,
	check,
	required: ['country_id', 'title', 'recommendation'],
	relate: (input) => relateThemes('ask', input.theme_ids)
});

export const { create: createAsk, update: updateAsk } = askStore;
/** The ask with its theme ids. */
export const getAsk = ops.getWithRelated;
export const { find: findAsk, findMany: findAsks, remove: deleteAsk, restore: restoreAsk } = ops;
/** The workflow status (draft, in review, published); the tracking status is ask_status. */
export const setAskStatus = ops.setStatus;

export interface AskFilters extends RecordListFilters {
	ask_status?: AskStatus | readonly AskStatus[];
}

/** Asks, by the date made unless sorted otherwise. */
export async function listAsks(db: Executor, filters: AskFilters = {}): Promise<Ask[]> {
	const list = { table: 'asks', date: 'made', sort: 'date_asc', themedAs: 'ask' } as const;
	let query = db
		.selectFrom('asks')
		.selectAll()
		.where((eb) => eb.and(listConditions(list, filters)));
	if (filters.ask_status !== undefined) {
		query = query.where('ask_status', 'in', oneOrMany(filters.ask_status));
	}
	return listPage(query, list, filters).execute();
}
