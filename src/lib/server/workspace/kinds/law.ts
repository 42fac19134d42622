import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/dates';
import { LAW_STATUS_LABELS } from '$lib/labels';
import { lawStatusLabel } from '$lib/localized-labels';
import type { Law, LawStatus } from '$lib/server/db/schema';
import { lawStore, type LawInput, type LawRecord } from '$lib/server/repositories/laws';
import {
	countryField,
	dateField,
	internalNotesField,
	markdownField,
	themesField,
	titleField,
	vocabularyField
} from './form-fields';
import { dateOf, dateValues, picks } from './form-values';
import { themedRecordFilters, vocabularyFilter } from './list-filters';
import { listRow } from './list-rows';
import { defineKind } from './types';

export const lawKind = defineKind<LawRecord, LawInput, Law>({
	slug: 'laws',
	type: 'law',
	sections: ({ countries }) => [
		{
			title: m.ws_s_provision(),
			fields: [
				titleField(m.ws_h_law_title()),
				{ name: 'reference', label: m.ws_f_reference(), kind: 'text' },
				countryField(countries),
				vocabularyField('law_status', m.ws_f_status(), LAW_STATUS_LABELS, lawStatusLabel),
				dateField('dated', m.ws_f_dated(), m.ws_h_law_dated()),
				markdownField('description', m.ws_f_description())
			]
		},
		{
			title: m.ws_s_tags(),
			fields: [themesField(), internalNotesField()]
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
	...lawStore,
	filters: (ctx) =>
		themedRecordFilters(
			ctx,
			vocabularyFilter('type', m.ws_f_status(), LAW_STATUS_LABELS, lawStatusLabel)
		),
	get columns() {
		return [m.ws_f_status(), m.ws_f_dated()];
	},
	searchType: 'law',
	row: (l) => listRow(l, l.title, [lawStatusLabel(l.law_status), formatDate(dateOf(l, 'dated'))]),
	needsSource: true
});
