import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/dates';
import { RATING_LABELS } from '$lib/labels';
import { ratingLabel } from '$lib/localized-labels';
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
	optionsOf,
	picks
} from './shared';
import { kindName, kindsName } from '$lib/workspace/kind-names';
import { defineKind } from './types';

export const pledgeKind = defineKind<PledgeRecord, PledgeInput, PledgeListItem>({
	slug: 'pledges',
	type: 'pledge',
	get label() {
		return kindName('pledges');
	},
	get plural() {
		return kindsName('pledges');
	},
	sections: ({ countries }) => [
		{
			title: m.ws_s_promised(),
			fields: [
				{ name: 'title', label: m.ws_f_title(), kind: 'text', required: true },
				countryField(countries),
				{
					name: 'promise',
					label: m.ws_f_promise(),
					kind: 'textarea',
					hint: m.ws_h_source_words()
				},
				{
					name: 'made_by_actor_id',
					label: m.ws_f_made_by(),
					kind: 'lookup',
					lookup: 'actor',
					multiple: false,
					create: true
				},
				{ name: 'occasion', label: m.ws_f_occasion(), kind: 'text', hint: m.ws_h_occasion() },
				{
					name: 'engagement_id',
					label: m.ws_f_made_at_engagement(),
					kind: 'lookup',
					lookup: 'engagement',
					multiple: false
				},
				{
					name: 'made',
					label: m.ws_f_made_on(),
					kind: 'date',
					required: true,
					hint: m.ws_h_pledge_made()
				},
				{
					name: 'deadline',
					label: m.ws_f_deadline(),
					kind: 'day',
					hint: m.ws_h_deadline()
				},
				{
					name: 'description',
					label: m.ws_f_description(),
					kind: 'textarea',
					markdown: true,
					hint: m.ws_h_markdown()
				}
			]
		},
		{
			title: m.ws_s_links_tags(),
			fields: [
				{
					name: 'law_ids',
					label: m.ws_f_laws_to_change(),
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
				},
				internalNotesField()
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
		{
			name: 'rating',
			label: m.ws_f_rating(),
			kind: 'select',
			options: optionsOf(RATING_LABELS, ratingLabel)
		},
		...dateFilters()
	],
	get columns() {
		return [m.ws_f_made(), m.ws_f_rating(), m.ws_f_deadline()];
	},
	searchType: 'pledge',
	row: (p) => ({
		id: p.id,
		title: p.title,
		status: p.status,
		updated_at: p.updated_at,
		cells: [formatDate(dateOf(p, 'made')), ratingLabel(p.current_rating), p.deadline ?? '']
	}),
	needsSource: true,
	duplicates: { datePrefix: 'made' }
});
