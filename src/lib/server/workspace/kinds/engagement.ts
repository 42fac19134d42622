import { formatPeriod } from '$lib/dates';
import { ENGAGEMENT_KIND_LABELS, YES_NO_UNKNOWN_LABELS } from '$lib/labels';
import type {
	Engagement,
	EngagementKind,
	EngagementSide,
	YesNoUnknown
} from '$lib/server/db/schema';
import {
	createEngagement,
	deleteEngagement,
	findEngagements,
	getEngagement,
	restoreEngagement,
	setEngagementStatus,
	updateEngagement,
	type EngagementInput,
	type EngagementRecord
} from '$lib/server/repositories/engagements';
import {
	dateOf,
	countryField,
	countryFilter,
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

const SIDE_FIELDS: Record<EngagementSide, string> = {
	eu: 'eu_actor_ids',
	counterpart: 'counterpart_ids'
};

export const engagementKind = defineKind<EngagementRecord, EngagementInput, Engagement>({
	slug: 'engagements',
	type: 'engagement',
	label: 'engagement',
	plural: 'Engagements',
	sections: ({ countries }) => [
		{
			title: 'What the EU did',
			fields: [
				{ name: 'title', label: 'Title', kind: 'text', required: true },
				{
					name: 'kind',
					label: 'Kind',
					kind: 'select',
					options: optionsOf(ENGAGEMENT_KIND_LABELS),
					required: true
				},
				countryField(countries),
				{
					name: 'start',
					label: 'Date',
					kind: 'date',
					required: true,
					hint: 'As precise as the source: 2020-03, or 2021-11-25..2021-11-26 for a two-day visit.'
				},
				{ name: 'end', label: 'Until', kind: 'date', hint: 'Only for something that lasted.' },
				markdownField('description', 'Description')
			]
		},
		{
			title: 'Who took part',
			fields: [
				{
					name: 'eu_actors',
					label: 'EU side, as the source names it',
					kind: 'text',
					hint: 'For example "Commission and Council presidents".'
				},
				{ name: 'counterparts', label: 'Counterparts, as the source names them', kind: 'text' },
				{
					name: SIDE_FIELDS.eu,
					label: 'EU actors',
					kind: 'lookup',
					lookup: 'actor',
					multiple: true,
					create: true
				},
				{
					name: SIDE_FIELDS.counterpart,
					label: 'Counterpart actors',
					kind: 'lookup',
					lookup: 'actor',
					multiple: true,
					create: true
				}
			]
		},
		{
			title: 'Human rights',
			fields: [
				{
					name: 'human_rights_clause',
					label: 'Human-rights clause (agreements)',
					kind: 'select',
					options: optionsOf(YES_NO_UNKNOWN_LABELS),
					required: true
				},
				{
					name: 'human_rights_raised',
					label: 'Human rights raised',
					kind: 'select',
					options: optionsOf(YES_NO_UNKNOWN_LABELS),
					required: true,
					hint: 'As far as the sources say.'
				},
				internalNotesField
			]
		}
	],
	toValues: (e) => ({
		title: e.title,
		kind: e.kind,
		country_id: e.country_id,
		...dateValues(e, 'start'),
		...dateValues(e, 'end'),
		description: e.description,
		eu_actors: e.eu_actors,
		counterparts: e.counterparts,
		[SIDE_FIELDS.eu]: picks(e.actors.filter((a) => a.side === 'eu').map((a) => a.actor_id)),
		[SIDE_FIELDS.counterpart]: picks(
			e.actors.filter((a) => a.side === 'counterpart').map((a) => a.actor_id)
		),
		human_rights_clause: e.human_rights_clause,
		human_rights_raised: e.human_rights_raised,
		internal_notes: e.internal_notes
	}),
	toInput: (form) => ({
		title: form.text('title'),
		kind: form.choice<EngagementKind>('kind'),
		country_id: form.text('country_id'),
		// The form requires it; the repository says so too if it is ever missing.
		start: form.date('start').date as NonNullable<EngagementInput['start']>,
		end: form.date('end').date,
		description: form.text('description'),
		eu_actors: form.text('eu_actors'),
		counterparts: form.text('counterparts'),
		actors: (['eu', 'counterpart'] as const).flatMap((side) =>
			form.ids(SIDE_FIELDS[side]).map((actor_id) => ({ actor_id, side }))
		),
		human_rights_clause: form.choice<YesNoUnknown>('human_rights_clause'),
		human_rights_raised: form.choice<YesNoUnknown>('human_rights_raised'),
		internal_notes: form.text('internal_notes')
	}),
	title: (e) => e.title,
	get: getEngagement,
	findMany: findEngagements,
	create: createEngagement,
	update: updateEngagement,
	remove: deleteEngagement,
	restore: restoreEngagement,
	setStatus: setEngagementStatus,
	filters: ({ countries }) => [
		countryFilter(countries),
		choiceFilter('type', 'Kind', ENGAGEMENT_KIND_LABELS),
		...dateFilters
	],
	columns: ['Kind', 'When', 'Human rights raised'],
	searchType: 'engagement',
	row: (e) =>
		listRow(e, e.title, [
			ENGAGEMENT_KIND_LABELS[e.kind],
			formatPeriod(dateOf(e, 'start'), dateOf(e, 'end'), false),
			YES_NO_UNKNOWN_LABELS[e.human_rights_raised]
		]),
	needsSource: true,
	duplicates: { datePrefix: 'start', endPrefix: 'end', typeColumn: 'kind' }
});
