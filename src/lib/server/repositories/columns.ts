import {
	toColumns,
	type DateColumns,
	type PreciseDate,
	type PresentDateColumns
} from '../../dates.js';
import type { Flag } from '../db/schema.js';

/* Conversions from typed repository inputs to stored columns. */

export type { DateColumns };
export type RequiredDateColumns<P extends string> = PresentDateColumns<P>;

/**
 * The five columns of a date with precision: set from `date`, cleared by null, and left out
 * of a patch when undefined (not being changed).
 */
export function dateColumns<P extends string>(
	prefix: P,
	date: PreciseDate | null | undefined
): Partial<DateColumns<P>> {
	if (date === undefined) return {};
	return toColumns(prefix, date);
}

/** Like dateColumns, for a date the record cannot be without (checked by the caller). */
export function requiredDateColumns<P extends string>(
	prefix: P,
	date: PreciseDate
): RequiredDateColumns<P> {
	return toColumns(prefix, date);
}

export function flag(value: boolean): Flag;
export function flag(value: boolean | undefined): Flag | undefined;
export function flag(value: boolean | undefined): Flag | undefined {
	return value === undefined ? undefined : value ? 1 : 0;
}
