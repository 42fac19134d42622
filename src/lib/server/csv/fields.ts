import { z } from 'zod';
import { m } from '../../paraglide/messages.js';
import { DateInputError, parseDateInput, pointBounds, type PreciseDate } from '../../dates.js';
import { LIST_SEPARATOR } from './column-spec.js';

/*
 * zod schemas for CSV cells: every cell arrives as a string, possibly empty or missing. The
 * schemas are built once, when the module loads; their messages are functions, called when a
 * cell is refused, so they speak the language of the request that reads the file. A message
 * quoting a cell keeps the cell's text as written.
 */

const cell = z.string().optional().default('');

const tooLong = (max: number) => ({ error: () => m.ws_imp_err_too_long({ count: max }) });

export function text(max = 20_000) {
	return cell.transform((v) => v.trim()).pipe(z.string().max(max, tooLong(max)));
}

/** A cell that must not be empty; `required` says so, in the request's language. */
export function requiredText(required: () => string, max = 500) {
	return cell
		.transform((v) => v.trim())
		.pipe(
			z
				.string()
				.min(1, { error: () => required() })
				.max(max, tooLong(max))
		);
}

/** "Website blocking", "website-blocking" and "website_blocking" all read as website_blocking. */
export function choice<const T extends readonly [string, ...string[]]>(
	values: T,
	fallback?: T[number]
) {
	const allowed = values.join(', ');
	return cell
		.transform((v) =>
			v
				.trim()
				.toLowerCase()
				.replace(/[\s-]+/g, '_')
		)
		.transform((v, ctx): T[number] => {
			if (v === '' && fallback !== undefined) return fallback;
			if ((values as readonly string[]).includes(v)) return v as T[number];
			ctx.addIssue({
				code: 'custom',
				message:
					v === ''
						? m.ws_imp_err_choice_empty({ values: allowed })
						: m.ws_imp_err_choice_bad({ value: v, values: allowed })
			});
			return z.NEVER;
		});
}

function readDate(v: string, ctx: z.RefinementCtx): PreciseDate {
	try {
		return parseDateInput(v);
	} catch (error) {
		if (!(error instanceof DateInputError)) throw error;
		ctx.addIssue({ code: 'custom', message: error.message });
		return z.NEVER;
	}
}

/** A date with precision as the date field of a form reads it; empty means not known. */
export function date(required: boolean) {
	return cell
		.transform((v) => v.trim())
		.transform((v, ctx): PreciseDate | null => {
			if (v === '') {
				if (required) ctx.addIssue({ code: 'custom', message: m.ws_imp_err_date_required() });
				return null;
			}
			return readDate(v, ctx);
		});
}

/** An end date, or "ongoing" for something still going on. */
export function endDate() {
	return cell
		.transform((v) => v.trim())
		.transform((v, ctx): { ongoing: boolean; date: PreciseDate | null } => {
			if (v === '') return { ongoing: false, date: null };
			if (v.toLowerCase() === 'ongoing') return { ongoing: true, date: null };
			return { ongoing: false, date: readDate(v, ctx) };
		});
}

/** A single day, YYYY-MM-DD, or empty. */
export function day() {
	return cell
		.transform((v) => v.trim())
		.transform((v, ctx): string | null => {
			if (v === '') return null;
			if (pointBounds(v)?.precision !== 'day') {
				ctx.addIssue({ code: 'custom', message: m.ws_imp_err_not_a_day({ value: v }) });
				return z.NEVER;
			}
			return v;
		});
}

/** A semicolon-separated list, trimmed, without blanks or repeats. */
export function list() {
	return cell.transform((v) => [
		...new Set(
			v
				.split(LIST_SEPARATOR)
				.map((s) => s.trim())
				.filter((s) => s !== '')
		)
	]);
}

/** Separates a cited source from where in it: "Title | p. 4". */
export const LOCATOR_SEPARATOR = '|';

/**
 * Sources cited, separated by ";", each a source's id or title optionally followed by "|" and
 * a locator: "Annual report 2021 | p. 4; 3f2c…-id | para. 3". The same source at the same
 * locator counts once.
 */
export function citationList() {
	return list().transform((entries, ctx) => {
		const seen = new Map<string, { source: string; locator: string }>();
		for (const entry of entries) {
			const bar = entry.indexOf(LOCATOR_SEPARATOR);
			const source = (bar < 0 ? entry : entry.slice(0, bar)).trim();
			const locator = bar < 0 ? '' : entry.slice(bar + 1).trim();
			if (source === '') {
				ctx.addIssue({
					code: 'custom',
					message: m.ws_imp_err_no_source({ entry })
				});
				return z.NEVER;
			}
			seen.set(`${source.toLowerCase()}\u0000${locator}`, { source, locator });
		}
		return [...seen.values()];
	});
}
