import { recordText } from '$lib/workspace/list-cell';
import { m } from '$lib/paraglide/messages';
import type { Country } from '$lib/server/db/schema';
import { countryStore, listCountries, type CountryInput } from '$lib/server/repositories/countries';
import type { FieldErrors } from '$lib/workspace/form';
import { internalNotesField, markdownField, textField } from './form-fields';
import { listOptions, listRow } from './list-rows';
import { defineKind, type ListRow } from './types';

/*
 * ISO 3166-1 leaves AA, QM-QZ, XA-XZ and ZZ to users. A fictional test country takes one of
 * those, so it can never be mistaken for a real one; a real country needs an assigned code,
 * which the runtime's region names (CLDR) know. Kosovo's XK is user-assigned but used by the
 * EU and most institutions, so it counts as real.
 */
const USER_ASSIGNED = /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/;
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN']);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

export function countryCodeProblem(code: string, fictional: boolean): string | null {
	const c = code.trim().toUpperCase();
	if (!/^[A-Z]{2}$/.test(c)) return m.ws_country_code_letters();
	if (fictional) {
		return USER_ASSIGNED.test(c) && c !== 'XK' ? null : m.ws_country_code_fictional({ code: c });
	}
	if (c === 'XK') return null;
	if (USER_ASSIGNED.test(c) || NOT_COUNTRIES.has(c) || regionNames.of(c) === c) {
		return m.ws_country_code_unknown({ code: c });
	}
	return null;
}

function row(c: Country): ListRow {
	return listRow(c, c.name, [
		c.code,
		recordText(c.region),
		c.is_fictional === 1 ? m.ws_f_fictional() : ''
	]);
}

export const countryKind = defineKind<Country, CountryInput, Country>({
	slug: 'countries',
	type: 'country',
	sections: () => [
		{
			title: m.ws_s_country(),
			fields: [
				textField('name', m.ws_f_name(), undefined, { required: true }),
				textField('code', m.ws_f_code(), m.ws_h_code(), { required: true }),
				{
					name: 'is_fictional',
					label: m.ws_f_fictional(),
					kind: 'checkbox',
					hint: m.ws_h_fictional()
				},
				textField('region', m.ws_f_region(), m.ws_h_region()),
				markdownField('summary', m.ws_f_summary()),
				internalNotesField()
			]
		}
	],
	toValues: (c) => ({
		name: c.name,
		code: c.code,
		is_fictional: c.is_fictional === 1,
		region: c.region,
		summary: c.summary,
		internal_notes: c.internal_notes
	}),
	toInput: (form) => ({
		name: form.text('name'),
		code: form.text('code'),
		is_fictional: form.flag('is_fictional'),
		region: form.text('region'),
		summary: form.text('summary'),
		internal_notes: form.text('internal_notes')
	}),
	validate: (form): FieldErrors => {
		const problem = countryCodeProblem(form.text('code'), form.flag('is_fictional'));
		return problem ? { code: problem } : {};
	},
	title: (c) => c.name,
	...countryStore,
	filters: () => [],
	get columns() {
		return [m.ws_f_code(), m.ws_f_region(), m.ws_col_fictional()];
	},
	// Countries are few and not in the full-text search: the box matches their names.
	list: async (db, query, limit, offset) =>
		(await listCountries(db, listOptions(query, limit, offset))).map(row),
	row,
	// The summary is the country's introduction; its claims live in cited records.
	needsSource: false
});
