import type { Theme } from '../db/schema.js';
import { idIn } from '../db/id-list.js';
import { Checks } from './checks.js';
import { commonConditions, orderings, page, type ListOptions } from './listing.js';
import {
	assertUnique,
	defineRecordKind,
	findRecordBy,
	recordOperations,
	recordWrites,
	type Executor,
	type RecordPatch
} from './records.js';

export const THEME = defineRecordKind({
	type: 'theme',
	title: 'name'
});
const ops = recordOperations(THEME);

export interface ThemeInput {
	/** Stable, URL-safe name: "assembly", "women-rights". */
	slug: string;
	name: string;
	/** The treaty: "ICCPR", "CEDAW". */
	instrument?: string;
	/** The article within it: "21", "9, 14". */
	article?: string;
	description?: string;
	internal_notes?: string;
}

function columns(input: Partial<ThemeInput>): RecordPatch<'themes'> {
	return {
		slug: input.slug?.trim(),
		name: input.name?.trim(),
		instrument: input.instrument,
		article: input.article,
		description: input.description,
		internal_notes: input.internal_notes
	};
}

async function check(db: Executor, input: Partial<ThemeInput>, current?: Theme): Promise<void> {
	const checks = new Checks().text('name', input.name, !current).text('slug', input.slug, !current);
	if (input.slug !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.slug.trim())) {
		checks.fail('slug', 'Slug must be lowercase letters and digits joined by hyphens.');
	}
	checks.throwIfAny();
	if (input.slug === undefined) return;
	const message = `Another theme already uses the slug ${input.slug}.`;
	await assertUnique(db, THEME, 'slug', input.slug.trim(), current?.id, message);
}

export const themeStore = recordWrites({
	kind: THEME,
	columns,
	check,
	required: ['slug', 'name']
});

export const { create: createTheme, update: updateTheme } = themeStore;
export const { get: getTheme, find: findTheme, remove: deleteTheme, restore: restoreTheme } = ops;
export const setThemeStatus = ops.setStatus;

export async function findThemeBySlug(db: Executor, slug: string): Promise<Theme | undefined> {
	return findRecordBy(db, THEME, 'slug', slug);
}

export interface ThemeFilters extends ListOptions {
	instrument?: string;
}

/** Themes by name; `q` searches the name. */
export async function listThemes(db: Executor, filters: ThemeFilters = {}): Promise<Theme[]> {
	let query = db
		.selectFrom('themes')
		.selectAll()
		.where((eb) => eb.and(commonConditions('themes', filters, 'name')));
	if (filters.instrument !== undefined) query = query.where('instrument', '=', filters.instrument);
	return page(query, orderings('themes', 'title', null, 'name'), filters).execute();
}

/** Themes whose slug is one of `lowerSlugs`, ignoring case, with the slug as their name. */
export function findThemesBySlug(
	db: Executor,
	lowerSlugs: string[]
): Promise<{ id: string; name: string }[]> {
	return db
		.selectFrom('themes')
		.select(['id', 'slug as name'])
		.where((eb) => eb.fn('lower', ['slug']), 'in', lowerSlugs)
		.where('deleted_at', 'is', null)
		.execute();
}

/**
 * The ids of the themes with these slugs, by slug: public data names a theme by its slug, and
 * its name's translations belong to its id.
 */
export async function findThemeIdsBySlug(
	db: Executor,
	slugs: readonly string[]
): Promise<Map<string, string>> {
	if (slugs.length === 0) return new Map();
	const rows = await db
		.selectFrom('themes')
		.select(['id', 'slug'])
		.where(idIn(db, 'slug', [...new Set(slugs)]))
		.execute();
	return new Map(rows.map((r) => [r.slug, r.id]));
}
