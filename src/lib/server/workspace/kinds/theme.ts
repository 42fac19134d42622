import { m } from '$lib/paraglide/messages';
import type { Theme } from '$lib/server/db/schema';
import { listThemes, themeStore, type ThemeInput } from '$lib/server/repositories/themes';
import { recordText } from '$lib/workspace/list-cell';
import { internalNotesField, markdownField, textField } from './form-fields';
import { listOptions, listRow } from './list-rows';
import { defineKind, type ListRow } from './types';

/*
 * Themes (a right or topic and its treaty article) are records like the others: the seed
 * writes the base vocabulary, and until issue 12 nothing in the workspace showed one, so a
 * theme's name had nowhere to be translated. Here a theme has a list, a record page (with
 * the translation panel for its name), a form, a history and the review workflow.
 */

function row(t: Theme): ListRow {
	// The slug and the treaty are written as the record has them, in Latin letters.
	return listRow(t, t.name, [
		recordText(t.slug),
		recordText([t.instrument, t.article].filter(Boolean).join(' '))
	]);
}

export const themeKind = defineKind<Theme, ThemeInput, Theme>({
	slug: 'themes',
	type: 'theme',
	// Admins add and change themes (DESIGN.md); anyone who edits may draft a name's translation.
	writePermission: 'manage:vocabularies',
	sections: () => [
		{
			title: m.ws_s_theme(),
			fields: [
				textField('name', m.ws_f_name(), undefined, { required: true }),
				textField('slug', m.ws_f_slug(), m.ws_h_slug(), { required: true }),
				textField('instrument', m.ws_f_instrument(), m.ws_h_instrument()),
				textField('article', m.ws_f_article(), m.ws_h_article()),
				markdownField('description', m.ws_f_description()),
				internalNotesField()
			]
		}
	],
	toValues: (t) => ({
		name: t.name,
		slug: t.slug,
		instrument: t.instrument,
		article: t.article,
		description: t.description,
		internal_notes: t.internal_notes
	}),
	toInput: (form) => ({
		name: form.text('name'),
		slug: form.text('slug'),
		instrument: form.text('instrument'),
		article: form.text('article'),
		description: form.text('description'),
		internal_notes: form.text('internal_notes')
	}),
	title: (t) => t.name,
	...themeStore,
	filters: () => [],
	get columns() {
		return [m.ws_f_slug(), m.ws_col_treaty()];
	},
	// Themes are few and not in the full-text search: the box matches their names.
	list: async (db, query, limit, offset) =>
		(await listThemes(db, listOptions(query, limit, offset))).map(row),
	row,
	// A theme names a right and its treaty article; the claims live in cited records.
	needsSource: false
});
