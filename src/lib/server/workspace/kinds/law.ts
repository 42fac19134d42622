import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/dates';
import { LAW_STATUS_LABELS } from '$lib/labels';
import { lawStatusLabel } from '$lib/localized-labels';
import type { Law, LawStatus } from '$lib/server/db/schema';
import {
	createLaw,
	deleteLaw,
	findLaws,
	getLaw,
	restoreLaw,
	setLawStatus,
	updateLaw,
	type LawInput,
	type LawRecord
} from '$lib/server/repositories/laws';
import {
	dateOf,
	countryField,
	countryFilter,
	themeFilter,
	dateFilters,
	dateValues,
	internalNotesField,
	markdownField,
	optionsOf,
	picks
} from './shared';
import { kindName, kindsName } from '$lib/workspace/kind-names';
import { defineKind } from './types';

export const lawKind = defineKind<LawRecord, LawInput, Law>({
	slug: 'laws',
	type: 'law',
	get label() {
		return kindName('laws');
	},
	get plural() {
		return kindsName('laws');
	},
	sections: ({ countries }) => [
		{
			title: m.ws_s_provision(),
			fields: [
				{
					name: 'title',
					label: m.ws_f_title(),
					kind: 'text',
					required: true,
					hint: m.ws_h_law_title()
				},
				{ name: 'reference', label: m.ws_f_reference(), kind: 'text' },
				countryField(countries),
				{
					name: 'law_status',
					label: m.ws_f_status(),
					kind: 'select',
					options: optionsOf(LAW_STATUS_LABELS, lawStatusLabel),
					required: true
				},
				{
					name: 'dated',
					label: m.ws_f_dated(),
					kind: 'date',
					hint: m.ws_h_law_dated()
				},
				markdownField('description', m.ws_f_description())
			]
		},
		{
			title: m.ws_s_tags(),
			fields: [
				{
					name: 'theme_ids',
					label: m.ws_f_themes(),
					kind: 'lookup',
					lookup: 'theme',
					multiple: true
				},
				internalNotesField()
			]
		}
	],
	toValues: (l) => ({
		title: l.title,
		reference: l.reference,
		country_id: l.country_id,
		law_status: l.law_status,
		...dateValues(l, 'dated'),
		description: l.description,
		theme_ids: picks(l.theme_ids),
		internal_notes: l.internal_notes
	}),
	toInput: (form) => ({
		title: form.text('title'),
		reference: form.text('reference'),
		country_id: form.text('country_id'),
		law_status: form.choice<LawStatus>('law_status'),
		dated: form.date('dated').date,
		description: form.text('description'),
		theme_ids: form.ids('theme_ids'),
		internal_notes: form.text('internal_notes')
	}),
	title: (l) => l.title,
	get: getLaw,
	findMany: findLaws,
	create: createLaw,
	update: updateLaw,
	remove: deleteLaw,
	restore: restoreLaw,
	setStatus: setLawStatus,
	filters: ({ countries, themes }) => [
		countryFilter(countries),
		themeFilter(themes),
		{
			name: 'type',
			label: m.ws_f_status(),
			kind: 'select',
			options: optionsOf(LAW_STATUS_LABELS, lawStatusLabel)
		},
		...dateFilters()
	],
	get columns() {
		return [m.ws_f_status(), m.ws_f_dated()];
	},
	searchType: 'law',
	row: (l) => ({
		id: l.id,
		title: l.title,
		status: l.status,
		updated_at: l.updated_at,
		cells: [lawStatusLabel(l.law_status), formatDate(dateOf(l, 'dated'))]
	}),
	needsSource: true
});
