import { m } from '$lib/paraglide/messages';
import { fromColumns } from '$lib/dates';
import type { WorkflowStatus } from '$lib/server/db/schema';
import type { ListOptions } from '$lib/server/repositories/listing';
import { dateInputText } from '$lib/workspace/date-reading';
import type { FieldSpec, FormValues, Lookup, Option, Picked } from '$lib/workspace/form';
import type { ListQuery } from '$lib/workspace/list-query';
import type { FilterSpec, FormContext, ListRow, WorkspaceRecord } from './types';

/* Pieces several record types' descriptions share. */

/** A vocabulary's values (the keys of its English labels) as options in the interface language. */
export function optionsOf<V extends string>(
	labels: Record<V, string>,
	label: (value: V) => string
): Option[] {
	return (Object.keys(labels) as V[]).map((value) => ({ value, label: label(value) }));
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

export const titleField = (hint?: string): FieldSpec => ({
	name: 'title',
	label: m.ws_f_title(),
	kind: 'text',
	required: true,
	...(hint ? { hint } : {})
});

export const countryField = (countries: Option[]): FieldSpec => ({
	name: 'country_id',
	label: m.ws_f_country(),
	kind: 'select',
	options: countries,
	required: true
});

/** A required choice from a vocabulary (a case's type, a law's status), labelled in the interface language. */
export function vocabularyField<V extends string>(
	name: string,
	label: string,
	labels: Record<V, string>,
	labelOf: (value: V) => string,
	hint?: string
): FieldSpec {
	return {
		name,
		label,
		kind: 'select',
		options: optionsOf(labels, labelOf),
		required: true,
		...(hint ? { hint } : {})
	};
}

/**
 * Records picked by typing a few letters: several unless `single`; `create` offers a new actor
 * in place.
 */
export function lookupField(
	name: string,
	label: string,
	lookup: Lookup,
	{ single = false, create = false } = {}
): FieldSpec {
	return { name, label, kind: 'lookup', lookup, multiple: !single, ...(create ? { create } : {}) };
}

export const themesField = (): FieldSpec => lookupField('theme_ids', m.ws_f_themes(), 'theme');

export const countryFilter = (countries: Option[]): FilterSpec => ({
	name: 'country',
	label: m.ws_f_country(),
	kind: 'select',
	options: countries
});

export const themeFilter = (themes: Option[]): FilterSpec => ({
	name: 'theme',
	label: m.ws_f_theme(),
	kind: 'select',
	options: themes
});

/** A list filter on one value of a vocabulary. */
export function vocabularyFilter<V extends string>(
	name: FilterSpec['name'],
	label: string,
	labels: Record<V, string>,
	labelOf: (value: V) => string
): FilterSpec {
	return { name, label, kind: 'select', options: optionsOf(labels, labelOf) };
}

export const dateFilters = (): FilterSpec[] => [
	{ name: 'from', label: m.ws_f_from(), kind: 'day' },
	{ name: 'to', label: m.ws_f_to(), kind: 'day' }
];

/**
 * The filters of a list of dated records of one country with themes (cases, pledges, asks,
 * laws): the country, a theme, the kind's `own` filters, and the dates.
 */
export const themedRecordFilters = (
	{ countries, themes }: FormContext,
	...own: FilterSpec[]
): FilterSpec[] => [countryFilter(countries), themeFilter(themes), ...own, ...dateFilters()];

/** A description written in Markdown, rendered through the sanitiser wherever it is shown. */
export const markdownField = (name: string, label: string): FieldSpec => ({
	name,
	label,
	kind: 'textarea',
	markdown: true,
	hint: m.ws_h_markdown()
});

export const internalNotesField = (): FieldSpec => ({
	name: 'internal_notes',
	label: m.ws_f_internal_notes(),
	kind: 'textarea',
	hint: m.ws_h_internal_notes()
});

/** The options every repository list takes, from the URL's query. */
export function listOptions(query: ListQuery, limit: number, offset: number): ListOptions {
	return {
		q: query.q || undefined,
		status: query.status ? (query.status as WorkflowStatus) : undefined,
		limit,
		offset
	};
}

/** A record as a row of its list: its title, workflow status, last change and the kind's cells. */
export function listRow(
	record: Pick<WorkspaceRecord, 'id' | 'status' | 'updated_at'>,
	title: string,
	cells: string[]
): ListRow {
	return { id: record.id, title, status: record.status, updated_at: record.updated_at, cells };
}
