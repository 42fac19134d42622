/*
 * The shape of a workspace form, shared by the server (which builds and checks forms) and the
 * browser (which draws them). A form is described once as data, so one component draws every
 * record type's form and one parser reads every submission.
 */

/** Record types a combobox can pick from. */
export const LOOKUPS = [
	'actor',
	'law',
	'theme',
	'source',
	'engagement',
	'case',
	'pledge',
	'ask',
	'country'
] as const;
export type Lookup = (typeof LOOKUPS)[number];

export interface Option {
	value: string;
	label: string;
	/** The label is record text (a theme's name as staff wrote it), not interface. */
	record?: boolean;
}

/** A record picked in a combobox: its id, and the words shown for it. */
export interface Picked {
	id: string;
	label: string;
}

interface Common {
	name: string;
	label: string;
	/** One line under the label saying what to write. */
	hint?: string;
	required?: boolean;
}

export type FieldSpec = Common &
	(
		| { kind: 'text' }
		| { kind: 'url' }
		/** A plain calendar day (YYYY-MM-DD), such as a deadline. */
		| { kind: 'day' }
		/** Several lines; `markdown` says the text is rendered as Markdown. */
		| { kind: 'textarea'; markdown?: boolean }
		/** One value per line (aliases). */
		| { kind: 'lines' }
		| { kind: 'select'; options: Option[] }
		| { kind: 'checkbox' }
		/** A date with precision; `ongoing` lets the field say "ongoing" instead of a date. */
		| { kind: 'date'; ongoing?: boolean }
		/** Records picked by typing a few letters; `create` offers a new actor in place. */
		| { kind: 'lookup'; lookup: Lookup; multiple: boolean; create?: boolean }
	);

export type FieldKind = FieldSpec['kind'];

export interface FormSection {
	title: string;
	fields: FieldSpec[];
}

/** What a form holds: text for most fields, a tick for checkboxes, picked records for lookups. */
export type FormValue = string | boolean | Picked[];
export type FormValues = Record<string, FormValue>;

/** One plain sentence per field that needs fixing; `_form` for the form as a whole. */
export type FieldErrors = Record<string, string>;

export function textValue(values: FormValues, name: string): string {
	const value = values[name];
	return typeof value === 'string' ? value : '';
}

export function pickedValue(values: FormValues, name: string): Picked[] {
	const value = values[name];
	return Array.isArray(value) ? value : [];
}

/** Every field of a form, in order. */
export function allFields(sections: readonly FormSection[]): FieldSpec[] {
	return sections.flatMap((s) => s.fields);
}

/*
 * An actor created in place from a form travels as this token until the form is saved; the
 * server then makes the actor in the same transaction as the record.
 */
export function newActorToken(kind: string, name: string): string {
	return `new:${kind}:${name.trim()}`;
}
