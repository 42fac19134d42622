import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/dates';
import { RATING_LABELS } from '$lib/labels';
import { ratingLabel } from '$lib/localized-labels';
import {
	pledgeStore,
	findRatedPledges,
	type PledgeInput,
	type PledgeListItem,
	type PledgeRecord
} from '$lib/server/repositories/pledges';
import {
	countryField,
	dateField,
	internalNotesField,
	lookupField,
	markdownField,
	textField,
	themesField,
	titleField
} from './form-fields';
import { dateOf, dateValues, picks } from './form-values';
import { themedRecordFilters, vocabularyFilter } from './list-filters';
import { listRow } from './list-rows';
import { defineKind } from './types';

export const pledgeKind = defineKind<PledgeRecord, PledgeInput, PledgeListItem>({
	slug: 'pledges',
	type: 'pledge',
	sections: ({ countries }) => [
		{
			title: m.ws_s_promised(),
			fields: [
				titleField(),
				countryField(countries),
				{
					name: 'promise',
					label: m.ws_f_promise(),
					kind: 'textarea',
					hint: m.ws_h_source_words()
				},
				lookupField('made_by_actor_id', m.ws_f_made_by(), 'actor', { single: true, create: true }),
				textField('occasion', m.ws_f_occasion(), m.ws_h_occasion()),
				lookupField('engagement_id', m.ws_f_made_at_engagement(), 'engagement', { single: true }),
				dateField('made', m.ws_f_made_on(), m.ws_h_pledge_made(), { required: true }),
				{
					name: 'deadline',
					label: m.ws_f_deadline(),
					kind: 'day',
					hint: m.ws_h_deadline()
				},
				markdownField('description', m.ws_f_description())
			]
		},
		{
			title: m.ws_s_links_tags(),
			fields: [
				lookupField('law_ids', m.ws_f_laws_to_change(), 'law'),
				themesField(),
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
	...pledgeStore,
	findMany: findRatedPledges,
	filters: (ctx) =>
		themedRecordFilters(
			ctx,
			vocabularyFilter('rating', m.ws_f_rating(), RATING_LABELS, ratingLabel)
		),
	get columns() {
		return [m.ws_f_made(), m.ws_f_rating(), m.ws_f_deadline()];
	},
	searchType: 'pledge',
	row: (p) =>
		listRow(p, p.title, [
			formatDate(dateOf(p, 'made')),
			ratingLabel(p.current_rating),
			p.deadline ?? ''
		]),
	needsSource: true,
	duplicates: { datePrefix: 'made' }
});
