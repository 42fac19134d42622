import { m } from '$lib/paraglide/messages';
import type { FieldSpec, Lookup, Option } from '$lib/workspace/form';

/* Form fields several record types' forms share. */

/** A vocabulary's values (the keys of its English labels) as options in the interface language. */
export function optionsOf<V extends string>(
	labels: Record<V, string>,
	label: (value: V) => string
): Option[] {
	return (Object.keys(labels) as V[]).map((value) => ({ value, label: label(value) }));
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

/** A one-line text field, optional unless `required`. */
export const textField = (
	name: string,
	label: string,
	hint?: string,
	{ required = false } = {}
): FieldSpec => ({
	name,
	label,
	kind: 'text',
	...(required ? { required } : {}),
	...(hint ? { hint } : {})
});

/** A date as far as it is known (a year is enough); `ongoing` offers "still going" for an end. */
export const dateField = (
	name: string,
	label: string,
	hint: string,
	{ required = false, ongoing = false } = {}
): FieldSpec => ({
	name,
	label,
	kind: 'date',
	...(required ? { required } : {}),
	...(ongoing ? { ongoing } : {}),
	hint
});
