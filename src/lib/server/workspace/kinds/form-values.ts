import { fromColumns } from '$lib/dates';
import { dateInputText } from '$lib/workspace/date-reading';
import type { FormValues, Picked } from '$lib/workspace/form';

/* A stored record's columns as the values of its form. */

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
