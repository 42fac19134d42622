import { formatDate } from '$lib/dates';
import { RELIABILITY_LABELS, SOURCE_KIND_LABELS } from '$lib/labels';
import type { Reliability, Source, SourceKind } from '$lib/server/db/schema';
import {
	createSource,
	deleteSource,
	findSources,
	getSource,
	restoreSource,
	setSourceStatus,
	updateSource,
	type SourceInput
} from '$lib/server/repositories/sources';
import {
	dateOf,
	dateFilters,
	dateValues,
	internalNotesField,
	markdownField,
	optionsOf,
	listRow,
	choiceFilter
} from './shared';
import { defineKind } from './types';

export const sourceKind = defineKind<Source, SourceInput, Source>({
	slug: 'sources',
	type: 'source',
	label: 'source',
	plural: 'Sources',
	sections: () => [
		{
			title: 'The source',
			fields: [
				{ name: 'title', label: 'Title', kind: 'text', required: true },
				{
					name: 'kind',
					label: 'Kind',
					kind: 'select',
					options: optionsOf(SOURCE_KIND_LABELS),
					required: true
				},
				{ name: 'authors', label: 'Authors', kind: 'text' },
				{ name: 'publisher', label: 'Publisher', kind: 'text' },
				{
					name: 'published',
					label: 'Published',
					kind: 'date',
					hint: 'As precise as the source says: 2021, 2021-11 or 2021-11-23.'
				},
				markdownField('description', 'Description')
			]
		},
		{
			title: 'Where to read it',
			fields: [
				{
					name: 'url',
					label: 'Web address',
					kind: 'url',
					hint: 'Optional: court documents and interviews often have none.'
				},
				{
					name: 'archive_url',
					label: 'Archived copy',
					kind: 'url',
					hint: 'A copy that will not change or vanish, e.g. on web.archive.org.'
				},
				{
					name: 'captured_on',
					label: 'Read or archived on',
					kind: 'day',
					hint: 'YYYY-MM-DD.'
				}
			]
		},
		{
			title: 'Assessment',
			fields: [
				{
					name: 'reliability',
					label: 'Reliability',
					kind: 'select',
					options: optionsOf(RELIABILITY_LABELS),
					required: true
				},
				internalNotesField
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
	get: getSource,
	findMany: findSources,
	create: createSource,
	update: updateSource,
	remove: deleteSource,
	restore: restoreSource,
	setStatus: setSourceStatus,
	filters: () => [choiceFilter('type', 'Kind', SOURCE_KIND_LABELS), ...dateFilters],
	columns: ['Kind', 'Published', 'Reliability'],
	searchType: 'source',
	row: (s) =>
		listRow(s, s.title, [
			SOURCE_KIND_LABELS[s.kind],
			formatDate(dateOf(s, 'published')),
			RELIABILITY_LABELS[s.reliability]
		]),
	// A source is what other records cite; it does not cite itself.
	needsSource: false
});
