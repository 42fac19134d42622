import { withRecordText } from '$lib/workspace/list-cell';
import { m } from '$lib/paraglide/messages';
import { ACTOR_KIND_LABELS } from '$lib/labels';
import { actorKindLabel } from '$lib/localized-labels';
import type { Actor, ActorKind } from '$lib/server/db/schema';
import {
	createActor,
	deleteActor,
	findActors,
	getActor,
	restoreActor,
	setActorStatus,
	toRecord as toActorRecord,
	updateActor,
	type ActorInput,
	type ActorRecord
} from '$lib/server/repositories/actors';
import type { FieldErrors } from '$lib/workspace/form';
import { internalNotesField, markdownField, textField, vocabularyField } from './form-fields';
import { countryFilter, vocabularyFilter } from './list-filters';
import { listRow } from './list-rows';
import { defineKind } from './types';

export const actorKind = defineKind<ActorRecord, ActorInput, Actor>({
	slug: 'actors',
	type: 'actor',
	sections: ({ countries }) => [
		{
			title: m.ws_s_who(),
			fields: [
				textField('name', m.ws_f_actor_name(), undefined, { required: true }),
				vocabularyField('kind', m.ws_f_kind(), ACTOR_KIND_LABELS, actorKindLabel),
				{
					name: 'country_id',
					label: m.ws_f_country(),
					kind: 'select',
					options: countries,
					hint: m.ws_h_actor_country()
				},
				{
					name: 'aliases',
					label: m.ws_f_other_names(),
					kind: 'lines',
					hint: m.ws_h_other_names()
				},
				markdownField('description', m.ws_f_description())
			]
		},
		{
			title: m.ws_s_safety(),
			fields: [
				{
					name: 'at_risk',
					label: m.ws_f_at_risk(),
					kind: 'checkbox',
					hint: m.ws_h_at_risk()
				},
				textField('public_pseudonym', m.ws_f_pseudonym(), m.ws_h_pseudonym()),
				internalNotesField()
			]
		}
	],
	toValues: (a) => ({
		name: a.name,
		kind: a.kind,
		country_id: a.country_id ?? '',
		aliases: a.aliases.join('\n'),
		description: a.description,
		at_risk: a.at_risk === 1,
		public_pseudonym: a.public_pseudonym ?? '',
		internal_notes: a.internal_notes
	}),
	toInput: (form) => ({
		name: form.text('name'),
		kind: form.choice<ActorKind>('kind'),
		country_id: form.optional('country_id'),
		aliases: form.lines('aliases'),
		description: form.text('description'),
		at_risk: form.flag('at_risk'),
		public_pseudonym: form.optional('public_pseudonym'),
		internal_notes: form.text('internal_notes')
	}),
	validate: (form): FieldErrors =>
		form.flag('at_risk') && !form.text('public_pseudonym')
			? {
					public_pseudonym: m.ws_actor_needs_pseudonym()
				}
			: {},
	// The real name leaves the public pages as soon as anyone marks the person at risk.
	protectAtOnce: (form, current) =>
		form.flag('at_risk') && current.at_risk !== 1
			? { at_risk: true, public_pseudonym: form.optional('public_pseudonym') }
			: null,
	title: (a) => a.name,
	fromSnapshot: (snapshot) => toActorRecord(snapshot as Actor),
	get: getActor,
	findMany: findActors,
	create: createActor,
	update: updateActor,
	remove: deleteActor,
	restore: restoreActor,
	setStatus: setActorStatus,
	filters: ({ countries }) => [
		countryFilter(countries),
		vocabularyFilter('type', m.ws_f_kind(), ACTOR_KIND_LABELS, actorKindLabel)
	],
	get columns() {
		return [m.ws_f_kind(), m.ws_col_at_risk()];
	},
	searchType: 'actor',
	row: (a) =>
		listRow(a, a.name, [
			actorKindLabel(a.kind),
			a.at_risk === 1
				? withRecordText(
						(pseudonym) => m.ws_actor_at_risk_cell({ pseudonym }),
						a.public_pseudonym ?? ''
					)
				: ''
		]),
	// An actor is a name, not a claim; the claims about them are cited where they are made.
	needsSource: false
});
