import { m } from '$lib/paraglide/messages';
import { formatPeriod } from '$lib/dates';
import { ENGAGEMENT_KIND_LABELS, YES_NO_UNKNOWN_LABELS } from '$lib/labels';
import { engagementKindLabel, yesNoUnknownLabel } from '$lib/localized-labels';
import type {
	Engagement,
	EngagementKind,
	EngagementSide,
	YesNoUnknown
} from '$lib/server/db/schema';
import {
	engagementStore,
	type EngagementInput,
	type EngagementRecord
} from '$lib/server/repositories/engagements';
import {
	countryField,
	dateField,
	internalNotesField,
	lookupField,
	markdownField,
	textField,
	titleField,
	vocabularyField
} from './form-fields';
import { dateOf, dateValues, picks } from './form-values';
import { countryFilter, dateFilters, vocabularyFilter } from './list-filters';
import { listRow } from './list-rows';
import { defineKind } from './types';

const SIDE_FIELDS: Record<EngagementSide, string> = {
	eu: 'eu_actor_ids',
	counterpart: 'counterpart_ids'
};

export const engagementKind = defineKind<EngagementRecord, EngagementInput, Engagement>({
	slug: 'engagements',
	type: 'engagement',
	sections: ({ countries }) => [
		{
			title: m.ws_s_eu_did(),
			fields: [
				titleField(),
				vocabularyField('kind', m.ws_f_kind(), ENGAGEMENT_KIND_LABELS, engagementKindLabel),
				countryField(countries),
				dateField('start', m.ws_f_date(), m.ws_h_engagement_date(), { required: true }),
				dateField('end', m.ws_f_until(), m.ws_h_until()),
				markdownField('description', m.ws_f_description())
			]
		},
		{
			title: m.ws_s_who_took_part(),
			fields: [
				textField('eu_actors', m.ws_f_eu_side(), m.ws_h_eu_side()),
				{ name: 'counterparts', label: m.ws_f_counterparts(), kind: 'text' },
				lookupField(SIDE_FIELDS.eu, m.ws_f_eu_actors(), 'actor', { create: true }),
				lookupField(SIDE_FIELDS.counterpart, m.ws_f_counterpart_actors(), 'actor', { create: true })
			]
		},
		{
			title: m.ws_s_human_rights(),
			fields: [
				vocabularyField(
					'human_rights_clause',
					m.ws_f_clause(),
					YES_NO_UNKNOWN_LABELS,
					yesNoUnknownLabel
				),
				vocabularyField(
					'human_rights_raised',
					m.ws_f_rights_raised(),
					YES_NO_UNKNOWN_LABELS,
					yesNoUnknownLabel,
					m.ws_h_rights_raised()
				),
				internalNotesField()
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
	...engagementStore,
	filters: ({ countries }) => [
		countryFilter(countries),
		vocabularyFilter('type', m.ws_f_kind(), ENGAGEMENT_KIND_LABELS, engagementKindLabel),
		...dateFilters()
	],
	get columns() {
		return [m.ws_f_kind(), m.ws_f_when(), m.ws_f_rights_raised()];
	},
	searchType: 'engagement',
	row: (e) =>
		listRow(e, e.title, [
			engagementKindLabel(e.kind),
			formatPeriod(dateOf(e, 'start'), dateOf(e, 'end'), false),
			yesNoUnknownLabel(e.human_rights_raised)
		]),
	needsSource: true,
	duplicates: { datePrefix: 'start', endPrefix: 'end', typeColumn: 'kind' }
});
