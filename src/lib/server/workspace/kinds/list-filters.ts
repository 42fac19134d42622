import { m } from '$lib/paraglide/messages';
import type { Option } from '$lib/workspace/form';
import { optionsOf } from './form-fields';
import type { FilterSpec, FormContext } from './types';

/* Filters several record types' lists share. */

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
