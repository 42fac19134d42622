import { fromColumns, pointBounds } from '$lib/dates';
import type { WorkflowStatus } from '$lib/server/db/schema';
import type { ListOptions, SortOrder } from '$lib/server/repositories/listing';
import { dateInputText } from '$lib/workspace/dates';
import type { FieldSpec, FormValues, Option, Picked } from '$lib/workspace/form';
import type { ListQuery } from '$lib/workspace/list-query';
import type { FilterSpec } from './types';

/* Pieces several record types' descriptions share. */

export function optionsOf(labels: Record<string, string>): Option[] {
	return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** Picked records by id; the machinery fills in their names before a form is shown. */
export function picks(ids: readonly (string | null | undefined)[]): Picked[] {
	return ids.filter((id): id is string => Boolean(id)).map((id) => ({ id, label: '' }));
}

/** The two values of a date field (the date as typed, and its note) from stored columns. */
export function dateValues(row: object, prefix: string, field = prefix): FormValues {
	const date = fromColumns(row as Record<string, unknown>, prefix);
	return { [field]: dateInputText(date), [`${field}_note`]: date?.note ?? '' };
}

export const countryField = (countries: Option[]): FieldSpec => ({
	name: 'country_id',
	label: 'Country',
	kind: 'select',
	options: countries,
	required: true
});

export const countryFilter = (countries: Option[]): FilterSpec => ({
	name: 'country',
	label: 'Country',
	kind: 'select',
	options: countries
});

export const dateFilters: FilterSpec[] = [
	{ name: 'from', label: 'From', kind: 'day' },
	{ name: 'to', label: 'To', kind: 'day' }
];

export const internalNotesField: FieldSpec = {
	name: 'internal_notes',
	label: 'Internal notes',
	kind: 'textarea',
	hint: 'Staff only: never shown to the public.'
};

/** The options every repository list takes, from the URL's query. */
export function listOptions(query: ListQuery, limit: number, offset: number): ListOptions {
	return {
		q: query.q || undefined,
		status: query.status ? (query.status as WorkflowStatus) : undefined,
		limit,
		offset
	};
}

export function sortOrder(query: ListQuery): SortOrder {
	return query.sort;
}

/** The URL's from/to (a year, month or day) as the first and last days they cover. */
export function dayRange(query: ListQuery): { from?: string; to?: string } {
	return {
		from: query.from ? pointBounds(query.from)?.earliest : undefined,
		to: query.to ? pointBounds(query.to)?.latest : undefined
	};
}

/** A value the URL gave, if it is one of the allowed ones. */
export function oneOfOrUndefined<T extends string>(
	value: string,
	allowed: readonly T[]
): T | undefined {
	return allowed.includes(value as T) ? (value as T) : undefined;
}
