import { formatDate } from '$lib/dates';
import { LAW_STATUS_LABELS } from '$lib/labels';
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
	picks,
	listRow,
	choiceFilter
} from './shared';
import { defineKind } from './types';

export const lawKind = defineKind<LawRecord, LawInput, Law>({
	slug: 'laws',
	type: 'law',
	label: 'law',
	plural: 'Laws',
	sections: ({ countries }) => [
		{
			title: 'The provision',
			fields: [
				{
					name: 'title',
					label: 'Title',
					kind: 'text',
					required: true,
					hint: 'For example: Article 405 of the Criminal Code ("extremism").'
				},
				{ name: 'reference', label: 'Reference', kind: 'text' },
				countryField(countries),
				{
					name: 'law_status',
					label: 'Status',
					kind: 'select',
					options: optionsOf(LAW_STATUS_LABELS),
					required: true
				},
				{
					name: 'dated',
					label: 'Dated',
					kind: 'date',
					hint: 'When it was adopted, drafted or last amended, as precise as the source.'
				},
				markdownField('description', 'Description')
			]
		},
		{
			title: 'Tags',
			fields: [
				{ name: 'theme_ids', label: 'Themes', kind: 'lookup', lookup: 'theme', multiple: true },
				internalNotesField
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
		choiceFilter('type', 'Status', LAW_STATUS_LABELS),
		...dateFilters
	],
	columns: ['Status', 'Dated'],
	searchType: 'law',
	row: (l) =>
		listRow(l, l.title, [LAW_STATUS_LABELS[l.law_status], formatDate(dateOf(l, 'dated'))]),
	needsSource: true
});
