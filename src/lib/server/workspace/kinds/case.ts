import { formatPeriod } from '$lib/dates';
import { CASE_TYPE_LABELS, VERIFICATION_LABELS } from '$lib/labels';
import type { Case, CaseType } from '$lib/server/db/schema';
import {
	createCase,
	deleteCase,
	findCases,
	getCase,
	restoreCase,
	setCaseStatus,
	updateCase,
	type CaseInput,
	type CaseRecord
} from '$lib/server/repositories/cases';
import { ONGOING } from '$lib/workspace/date-reading';
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

export const caseKind = defineKind<CaseRecord, CaseInput, Case>({
	slug: 'cases',
	type: 'case',
	label: 'case',
	plural: 'Cases',
	sections: ({ countries }) => [
		{
			title: 'What happened',
			fields: [
				{ name: 'title', label: 'Title', kind: 'text', required: true },
				{
					name: 'case_type',
					label: 'Type',
					kind: 'select',
					options: optionsOf(CASE_TYPE_LABELS),
					required: true
				},
				countryField(countries),
				{ name: 'place', label: 'Place', kind: 'text' },
				{
					name: 'description',
					label: 'Description',
					kind: 'textarea',
					markdown: true,
					hint: 'Markdown: *emphasis*, lists, links.'
				},
				{ name: 'outcome', label: 'Outcome', kind: 'textarea' }
			]
		},
		{
			title: 'When',
			fields: [
				{
					name: 'start',
					label: 'Start',
					kind: 'date',
					hint: 'As precise as the source: 2018, 2021-05 or 2021-11-25. A range: 2021-09..2021-11. Undated: by 2021-11.'
				},
				{
					name: 'end',
					label: 'End',
					kind: 'date',
					ongoing: true,
					hint: 'A date, "ongoing", or empty when not known.'
				}
			]
		},
		{
			title: 'Who and what',
			fields: [
				{
					name: 'affected',
					label: 'Affected actors',
					kind: 'lookup',
					lookup: 'actor',
					multiple: true,
					create: true
				},
				{
					name: 'responsible',
					label: 'Responsible actors',
					kind: 'lookup',
					lookup: 'actor',
					multiple: true,
					create: true
				},
				{ name: 'laws', label: 'Laws applied', kind: 'lookup', lookup: 'law', multiple: true },
				{ name: 'theme_ids', label: 'Themes', kind: 'lookup', lookup: 'theme', multiple: true }
			]
		},
		{
			title: 'Verification',
			fields: [
				{
					name: 'verification',
					label: 'Verification',
					kind: 'select',
					options: optionsOf(VERIFICATION_LABELS),
					required: true
				},
				internalNotesField
			]
		}
	],
	toValues: (c) => {
		const end = dateValues(c, 'end');
		return {
			title: c.title,
			case_type: c.case_type,
			country_id: c.country_id,
			place: c.place,
			description: c.description,
			outcome: c.outcome,
			...dateValues(c, 'start'),
			...end,
			end: c.ongoing === 1 ? ONGOING : (end.end ?? ''),
			affected: picks(c.actors.filter((a) => a.role === 'affected').map((a) => a.actor_id)),
			responsible: picks(c.actors.filter((a) => a.role === 'responsible').map((a) => a.actor_id)),
			laws: picks(c.laws.map((l) => l.law_id)),
			theme_ids: picks(c.theme_ids),
			verification: c.verification,
			internal_notes: c.internal_notes
		};
	},
	toInput: (form, current) => {
		// Notes on an actor's or law's part in the case are kept while it stays linked.
		const actorNote = (actor_id: string, role: string) =>
			current?.actors.find((a) => a.actor_id === actor_id && a.role === role)?.note ?? '';
		const lawNote = (law_id: string) => current?.laws.find((l) => l.law_id === law_id)?.note ?? '';
		const end = form.date('end');
		return {
			title: form.text('title'),
			case_type: form.choice<CaseType>('case_type'),
			country_id: form.text('country_id'),
			place: form.text('place'),
			description: form.text('description'),
			outcome: form.text('outcome'),
			start: form.date('start').date,
			end: end.date,
			ongoing: end.ongoing,
			actors: (['affected', 'responsible'] as const).flatMap((role) =>
				form.ids(role).map((actor_id) => ({ actor_id, role, note: actorNote(actor_id, role) }))
			),
			laws: form.ids('laws').map((law_id) => ({ law_id, note: lawNote(law_id) })),
			theme_ids: form.ids('theme_ids'),
			verification: form.choice('verification'),
			internal_notes: form.text('internal_notes')
		};
	},
	title: (c) => c.title,
	get: getCase,
	findMany: findCases,
	create: createCase,
	update: updateCase,
	remove: deleteCase,
	restore: restoreCase,
	setStatus: setCaseStatus,
	filters: ({ countries, themes }) => [
		countryFilter(countries),
		themeFilter(themes),
		choiceFilter('type', 'Type', CASE_TYPE_LABELS),
		{
			name: 'verification',
			label: 'Verification',
			kind: 'select',
			options: optionsOf(VERIFICATION_LABELS)
		},
		...dateFilters
	],
	columns: ['Type', 'When', 'Verification'],
	searchType: 'case',
	row: (c) =>
		listRow(c, c.title, [
			CASE_TYPE_LABELS[c.case_type],
			formatPeriod(dateOf(c, 'start'), dateOf(c, 'end'), c.ongoing === 1),
			VERIFICATION_LABELS[c.verification]
		]),
	needsSource: true,
	publishProblems: (c) =>
		c.start_text ? [] : ['a start date (a year, a month or a day, or "by" a source\'s date)'],
	duplicates: {
		datePrefix: 'start',
		endPrefix: 'end',
		typeColumn: 'case_type',
		affectedField: 'affected'
	}
});
