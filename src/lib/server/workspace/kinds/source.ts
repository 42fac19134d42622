import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/dates';
import { RELIABILITY_LABELS, SOURCE_KIND_LABELS } from '$lib/labels';
import { reliabilityLabel, sourceKindLabel } from '$lib/localized-labels';
import type { Reliability, Source, SourceKind } from '$lib/server/db/schema';
import { sourceStore, type SourceInput } from '$lib/server/repositories/sources';
import {
	dateField,
	internalNotesField,
	markdownField,
	titleField,
	vocabularyField
} from './form-fields';
import { dateOf, dateValues } from './form-values';
import { dateFilters, vocabularyFilter } from './list-filters';
import { listRow } from './list-rows';
import { defineKind } from './types';

export const sourceKind = defineKind<Source, SourceInput, Source>({
	slug: 'sources',
	type: 'source',
	sections: () => [
		{
			title: m.ws_s_source(),
			fields: [
				titleField(),
				vocabularyField('kind', m.ws_f_kind(), SOURCE_KIND_LABELS, sourceKindLabel),
				{ name: 'authors', label: m.ws_f_authors(), kind: 'text' },
				{ name: 'publisher', label: m.ws_f_publisher(), kind: 'text' },
				dateField('published', m.ws_f_published(), m.ws_h_source_published()),
				markdownField('description', m.ws_f_description())
			]
		},
		{
			title: m.ws_s_where_to_read(),
			fields: [
				{
					name: 'url',
					label: m.ws_f_url(),
					kind: 'url',
					hint: m.ws_h_url()
				},
				{
					name: 'archive_url',
					label: m.ws_f_archive_url(),
					kind: 'url',
					hint: m.ws_h_archive_url()
				},
				{
					name: 'captured_on',
					label: m.ws_f_accessed(),
					kind: 'day',
					hint: m.ws_h_day()
				}
			]
		},
		{
			title: m.ws_s_assessment(),
			fields: [
				vocabularyField('reliability', m.ws_f_reliability(), RELIABILITY_LABELS, reliabilityLabel),
				internalNotesField()
			]
		}
	],
	toValues: (s) => ({
		title: s.title,
		kind: s.kind,
		authors: s.authors,
		publisher: s.publisher,
		...dateValues(s, 'published'),
		description: s.description,
		url: s.url ?? '',
		archive_url: s.archive_url ?? '',
		captured_on: s.captured_on ?? '',
		reliability: s.reliability,
		internal_notes: s.internal_notes
	}),
	toInput: (form) => ({
		title: form.text('title'),
		kind: form.choice<SourceKind>('kind'),
		authors: form.text('authors'),
		publisher: form.text('publisher'),
		published_date: form.date('published').date,
		description: form.text('description'),
		url: form.optional('url'),
		archive_url: form.optional('archive_url'),
		captured_on: form.optional('captured_on'),
		reliability: form.choice<Reliability>('reliability'),
		internal_notes: form.text('internal_notes')
	}),
	title: (s) => s.title,
	...sourceStore,
	filters: () => [
		vocabularyFilter('type', m.ws_f_kind(), SOURCE_KIND_LABELS, sourceKindLabel),
		...dateFilters()
	],
	get columns() {
		return [m.ws_f_kind(), m.ws_f_published(), m.ws_f_reliability()];
	},
	searchType: 'source',
	row: (s) =>
		listRow(s, s.title, [
			sourceKindLabel(s.kind),
			formatDate(dateOf(s, 'published')),
			reliabilityLabel(s.reliability)
		]),
	// A source is what other records cite; it does not cite itself.
	needsSource: false
});
