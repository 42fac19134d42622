import { m } from '$lib/paraglide/messages';
import { formatPeriod } from '$lib/dates';
import { CASE_TYPE_LABELS, VERIFICATION_LABELS } from '$lib/labels';
import { caseTypeLabel, verificationLabel } from '$lib/localized-labels';
import type { Case, CaseType } from '$lib/server/db/schema';
import { caseStore, type CaseInput, type CaseRecord } from '$lib/server/repositories/cases';
import { ONGOING } from '$lib/workspace/date-reading';
import {
	countryField,
	dateField,
	internalNotesField,
	lookupField,
	markdownField,
	themesField,
	titleField,
	vocabularyField
} from './form-fields';
import { dateOf, dateValues, picks } from './form-values';
import { themedRecordFilters, vocabularyFilter } from './list-filters';
import { listRow } from './list-rows';
import { defineKind } from './types';

export const caseKind = defineKind<CaseRecord, CaseInput, Case>({
	slug: 'cases',
	type: 'case',
	sections: ({ countries }) => [
		{
			title: m.ws_s_what_happened(),
			fields: [
				titleField(),
				vocabularyField('case_type', m.ws_f_type(), CASE_TYPE_LABELS, caseTypeLabel),
				countryField(countries),
				{ name: 'place', label: m.ws_f_place(), kind: 'text' },
				markdownField('description', m.ws_f_description()),
				{ name: 'outcome', label: m.ws_f_outcome(), kind: 'textarea' }
			]
		},
		{
			title: m.ws_s_when(),
			fields: [
				dateField('start', m.ws_f_start(), m.ws_h_case_start()),
				dateField('end', m.ws_f_end(), m.ws_h_case_end(), { ongoing: true })
			]
		},
		{
			title: m.ws_s_who_what(),
			fields: [
				lookupField('affected', m.ws_f_affected(), 'actor', { create: true }),
				lookupField('responsible', m.ws_f_responsible(), 'actor', { create: true }),
				lookupField('laws', m.ws_f_laws_applied(), 'law'),
				themesField()
			]
		},
		{
			title: m.ws_s_verification(),
			fields: [
				vocabularyField(
					'verification',
					m.ws_f_verification(),
					VERIFICATION_LABELS,
					verificationLabel
				),
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
	...caseStore,
	filters: (ctx) =>
		themedRecordFilters(
			ctx,
			vocabularyFilter('type', m.ws_f_type(), CASE_TYPE_LABELS, caseTypeLabel),
			vocabularyFilter(
				'verification',
				m.ws_f_verification(),
				VERIFICATION_LABELS,
				verificationLabel
			)
		),
	get columns() {
		return [m.ws_f_type(), m.ws_f_when(), m.ws_f_verification()];
	},
	searchType: 'case',
	row: (c) =>
		listRow(c, c.title, [
			caseTypeLabel(c.case_type),
			formatPeriod(dateOf(c, 'start'), dateOf(c, 'end'), c.ongoing === 1),
			verificationLabel(c.verification)
		]),
	needsSource: true,
	publishProblems: (c) => (c.start_text ? [] : [m.ws_case_needs_start()]),
	duplicates: {
		datePrefix: 'start',
		endPrefix: 'end',
		typeColumn: 'case_type',
		affectedField: 'affected'
	}
});
