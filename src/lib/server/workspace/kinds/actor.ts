import { ACTOR_KIND_LABELS } from '$lib/labels';
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
import {
	countryFilter,
	internalNotesField,
	markdownField,
	optionsOf,
	listRow,
	choiceFilter
} from './shared';
import { defineKind } from './types';

export const actorKind = defineKind<ActorRecord, ActorInput, Actor>({
	slug: 'actors',
	type: 'actor',
	label: 'actor',
	plural: 'Actors',
	sections: ({ countries }) => [
		{
			title: 'Who',
			fields: [
				{ name: 'name', label: 'Name', kind: 'text', required: true },
				{
					name: 'kind',
					label: 'Kind',
					kind: 'select',
					options: optionsOf(ACTOR_KIND_LABELS),
					required: true
				},
				{
					name: 'country_id',
					label: 'Country',
					kind: 'select',
					options: countries,
					hint: 'Empty for EU institutions and other international bodies.'
				},
				{
					name: 'aliases',
					label: 'Other names',
					kind: 'lines',
					hint: 'One per line: spellings, transliterations, abbreviations.'
				},
				markdownField('description', 'Description')
			]
		},
		{
			title: 'Safety',
			fields: [
				{
					name: 'at_risk',
					label: 'This person is at risk',
					kind: 'checkbox',
					hint: 'The public then sees only the pseudonym below, never the name.'
				},
				{
					name: 'public_pseudonym',
					label: 'Public pseudonym',
					kind: 'text',
					hint: 'Required for a person at risk, for example "a journalist from Almaty".'
				},
				internalNotesField
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
					public_pseudonym:
						'A person at risk needs a pseudonym: the public sees only that, never the real name.'
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
		choiceFilter('type', 'Kind', ACTOR_KIND_LABELS)
	],
	columns: ['Kind', 'At risk'],
	searchType: 'actor',
	row: (a) =>
		listRow(a, a.name, [
			ACTOR_KIND_LABELS[a.kind],
			a.at_risk === 1 ? `Yes: public sees “${a.public_pseudonym ?? ''}”` : ''
		]),
	// An actor is a name, not a claim; the claims about them are cited where they are made.
	needsSource: false
});
