import { m } from '$lib/paraglide/messages';
import { countryName } from '$lib/server/country-names';
import { listCountries } from '$lib/server/repositories/countries';
import { listThemes } from '$lib/server/repositories/themes';
import type { Executor } from '$lib/server/repositories/records';
import type { FormSection, FormValues, Lookup, Picked } from '$lib/workspace/form';
import { allFields } from '$lib/workspace/form';
import type { FormContext } from './kinds/types';
import { lookupLabels } from './lookup';

/* Data every workspace form needs, and the names of the records a form has picked. */

export async function formContext(db: Executor): Promise<FormContext> {
	const countries = await listCountries(db);
	const themes = await listThemes(db);
	return {
		themes: themes.map((t) => ({ value: t.id, label: t.name, record: true })),
		// Real countries by their ISO names in the interface language; a fictional one as written.
		countries: countries.map((c) =>
			c.is_fictional
				? { value: c.id, label: m.ws_country_fictional_option({ name: c.name }), record: true }
				: { value: c.id, label: countryName(c) }
		)
	};
}

/** Fills in the names of picked records, which form values carry as ids. */
export async function withLabels(
	db: Executor,
	sections: readonly FormSection[],
	values: FormValues
): Promise<FormValues> {
	const out: FormValues = { ...values };
	for (const field of allFields(sections)) {
		if (field.kind !== 'lookup') continue;
		const picked = values[field.name];
		if (!Array.isArray(picked) || picked.length === 0) continue;
		const labels = await lookupLabels(
			db,
			field.lookup as Lookup,
			picked.map((p) => p.id)
		);
		out[field.name] = picked.map(
			(p): Picked => ({ id: p.id, label: labels.get(p.id) ?? p.label ?? p.id })
		);
	}
	return out;
}
