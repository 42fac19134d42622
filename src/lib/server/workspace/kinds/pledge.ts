import { formatDate } from '$lib/dates';
import { RATING_LABELS } from '$lib/labels';
import {
	createPledge,
	deletePledge,
	findRatedPledges,
	getPledge,
	restorePledge,
	setPledgeStatus,
	updatePledge,
	type PledgeInput,
	type PledgeListItem,
	type PledgeRecord
} from '$lib/server/repositories/pledges';
import {
	dateOf,
	countryField,
	countryFilter,
	themeFilter,
	dateFilters,
	dateValues,
	internalNotesField,
	picks,
	listRow,
	choiceFilter
} from './shared';
import { defineKind } from './types';

export const pledgeKind = defineKind<PledgeRecord, PledgeInput, PledgeListItem>({
	slug: 'pledges',
	type: 'pledge',
	label: 'pledge',
	plural: 'Pledges',
	sections: ({ countries }) => [
		{
			title: 'What was promised',
			fields: [
				{ name: 'title', label: 'Title', kind: 'text', required: true },
				countryField(countries),
				{
					name: 'promise',
					label: 'The promise',
					kind: 'textarea',
					hint: "In the source's words, as far as possible."
				},
				{
					name: 'made_by_actor_id',
					label: 'Made by',
					kind: 'lookup',
					lookup: 'actor',
					multiple: false,
					create: true
				},
				{ name: 'occasion', label: 'Occasion', kind: 'text', hint: 'Where it was said.' },
				{
					name: 'engagement_id',
					label: 'Made at EU engagement',
					kind: 'lookup',
					lookup: 'engagement',
					multiple: false
				},
				{
					name: 'made',
					label: 'Made on',
					kind: 'date',
					required: true,
					hint: 'A year is enough (2021). Not dated by the source: "by" its date, e.g. by 2021-11.'
				},
				{
					name: 'deadline',
					label: 'Deadline',
					kind: 'day',
					hint: 'Optional, YYYY-MM-DD. A passed deadline without "Kept" is flagged.'
				},
				{
					name: 'description',
					label: 'Description',
					kind: 'textarea',
					markdown: true,
					hint: 'Markdown: *emphasis*, lists, links.'
				}
			]
		},
		{
			title: 'Links and tags',
			fields: [
				{
					name: 'law_ids',
					label: 'Laws it promises to change',
					kind: 'lookup',
					lookup: 'law',
					multiple: true
				},
				{ name: 'theme_ids', label: 'Themes', kind: 'lookup', lookup: 'theme', multiple: true },
				internalNotesField
			]
		}
	],
	toValues: (p) => ({
		title: p.title,
		country_id: p.country_id,
		promise: p.promise,
		made_by_actor_id: picks([p.made_by_actor_id]),
		occasion: p.occasion,
		engagement_id: picks([p.engagement_id]),
		...dateValues(p, 'made'),
		deadline: p.deadline ?? '',
		description: p.description,
		law_ids: picks(p.law_ids),
		theme_ids: picks(p.theme_ids),
		internal_notes: p.internal_notes
	}),
	toInput: (form) => ({
		title: form.text('title'),
		country_id: form.text('country_id'),
		promise: form.text('promise'),
		made_by_actor_id: form.id('made_by_actor_id'),
		occasion: form.text('occasion'),
		engagement_id: form.id('engagement_id'),
		// The form requires it; the repository says so too if it is ever missing.
		made: form.date('made').date as NonNullable<PledgeInput['made']>,
		deadline: form.optional('deadline'),
		description: form.text('description'),
		law_ids: form.ids('law_ids'),
		theme_ids: form.ids('theme_ids'),
		internal_notes: form.text('internal_notes')
	}),
	title: (p) => p.title,
	get: getPledge,
	findMany: findRatedPledges,
	create: createPledge,
	update: updatePledge,
	remove: deletePledge,
	restore: restorePledge,
	setStatus: setPledgeStatus,
	filters: ({ countries, themes }) => [
		countryFilter(countries),
		themeFilter(themes),
		choiceFilter('rating', 'Rating', RATING_LABELS),
		...dateFilters
	],
	columns: ['Made', 'Rating', 'Deadline'],
	searchType: 'pledge',
	row: (p) =>
		listRow(p, p.title, [
			formatDate(dateOf(p, 'made')),
			RATING_LABELS[p.current_rating],
			p.deadline ?? ''
		]),
	needsSource: true,
	duplicates: { datePrefix: 'made' }
});
