import { recordText } from '$lib/workspace/list-cell';
import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/dates';
import { ASK_STATUS_LABELS } from '$lib/labels';
import { askStatusLabel } from '$lib/localized-labels';
import type { Ask, AskStatus } from '$lib/server/db/schema';
import { askStore, type AskInput, type AskRecord } from '$lib/server/repositories/asks';
import {
	countryField,
	dateField,
	internalNotesField,
	textField,
	themesField,
	titleField,
	vocabularyField
} from './form-fields';
import { dateOf, dateValues, picks } from './form-values';
import { themedRecordFilters, vocabularyFilter } from './list-filters';
import { listRow } from './list-rows';
import { defineKind } from './types';

export const askKind = defineKind<AskRecord, AskInput, Ask>({
	slug: 'asks',
	type: 'ask',
	sections: ({ countries }) => [
		{
			title: m.ws_s_recommendation(),
			fields: [
				titleField(),
				countryField(countries),
				{
					name: 'recommendation',
					label: m.ws_f_recommendation(),
					kind: 'textarea',
					required: true,
					hint: m.ws_h_authors_words()
				},
				textField('addressed_to', m.ws_f_addressed_to(), m.ws_h_addressed_to()),
				textField('made_where', m.ws_f_made_where(), m.ws_h_made_where()),
				dateField('made', m.ws_f_made_on(), m.ws_h_year_enough())
			]
		},
		{
			title: m.ws_s_tracking(),
			fields: [
				vocabularyField(
					'ask_status',
					m.ws_f_status(),
					ASK_STATUS_LABELS,
					askStatusLabel,
					m.ws_h_ask_status()
				),
				themesField(),
				internalNotesField()
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
	...askStore,
	filters: (ctx) =>
		themedRecordFilters(
			ctx,
			vocabularyFilter('type', m.ws_f_tracking(), ASK_STATUS_LABELS, askStatusLabel)
		),
	get columns() {
		return [m.ws_f_made(), m.ws_f_addressed_to(), m.ws_f_tracking()];
	},
	searchType: 'ask',
	row: (a) =>
		listRow(a, a.title, [
			formatDate(dateOf(a, 'made')),
			recordText(a.addressed_to),
			askStatusLabel(a.ask_status)
		]),
	needsSource: true
});
