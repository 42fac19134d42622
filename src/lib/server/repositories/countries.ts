import type { Country } from '../db/schema.js';
import { Checks } from './checks.js';
import { flag } from './columns.js';
import { commonConditions, orderings, page, type ListOptions } from './listing.js';
import {
	assertUnique,
	defineRecordKind,
	findRecordBy,
	recordOperations,
	recordWrites,
	type Executor,
	type RecordPatch
} from './records.js';

export const COUNTRY = defineRecordKind({
	type: 'country',
	title: 'name'
});
const ops = recordOperations(COUNTRY);

export interface CountryInput {
	/** ISO 3166-1 alpha-2, or a user-assigned code such as XT for a fictional test country. */
	code: string;
	name: string;
	region?: string;
	summary?: string;
	is_fictional?: boolean;
	internal_notes?: string;
}

function normalCode(code: string): string {
	return code.trim().toUpperCase();
}

function columns(input: Partial<CountryInput>): RecordPatch<'countries'> {
	return {
		code: input.code === undefined ? undefined : normalCode(input.code),
		name: input.name?.trim(),
		region: input.region,
		summary: input.summary,
		is_fictional: flag(input.is_fictional),
		internal_notes: input.internal_notes
	};
}

async function check(db: Executor, input: Partial<CountryInput>, current?: Country): Promise<void> {
	const checks = new Checks().text('name', input.name, !current).text('code', input.code, !current);
	if (input.code !== undefined && !/^[A-Za-z]{2}$/.test(input.code.trim())) {
		checks.fail(
			'code',
			'Code must be two letters (ISO 3166-1 alpha-2, or e.g. XT for a fictional test country).'
		);
	}
	checks.throwIfAny();
	if (input.code !== undefined) {
		const code = normalCode(input.code);
		const message = `Another country already uses the code ${code}.`;
		await assertUnique(db, COUNTRY, 'code', code, current?.id, message);
	}
}

/** What the workspace edits countries through. */
export const countryStore = recordWrites({
	kind: COUNTRY,
	columns,
	check,
	required: ['code', 'name']
});

export const { create: createCountry, update: updateCountry } = countryStore;
export const { get: getCountry, find: findCountry, findMany: findCountries } = ops;
export const { remove: deleteCountry, restore: restoreCountry, setStatus: setCountryStatus } = ops;

/** The country with this code (any case), or undefined; trashed countries are left out. */
export async function findCountryByCode(db: Executor, code: string): Promise<Country | undefined> {
	return findRecordBy(db, COUNTRY, 'code', normalCode(code));
}

export interface CountryFilters extends ListOptions {
	/** true: only fictional test countries; false: only real ones; unset: both. */
	fictional?: boolean;
	region?: string;
}

/** Countries by name. */
export async function listCountries(
	db: Executor,
	filters: CountryFilters = {}
): Promise<Country[]> {
	let query = db
		.selectFrom('countries')
		.selectAll()
		.where((eb) => eb.and(commonConditions('countries', filters, 'name')));
	if (filters.fictional !== undefined)
		query = query.where('is_fictional', '=', flag(filters.fictional));
	if (filters.region !== undefined) query = query.where('region', '=', filters.region);
	return page(query, orderings('countries', 'title', null, 'name'), filters).execute();
}
