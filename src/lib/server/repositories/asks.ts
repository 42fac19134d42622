import type { PreciseDate } from '../../dates.js';
import { ASK_STATUSES, type Ask, type AskStatus } from '../db/schema.js';
import { Checks } from './checks.js';
import { dateColumns } from './columns.js';
import {
	commonConditions,
	dateWithin,
	oneOrMany,
	orderings,
	page,
	scopeConditions,
	type ListOptions,
	type SortOrder
} from './listing.js';
import { relateThemes, themeIdsOf } from './record-themes.js';
import {
	assertRecordsExist,
	defineRecordKind,
	recordOperations,
	recordWrites,
	type Executor,
	type RecordPatch
} from './records.js';

export const ASK = defineRecordKind({
	type: 'ask',
	table: 'asks',
	label: 'ask',
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
	new Checks()
		.text('title', input.title, !current)
		.text('recommendation', input.recommendation, !current)
		.text('country_id', input.country_id, !current)
		.oneOf('ask_status', input.ask_status, ASK_STATUSES)
		.throwIfAny();
	if (input.country_id) await assertRecordsExist(db, 'country', [input.country_id], 'country_id');
}

const writes = recordWrites({
	kind: ASK,
	columns,
	check,
	values: (input: AskInput) => ({
		...columns(input),
		country_id: input.country_id,
		title: input.title.trim(),
		recommendation: input.recommendation.trim()
	}),
	relate: (input) => relateThemes('ask', input.theme_ids)
});

export const { create: createAsk, update: updateAsk } = writes;
/** The ask with its theme ids. */
export const getAsk = ops.getWithRelated;
export const { find: findAsk, findMany: findAsks, remove: deleteAsk, restore: restoreAsk } = ops;
/** The workflow status (draft, in review, published); the tracking status is ask_status. */
export const setAskStatus = ops.setStatus;

export interface AskFilters extends ListOptions {
	country_id?: string;
	ask_status?: AskStatus | readonly AskStatus[];
	theme_id?: string;
	from?: string;
	to?: string;
	sort?: SortOrder;
}

export async function listAsks(db: Executor, filters: AskFilters = {}): Promise<Ask[]> {
	let query = db
		.selectFrom('asks')
		.selectAll()
		.where((eb) =>
			eb.and([
				...commonConditions('asks', filters),
				...scopeConditions('asks', filters, 'ask'),
				...dateWithin('asks', 'made', filters.from, filters.to)
			])
		);
	if (filters.ask_status !== undefined) {
		query = query.where('ask_status', 'in', oneOrMany(filters.ask_status));
	}
	return page(query, orderings('asks', filters.sort ?? 'date_asc', 'made'), filters).execute();
}
