import { m } from '$lib/paraglide/messages';
import type { FieldChange } from '$lib/domain/pending-changes';
import { DEFAULT_CONTENT_LANG, type ContentLang } from '$lib/domain/translations';
import {
	allFields,
	type FieldSpec,
	type FormSection,
	type FormValue,
	type FormValues
} from '$lib/workspace/form';

/*
 * Differences between two versions of a record, field by field in the form's own words, for
 * the history page and the conflict page.
 */

export type { FieldChange };

/** How a value reads in a comparison. */
export function showValue(value: FormValue | undefined): string {
	if (value === undefined) return '';
	if (typeof value === 'boolean') return value ? m.ws_yes() : m.ws_no();
	if (Array.isArray(value)) return value.map((p) => p.label || p.id).join('; ');
	return value;
}

function sameValue(a: FormValue | undefined, b: FormValue | undefined): boolean {
	if (Array.isArray(a) || Array.isArray(b)) {
		const ids = (v: FormValue | undefined) =>
			Array.isArray(v)
				? v
						.map((p) => p.id)
						.sort()
						.join('|')
				: '';
		return ids(a) === ids(b);
	}
	return (a ?? '') === (b ?? '') || showValue(a) === showValue(b);
}

/** A chosen option reads as the form shows it ("Imprisonment", "Kazakhstan"), not its stored value. */
function showFieldValue(field: FieldSpec, value: FormValue | undefined): string {
	if (field.kind === 'select' && typeof value === 'string') {
		return field.options.find((o) => o.value === value)?.label ?? value;
	}
	return showValue(value);
}

/**
 * The form fields (date notes included) whose values differ. Record text is marked with its
 * language: the declared original language of a field (`langs`, by field name), else English.
 */
export function diffValues(
	sections: readonly FormSection[],
	before: FormValues,
	after: FormValues,
	langs: Partial<Record<string, ContentLang>> = {}
): FieldChange[] {
	const changes: FieldChange[] = [];
	for (const field of allFields(sections)) {
		const names = field.kind === 'date' ? [field.name, `${field.name}_note`] : [field.name];
		for (const name of names) {
			if (sameValue(before[name], after[name])) continue;
			const choice = name === field.name && (field.kind === 'select' || field.kind === 'checkbox');
			changes.push({
				field: name,
				label: name === field.name ? field.label : m.ws_hist_field_note({ field: field.label }),
				before: name === field.name ? showFieldValue(field, before[name]) : showValue(before[name]),
				after: name === field.name ? showFieldValue(field, after[name]) : showValue(after[name]),
				...(choice ? {} : { lang: langs[name] ?? DEFAULT_CONTENT_LANG })
			});
		}
	}
	return changes;
}
