import { fromColumns } from '$lib/dates';
import type { WorkflowStatus } from '$lib/server/db/schema';
import type { ListOptions } from '$lib/server/repositories/listing';
import { dateInputText } from '$lib/workspace/date-reading';
import type { FieldSpec, FormValues, Option, Picked } from '$lib/workspace/form';
import type { ListQuery } from '$lib/workspace/list-query';
import type { FilterSpec, ListRow, WorkspaceRecord } from './types';

/* Pieces several record types' descriptions share. */

export function optionsOf(labels: Record<string, string>): Option[] {
	return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** Picked records by id; the machinery fills in their names before a form is shown. */
export function picks(ids: readonly (string | null | undefined)[]): Picked[] {
	return ids.filter((id): id is string => Boolean(id)).map((id) => ({ id, label: '' }));
}

/** A stored date with precision, from any record row (typed records are not index-signed). */
export function dateOf(row: object, prefix: string) {
	return fromColumns(row as Record<string, unknown>, prefix);
}

/** The two values of a date field (the date as typed, and its note) from stored columns. */
export function dateValues(row: object, prefix: string, field = prefix): FormValues {
	const date = dateOf(row, prefix);
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

export const themeFilter = (themes: Option[]): FilterSpec => ({
	name: 'theme',
	label: 'Theme',
	kind: 'select',
	options: themes
});

/** A filter choosing one of a fixed set of values, shown by their labels. */
export const choiceFilter = (
	name: FilterSpec['name'],
	label: string,
	labels: Record<string, string>
): FilterSpec => ({ name, label, kind: 'select', options: optionsOf(labels) });

/** A record as a list row: what every list shows, then the kind's own cells. */
export function listRow(
	record: Pick<WorkspaceRecord, 'id' | 'status' | 'updated_at'>,
	title: string,
	cells: string[]
): ListRow {
	return { id: record.id, title, status: record.status, updated_at: record.updated_at, cells };
}

export const dateFilters: FilterSpec[] = [
	{ name: 'from', label: 'From', kind: 'day' },
	{ name: 'to', label: 'To', kind: 'day' }
];

/** A description written in Markdown, rendered through the sanitiser wherever it is shown. */
export const markdownField = (name: string, label: string): FieldSpec => ({
	name,
	label,
	kind: 'textarea',
	markdown: true,
	hint: 'Markdown: *emphasis*, lists, links.'
});

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
