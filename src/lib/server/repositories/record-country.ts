import type { RecordType, WorkflowStatus } from '../db/schema.js';
import { RECORD_TABLES, type Executor } from './records.js';

/*
 * Where a record shows publicly: its country's code (a country's own), and whether it is
 * published now. Trashed records are found too: trashing one is a change the public sees.
 */

export interface RecordPlace {
	status: WorkflowStatus;
	/** Null for a source, an actor without a country, or a type without one. */
	countryCode: string | null;
}

const WITH_COUNTRY = ['case', 'pledge', 'engagement', 'ask', 'law', 'actor'] as const;
type WithCountry = (typeof WITH_COUNTRY)[number];

const isWithCountry = (type: string): type is WithCountry =>
	(WITH_COUNTRY as readonly string[]).includes(type);

/** The record's status and country code, or null when there is no such record. */
export async function findRecordPlace(
	db: Executor,
	type: RecordType,
	id: string
): Promise<RecordPlace | null> {
	if (type === 'country') {
		const row = await db
			.selectFrom('countries')
			.select(['status', 'code'])
			.where('id', '=', id)
			.executeTakeFirst();
		return row ? { status: row.status, countryCode: row.code } : null;
	}
	if (type === 'source') {
		const row = await db
			.selectFrom('sources')
			.select('status')
			.where('id', '=', id)
			.executeTakeFirst();
		return row ? { status: row.status, countryCode: null } : null;
	}
	if (!isWithCountry(type)) return null;
	// Typed as one of them: id, status and country_id are read alike from each table.
	const table = RECORD_TABLES[type] as 'cases';
	const row = await db
		.selectFrom(`${table} as r`)
		.leftJoin('countries as c', 'c.id', 'r.country_id')
		.select(['r.status as status', 'c.code as code'])
		.where('r.id', '=', id)
		.executeTakeFirst();
	return row ? { status: row.status, countryCode: row.code ?? null } : null;
}
