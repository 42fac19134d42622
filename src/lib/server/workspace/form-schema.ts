import { m } from '$lib/paraglide/messages';
import { z } from 'zod';
import type { PreciseDate } from '$lib/dates';
import { readDateInput } from '$lib/workspace/date-reading';
import { inSentence } from '$lib/workspace/in-sentence';
import type { FieldErrors, FieldSpec, FormValues, Picked } from '$lib/workspace/form';

/*
 * One parser for every workspace form: the form's field list says what each input is, and
 * a zod schema built from it checks the submission. Errors come back as one plain sentence
 * per field, and what was typed comes back as form values so nothing is lost.
 */

/** A lookup field's submission: picked ids, and names typed without JavaScript. */
export interface RawLookup {
	ids: string[];
	typed: string;
}

export type RawForm = Record<string, string | boolean | RawLookup>;

/** Reads the fields' inputs out of the submitted form. */
export function readForm(form: FormData, fields: readonly FieldSpec[]): RawForm {
	const raw: RawForm = {};
	const text = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	for (const field of fields) {
		switch (field.kind) {
			case 'checkbox':
				raw[field.name] = form.has(field.name);
				break;
			case 'lookup':
				raw[field.name] = {
					ids: form
						.getAll(field.name)
						.filter((v): v is string => typeof v === 'string' && v !== ''),
					typed: text(`${field.name}__add`)
				};
				break;
			case 'date':
				raw[field.name] = text(field.name);
				raw[`${field.name}_note`] = text(`${field.name}_note`);
				break;
			default:
				raw[field.name] = text(field.name);
		}
	}
	return raw;
}

/** A date field as parsed: the date, or none, and whether "ongoing" was written. */
export interface ParsedDate {
	date: PreciseDate | null;
	ongoing: boolean;
}

const required = (label: string) => m.ws_v_required({ label });

function fieldSchema(field: FieldSpec, raw: RawForm): z.ZodType {
	const { label } = field;
	switch (field.kind) {
		case 'text':
		case 'textarea':
			return field.required
				? z
						.string()
						.trim()
						.min(1, { error: required(label) })
				: z.string().trim();
		case 'lines':
			return z.string().transform((s) =>
				s
					.split(/\r?\n/)
					.map((line) => line.trim())
					.filter((line) => line !== '')
			);
		case 'url':
			return z
				.string()
				.trim()
				.refine((s) => s === '' || /^https?:\/\/\S+\.\S+/.test(s), {
					error: m.ws_v_url({ label })
				})
				.refine((s) => !field.required || s !== '', { error: required(label) });
		case 'day':
			return z
				.string()
				.trim()
				.refine((s) => s === '' || isDay(s), {
					error: m.ws_v_day({ label })
				})
				.refine((s) => !field.required || s !== '', { error: required(label) });
		case 'select': {
			const values = field.options.map((o) => o.value);
			return z.string().refine((s) => (s === '' ? !field.required : values.includes(s)), {
				error: field.required
					? m.ws_v_choose_required({ label: inSentence(label) })
					: m.ws_v_choose({ label })
			});
		}
		case 'checkbox':
			return z.boolean();
		case 'date': {
			const note = String(raw[`${field.name}_note`] ?? '').trim();
			return z.string().transform((text, ctx): ParsedDate => {
				const reading = readDateInput(text, field.ongoing === true, note);
				if (reading.kind === 'error') {
					ctx.addIssue({ code: 'custom', message: reading.message });
					return z.NEVER;
				}
				if (reading.kind === 'empty' && field.required) {
					ctx.addIssue({
						code: 'custom',
						message: m.ws_v_date_required({ label, help: m.ws_date_help() })
					});
					return z.NEVER;
				}
				return {
					date: reading.kind === 'date' ? reading.date : null,
					ongoing: reading.kind === 'ongoing'
				};
			});
		}
		case 'lookup':
			return z
				.object({ ids: z.array(z.string()), typed: z.string() })
				.refine((v) => !field.required || v.ids.length > 0 || v.typed.trim() !== '', {
					error: m.ws_v_pick_one_or_more({ label: inSentence(label) })
				})
				.refine((v) => field.multiple || v.ids.length <= 1, {
					error: m.ws_v_pick_only_one({ label: inSentence(label) })
				});
	}
}

function isDay(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The parsed values of a form, read by name and type in each record type's input mapping. */
export class ParsedForm {
	constructor(readonly data: Record<string, unknown>) {}

	text(name: string): string {
		const v = this.data[name];
		return typeof v === 'string' ? v : '';
	}
	/** Text, or null when left empty. */
	optional(name: string): string | null {
		return this.text(name) === '' ? null : this.text(name);
	}
	flag(name: string): boolean {
		return this.data[name] === true;
	}
	lines(name: string): string[] {
		const v = this.data[name];
		return Array.isArray(v) ? (v as string[]) : [];
	}
	date(name: string): ParsedDate {
		return (this.data[name] as ParsedDate | undefined) ?? { date: null, ongoing: false };
	}
	ids(name: string): string[] {
		return (this.data[name] as RawLookup | undefined)?.ids ?? [];
	}
	id(name: string): string | null {
		return this.ids(name)[0] ?? null;
	}
	/** The enum value chosen in a select, typed as the caller's union. */
	choice<T extends string>(name: string): T {
		return this.text(name) as T;
	}
}

export type ParseResult = { ok: true; form: ParsedForm } | { ok: false; errors: FieldErrors };

export function parseForm(raw: RawForm, fields: readonly FieldSpec[]): ParseResult {
	const shape: Record<string, z.ZodType> = {};
	for (const field of fields) shape[field.name] = fieldSchema(field, raw);
	const result = z.object(shape).safeParse(raw);
	if (result.success) return { ok: true, form: new ParsedForm(result.data) };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const key = String(issue.path[0] ?? '_form');
		errors[key] ??= issue.message;
	}
	return { ok: false, errors };
}

/**
 * The submission as form values, to fill the form in again: lookups keep their picked ids
 * (their names are filled in by withLabels) and what was typed in their "add" box.
 */
export function echoValues(raw: RawForm): FormValues {
	const values: FormValues = {};
	for (const [name, value] of Object.entries(raw)) {
		if (typeof value === 'object') {
			values[name] = value.ids.map((id): Picked => ({ id, label: '' }));
			if (value.typed) values[`${name}__add`] = value.typed;
		} else {
			values[name] = value;
		}
	}
	return values;
}
