import { toColumns, type PreciseDate } from '../../dates.js';
import type { DatePrecision, Flag } from '../db/schema.js';

/* Conversions from typed repository inputs to stored columns. */

export type DateColumns<P extends string> = {
	[K in `${P}_text` | `${P}_earliest` | `${P}_latest`]: string | null;
} & { [K in `${P}_precision`]: DatePrecision | null } & { [K in `${P}_note`]: string };

export type RequiredDateColumns<P extends string> = DateColumns<P> & {
	[K in `${P}_text`]: string;
} & { [K in `${P}_precision`]: DatePrecision };

/**
 * The five columns of a date with precision: set from `date`, cleared by null, and left out
 * of a patch when undefined (not being changed).
 */
export function dateColumns<P extends string>(
	prefix: P,
	date: PreciseDate | null | undefined
): Partial<DateColumns<P>> {
	if (date === undefined) return {};
	return toColumns(prefix, date) as unknown as DateColumns<P>;
}

/** Like dateColumns, for a date the record cannot be without (checked by the caller). */
export function requiredDateColumns<P extends string>(
	prefix: P,
	date: PreciseDate
): RequiredDateColumns<P> {
	return toColumns(prefix, date) as unknown as RequiredDateColumns<P>;
}

export function flag(value: boolean): Flag;
export function flag(value: boolean | undefined): Flag | undefined;
export function flag(value: boolean | undefined): Flag | undefined {
	return value === undefined ? undefined : value ? 1 : 0;
}
