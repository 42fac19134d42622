import { m } from '$lib/paraglide/messages';
import { formatPeriod } from '$lib/dates';
import { CASE_TYPE_LABELS, VERIFICATION_LABELS } from '$lib/labels';
import { caseTypeLabel, verificationLabel } from '$lib/localized-labels';
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
	picks
} from './shared';
import { kindName, kindsName } from '$lib/workspace/kind-names';
import { defineKind } from './types';

export const caseKind = defineKind<CaseRecord, CaseInput, Case>({
	slug: 'cases',
	type: 'case',
	get label() {
		return kindName('cases');
	},
	get plural() {
		return kindsName('cases');
	},
	sections: ({ countries }) => [
		{
			title: m.ws_s_what_happened(),
			fields: [
				{ name: 'title', label: m.ws_f_title(), kind: 'text', required: true },
				{
					name: 'case_type',
					label: m.ws_f_type(),
					kind: 'select',
					options: optionsOf(CASE_TYPE_LABELS, caseTypeLabel),
					required: true
				},
				countryField(countries),
				{ name: 'place', label: m.ws_f_place(), kind: 'text' },
				{
					name: 'description',
					label: m.ws_f_description(),
					kind: 'textarea',
					markdown: true,
					hint: m.ws_h_markdown()
				},
				{ name: 'outcome', label: m.ws_f_outcome(), kind: 'textarea' }
			]
		},
		{
			title: m.ws_s_when(),
			fields: [
				{
					name: 'start',
					label: m.ws_f_start(),
					kind: 'date',
					hint: m.ws_h_case_start()
				},
				{
					name: 'end',
					label: m.ws_f_end(),
					kind: 'date',
					ongoing: true,
					hint: m.ws_h_case_end()
				}
			]
		},
		{
			title: m.ws_s_who_what(),
			fields: [
				{
					name: 'affected',
					label: m.ws_f_affected(),
					kind: 'lookup',
					lookup: 'actor',
					multiple: true,
					create: true
				},
				{
					name: 'responsible',
					label: m.ws_f_responsible(),
					kind: 'lookup',
					lookup: 'actor',
					multiple: true,
					create: true
				},
				{
					name: 'laws',
					label: m.ws_f_laws_applied(),
					kind: 'lookup',
					lookup: 'law',
					multiple: true
				},
				{
					name: 'theme_ids',
					label: m.ws_f_themes(),
					kind: 'lookup',
					lookup: 'theme',
					multiple: true
				}
			]
		},
		{
			title: m.ws_s_verification(),
			fields: [
				{
					name: 'verification',
					label: m.ws_f_verification(),
					kind: 'select',
					options: optionsOf(VERIFICATION_LABELS, verificationLabel),
					required: true
				},
				internalNotesField()
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
		{
			name: 'type',
			label: m.ws_f_type(),
			kind: 'select',
			options: optionsOf(CASE_TYPE_LABELS, caseTypeLabel)
		},
		{
			name: 'verification',
			label: m.ws_f_verification(),
			kind: 'select',
			options: optionsOf(VERIFICATION_LABELS, verificationLabel)
		},
		...dateFilters()
	],
	get columns() {
		return [m.ws_f_type(), m.ws_f_when(), m.ws_f_verification()];
	},
	searchType: 'case',
	row: (c) => ({
		id: c.id,
		title: c.title,
		status: c.status,
		updated_at: c.updated_at,
		cells: [
			caseTypeLabel(c.case_type),
			formatPeriod(dateOf(c, 'start'), dateOf(c, 'end'), c.ongoing === 1),
			verificationLabel(c.verification)
		]
	}),
	needsSource: true,
	publishProblems: (c) => (c.start_text ? [] : [m.ws_case_needs_start()]),
	duplicates: {
		datePrefix: 'start',
		endPrefix: 'end',
		typeColumn: 'case_type',
		affectedField: 'affected'
	}
});
