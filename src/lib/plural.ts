/*
 * Counted nouns through the language's own plural rules (Intl.PluralRules), not `n === 1`:
 * English has two forms, but the rule belongs to the language, and Russian and Kazakh pages
 * will need theirs. Numbers are grouped the same way ("10,000").
 */

const english = new Intl.PluralRules('en');

export interface NounForms {
	one: string;
	other: string;
}

/** The noun's form for `n`: "case" for 1, "cases" otherwise. */
export function nounFor(n: number, forms: NounForms): string {
	return english.select(n) === 'one' ? forms.one : forms.other;
}

/** "1 case", "10,000 cases". */
export function counted(n: number, forms: NounForms): string {
	return `${n.toLocaleString('en')} ${nounFor(n, forms)}`;
}
