/*
 * Dates with precision. Human-rights sources often give only a year or a month, so a date is
 * kept at the precision the source supports and never padded to a made-up day:
 *
 *   day     "2021-11-25"            -> "25 November 2021"
 *   month   "2021-05"               -> "May 2021"
 *   year    "2018"                  -> "2018"
 *   range   "2021-09..2021-11"      -> "September–November 2021" (approximate; the note says why)
 *   before  "2021-11"               -> "by November 2021" (known only to precede a source)
 *
 * Each carries the earliest and latest day it could be (YYYY-MM-DD), which is what lists sort
 * and filter on, the same way on SQLite and PostgreSQL.
 */

import { m } from '$lib/paraglide/messages';
import { baseLocale, getLocale, type Locale } from '$lib/paraglide/runtime';

export type Precision = 'day' | 'month' | 'year' | 'range' | 'before';

export interface PreciseDate {
	text: string;
	precision: Precision;
	earliest: string | null;
	latest: string | null;
	note: string;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export class DateInputError extends Error {
	override name = 'DateInputError';
}

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Bounds {
	precision: 'day' | 'month' | 'year';
	earliest: string;
	latest: string;
}

/** Bounds of one point date ("2021", "2021-05" or "2021-05-12"), or null if it is not one. */
export function pointBounds(text: string): Bounds | null {
	const t = text.trim();
	let m = YEAR.exec(t);
	if (m) {
		return { precision: 'year', earliest: `${m[1]}-01-01`, latest: `${m[1]}-12-31` };
	}
	m = MONTH.exec(t);
	if (m) {
		const year = Number(m[1]);
		const month = Number(m[2]);
		if (month < 1 || month > 12) return null;
		return {
			precision: 'month',
			earliest: `${m[1]}-${m[2]}-01`,
			latest: `${m[1]}-${m[2]}-${pad(daysInMonth(year, month))}`
		};
	}
	m = DAY.exec(t);
	if (m) {
		const year = Number(m[1]);
		const month = Number(m[2]);
		const day = Number(m[3]);
		if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
		return { precision: 'day', earliest: t, latest: t };
	}
	return null;
}

/** A point date at the precision its text shows. Throws a DateInputError that says how to fix it. */
export function pointDate(text: string, note = ''): PreciseDate {
	const bounds = pointBounds(text);
	if (!bounds)
		throw new DateInputError(m.ws_date_not_a_date({ text: text.trim(), help: m.ws_date_help() }));
	return { text: text.trim(), note, ...bounds };
}

/** An approximate date somewhere between two point dates, with a note on why it is approximate. */
export function rangeDate(from: string, to: string, note: string): PreciseDate {
	const a = pointBounds(from);
	const b = pointBounds(to);
	if (!a || !b) throw new DateInputError(m.ws_date_range_two({ help: m.ws_date_help() }));
	if (a.earliest > b.latest) throw new DateInputError(m.ws_date_range_order());
	return {
		text: `${from.trim()}..${to.trim()}`,
		precision: 'range',
		earliest: a.earliest,
		latest: b.latest,
		note
	};
}

/**
 * A record the source reports without a date: known only to precede the source's date.
 * It has no earliest day; its latest day is the end of the source's date.
 */
export function beforeDate(sourceDate: string, note = ''): PreciseDate {
	const b = pointBounds(sourceDate);
	if (!b)
		throw new DateInputError(m.ws_date_not_a_date({ text: sourceDate, help: m.ws_date_help() }));
	return { text: sourceDate.trim(), precision: 'before', earliest: null, latest: b.latest, note };
}

/** Parses what a person typed in a date field: "2018", "2021-05", "2021-05-12", "2021-09..2021-11". */
export function parseDateInput(input: string, note = ''): PreciseDate {
	const t = input.trim();
	if (t === '') throw new DateInputError(m.ws_date_empty({ help: m.ws_date_help() }));
	const range = /^(.+?)\s*\.\.\s*(.+)$/.exec(t);
	if (range) return rangeDate(range[1] ?? '', range[2] ?? '', note);
	const before = /^by\s+(.+)$/i.exec(t);
	if (before) return beforeDate(before[1] ?? '', note);
	return pointDate(t, note);
}

/* Kazakh months take the same form alone and after a day number ("2021 ж. мамыр", "5 мамыр"). */
const KAZAKH_MONTHS = [
	'қаңтар',
	'ақпан',
	'наурыз',
	'сәуір',
	'мамыр',
	'маусым',
	'шілде',
	'тамыз',
	'қыркүйек',
	'қазан',
	'қараша',
	'желтоқсан'
];

/*
 * English keeps its own forms ("25 November 2021", "September–November 2021"). Russian and
 * Kazakh dates follow what Intl.DateTimeFormat writes in Node ("май 2021 г.", "12 мая 2021 г.",
 * "2021 ж. мамыр", "2021 ж. 12 мамыр"), but from tables here: browsers differ in their ICU
 * data (Chromium has no Kazakh month names and prints "2021 M05"), and the page must read the
 * same before and after hydration. The words around dates ("around", "by", "ongoing") are
 * interface messages, whole phrases with the date as a placeholder, so each language keeps its
 * own word order.
 */
const MONTH_NAMES: Record<'ru' | 'kk', { alone: readonly string[]; ofDay: readonly string[] }> = {
	ru: {
		alone: [
			'январь',
			'февраль',
			'март',
			'апрель',
			'май',
			'июнь',
			'июль',
			'август',
			'сентябрь',
			'октябрь',
			'ноябрь',
			'декабрь'
		],
		ofDay: [
			'января',
			'февраля',
			'марта',
			'апреля',
			'мая',
			'июня',
			'июля',
			'августа',
			'сентября',
			'октября',
			'ноября',
			'декабря'
		]
	},
	kk: { alone: KAZAKH_MONTHS, ofDay: KAZAKH_MONTHS }
};

interface Parts {
	year: string;
	month?: number;
	day?: number;
}

function partsOf(text: string): Parts {
	const t = text.trim();
	const day = DAY.exec(t);
	if (day) return { year: day[1] ?? '', month: Number(day[2]), day: Number(day[3]) };
	const month = MONTH.exec(t);
	if (month) return { year: month[1] ?? '', month: Number(month[2]) };
	return { year: t };
}

/** A Russian or Kazakh date from its parts; `days` is a day or a day range within the month. */
function writeLocal(locale: 'ru' | 'kk', year: string, month?: number, days?: string): string {
	if (!month) return year;
	const names = MONTH_NAMES[locale];
	const name = (days ? names.ofDay : names.alone)[month - 1] ?? '';
	const monthPart = days ? `${days} ${name}` : name;
	return locale === 'kk' ? `${year} ж. ${monthPart}` : `${monthPart} ${year} г.`;
}

function formatPoint(text: string, locale: Locale = baseLocale): string {
	const t = text.trim();
	if (locale !== baseLocale) {
		const p = partsOf(t);
		return writeLocal(locale, p.year, p.month, p.day ? String(p.day) : undefined);
	}
	let m = DAY.exec(t);
	if (m) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
	m = MONTH.exec(t);
	if (m) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
	return t;
}

function formatRange(from: string, to: string, locale: Locale): string {
	if (locale !== baseLocale) {
		const a = partsOf(from);
		const b = partsOf(to);
		// What the two ends share is written once: "сентябрь – ноябрь 2021 г.", "2021 ж. 25–26 қараша".
		if (a.year === b.year && a.month && b.month && !a.day && !b.day) {
			const names = MONTH_NAMES[locale].alone;
			const span = `${names[a.month - 1]} – ${names[b.month - 1]}`;
			return locale === 'kk' ? `${a.year} ж. ${span}` : `${span} ${a.year} г.`;
		}
		if (a.year === b.year && a.month && a.month === b.month && a.day && b.day) {
			return writeLocal(locale, a.year, a.month, `${a.day}–${b.day}`);
		}
		return m.period_span(
			{ from: formatPoint(from, locale), to: formatPoint(to, locale) },
			{ locale }
		);
	}
	const a = formatPoint(from).split(' ');
	const b = formatPoint(to).split(' ');
	// "September–November 2021" rather than "September 2021–November 2021".
	if (a.length === b.length && a.at(-1) === b.at(-1) && a.length > 1) {
		return `${a.slice(0, -1).join(' ')}–${b.join(' ')}`;
	}
	return `${a.join(' ')}–${b.join(' ')}`;
}

export interface DateLike {
	text: string | null;
	precision: Precision | string | null;
}

/**
 * How a date reads: "May 2021", "2018", "25 November 2021", "by November 2021"; in Russian
 * "май 2021 г.", in Kazakh "2021 ж. мамыр". Without `locale`, the page's language.
 */
export function formatDate(
	date: DateLike | null | undefined,
	locale: Locale = getLocale()
): string {
	if (!date?.text || !date.precision) return m.date_not_known({}, { locale });
	switch (date.precision) {
		case 'range': {
			const [from, to] = date.text.split('..');
			return m.date_around({ date: formatRange(from ?? '', to ?? '', locale) }, { locale });
		}
		case 'before':
			return m.date_by({ date: formatPoint(date.text, locale) }, { locale });
		default:
			return formatPoint(date.text, locale);
	}
}

/**
 * How a period reads: "2018 – ongoing", "25–26 November 2021", "February 2016 – February 2021".
 * `end` null with `ongoing` false means the end is not known. An ongoing period with `asOf`
 * (its latest source's date) says how far "ongoing" is known: "2018 – ongoing as of November
 * 2021 (latest source)", so no reader takes it as confirmed up to today.
 */
export function formatPeriod(
	start: DateLike | null | undefined,
	end: DateLike | null | undefined,
	ongoing: boolean,
	asOf: DateLike | null = null,
	locale: Locale = getLocale()
): string {
	const hasStart = Boolean(start?.text);
	const hasEnd = Boolean(end?.text);
	const known = ongoing && asOf?.text ? formatAsOf(asOf, locale) : null;
	const options = { locale };
	if (!hasStart && !hasEnd) {
		if (!ongoing) return m.date_not_known({}, options);
		return known
			? m.period_ongoing_undated_as_of({ asOf: known }, options)
			: m.period_ongoing_undated({}, options);
	}
	const from = hasStart ? formatDate(start, locale) : m.date_not_known({}, options);
	if (ongoing) {
		return known
			? m.period_ongoing_as_of({ from, asOf: known }, options)
			: m.period_ongoing({ from }, options);
	}
	if (!hasEnd) return from;
	if (
		start?.precision === 'day' &&
		end?.precision === 'day' &&
		start.text &&
		end.text &&
		start.text.slice(0, 7) === end.text.slice(0, 7)
	) {
		if (start.text === end.text) return formatPoint(start.text, locale);
		if (locale !== baseLocale) return formatRange(start.text, end.text, locale);
		return `${Number(start.text.slice(8))}–${formatPoint(end.text)}`;
	}
	if (!hasStart) return m.period_until({ date: formatDate(end, locale) }, options);
	return m.period_span({ from, to: formatDate(end, locale) }, options);
}

/** A source itself dated only "by November 2021" still fixes the month: "as of November 2021". */
function formatAsOf(asOf: DateLike, locale: Locale): string {
	return formatDate(asOf.precision === 'before' ? { ...asOf, precision: 'month' } : asOf, locale);
}

/** The five columns a date is stored in under `prefix`, as the schema types them. */
export type DateColumns<P extends string> = {
	[K in `${P}_text` | `${P}_earliest` | `${P}_latest`]: string | null;
} & { [K in `${P}_precision`]: Precision | null } & { [K in `${P}_note`]: string };

/** The columns of a date that is present: text and precision are set. */
export type PresentDateColumns<P extends string> = DateColumns<P> & {
	[K in `${P}_text`]: string;
} & { [K in `${P}_precision`]: Precision };

/** Spreads a PreciseDate into the five columns stored under `prefix`. */
export function toColumns<P extends string>(prefix: P, date: PreciseDate): PresentDateColumns<P>;
export function toColumns<P extends string>(prefix: P, date: PreciseDate | null): DateColumns<P>;
export function toColumns<P extends string>(prefix: P, date: PreciseDate | null): DateColumns<P> {
	return {
		[`${prefix}_text`]: date?.text ?? null,
		[`${prefix}_precision`]: date?.precision ?? null,
		[`${prefix}_earliest`]: date?.earliest ?? null,
		[`${prefix}_latest`]: date?.latest ?? null,
		[`${prefix}_note`]: date?.note ?? ''
	} as DateColumns<P>;
}

/** Reads the five columns stored under `prefix` back into a PreciseDate (null when unset). */
export function fromColumns(row: Record<string, unknown>, prefix: string): PreciseDate | null {
	const text = row[`${prefix}_text`];
	const precision = row[`${prefix}_precision`];
	if (typeof text !== 'string' || typeof precision !== 'string') return null;
	return {
		text,
		precision: precision as Precision,
		earliest: (row[`${prefix}_earliest`] as string | null) ?? null,
		latest: (row[`${prefix}_latest`] as string | null) ?? null,
		note: (row[`${prefix}_note`] as string | null) ?? ''
	};
}

/**
 * The latest of some dates (by earliest day, then latest), or null when none is dated: what an
 * ongoing case's record is known up to, from the publication dates of the sources it cites.
 */
export function latestDate(dates: readonly (PreciseDate | null)[]): PreciseDate | null {
	let best: PreciseDate | null = null;
	for (const date of dates) {
		if (date && (date.earliest ?? date.latest) && (!best || compareDates(date, best) > 0)) {
			best = date;
		}
	}
	return best;
}

/** Orders dates by earliest possible day, then latest; undated ("before") ones sort by latest. */
export function compareDates(a: PreciseDate | null, b: PreciseDate | null): number {
	const ka = a ? (a.earliest ?? a.latest ?? '') : '';
	const kb = b ? (b.earliest ?? b.latest ?? '') : '';
	if (ka !== kb) return ka < kb ? -1 : 1;
	const la = a?.latest ?? '';
	const lb = b?.latest ?? '';
	return la === lb ? 0 : la < lb ? -1 : 1;
}

/** The day of a timestamp (UTC) as dates read elsewhere: "2 December 2026", "2 декабря 2026 г.". */
export function dayText(iso: string, locale: Locale = getLocale()): string {
	return formatDate({ text: iso.slice(0, 10), precision: 'day' }, locale);
}
