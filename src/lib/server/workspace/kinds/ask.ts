import { formatDate } from '$lib/dates';
import { ASK_STATUS_LABELS } from '$lib/labels';
import type { Ask, AskStatus } from '$lib/server/db/schema';
import {
	createAsk,
	deleteAsk,
	findAsks,
	getAsk,
	restoreAsk,
	setAskStatus,
	updateAsk,
	type AskInput,
	type AskRecord
} from '$lib/server/repositories/asks';
import {
	dateOf,
	countryField,
	countryFilter,
	themeFilter,
	dateFilters,
	dateValues,
	internalNotesField,
	optionsOf,
	picks,
	listRow,
	choiceFilter
} from './shared';
import { defineKind } from './types';

export const askKind = defineKind<AskRecord, AskInput, Ask>({
	slug: 'asks',
	type: 'ask',
	label: 'ask',
	plural: 'Asks',
	sections: ({ countries }) => [
		{
			title: 'The recommendation',
			fields: [
				{ name: 'title', label: 'Title', kind: 'text', required: true },
				countryField(countries),
				{
					name: 'recommendation',
					label: 'Recommendation',
					kind: 'textarea',
					required: true,
					hint: "In the authors' words, as far as possible."
				},
				{
					name: 'addressed_to',
					label: 'Addressed to',
					kind: 'text',
					hint: 'For example "EU leaders".'
				},
				{
					name: 'made_where',
					label: 'Made where',
					kind: 'text',
					hint: 'A joint letter, a report, a hearing.'
				},
				{ name: 'made', label: 'Made on', kind: 'date', hint: 'A year is enough (2021).' }
			]
		},
		{
			title: 'Tracking',
			fields: [
				{
					name: 'ask_status',
					label: 'Status',
					kind: 'select',
					options: optionsOf(ASK_STATUS_LABELS),
					required: true,
					hint: 'Whether it was raised or acted on; separate from publishing.'
				},
				{ name: 'theme_ids', label: 'Themes', kind: 'lookup', lookup: 'theme', multiple: true },
				internalNotesField
			]
		}
	],
	toValues: (a) => ({
		title: a.title,
		country_id: a.country_id,
		recommendation: a.recommendation,
		addressed_to: a.addressed_to,
		made_where: a.made_where,
		...dateValues(a, 'made'),
		ask_status: a.ask_status,
		theme_ids: picks(a.theme_ids),
		internal_notes: a.internal_notes
	}),
	toInput: (form) => ({
		title: form.text('title'),
		country_id: form.text('country_id'),
		recommendation: form.text('recommendation'),
		addressed_to: form.text('addressed_to'),
		made_where: form.text('made_where'),
		made: form.date('made').date,
		ask_status: form.choice<AskStatus>('ask_status'),
		theme_ids: form.ids('theme_ids'),
		internal_notes: form.text('internal_notes')
	}),
	title: (a) => a.title,
	get: getAsk,
	findMany: findAsks,
	create: createAsk,
	update: updateAsk,
	remove: deleteAsk,
	restore: restoreAsk,
	setStatus: setAskStatus,
	filters: ({ countries, themes }) => [
		countryFilter(countries),
		themeFilter(themes),
		choiceFilter('type', 'Tracking', ASK_STATUS_LABELS),
		...dateFilters
	],
	columns: ['Made', 'Addressed to', 'Tracking'],
	searchType: 'ask',
	row: (a) =>
		listRow(a, a.title, [
			formatDate(dateOf(a, 'made')),
			a.addressed_to,
			ASK_STATUS_LABELS[a.ask_status]
		]),
	needsSource: true
});
