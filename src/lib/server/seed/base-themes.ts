import type { DB } from '../db/connect.js';
import { publishedColumns, writeCreateRevisions } from './upsert.js';
import { currentTime } from '../clock.js';

/*
 * The base theme vocabulary: the rights the app tracks, each tied to the treaty provision
 * that protects it. It is always present, demo or not; admins can add more themes later.
 */

export interface BaseTheme {
	slug: string;
	name: string;
	instrument: string;
	article: string;
	description: string;
}

export const BASE_THEMES = [
	{
		slug: 'expression',
		name: 'Freedom of expression',
		instrument: 'ICCPR',
		article: 'Art. 19',
		description: 'Holding opinions and seeking, receiving and imparting information and ideas.'
	},
	{
		slug: 'media',
		name: 'Media freedom',
		instrument: 'ICCPR',
		article: 'Art. 19',
		description:
			'Journalists and media outlets publishing without censorship, blocking or reprisal.'
	},
	{
		slug: 'assembly',
		name: 'Peaceful assembly',
		instrument: 'ICCPR',
		article: 'Art. 21',
		description: 'Gathering and protesting peacefully without dispersal, fines or detention.'
	},
	{
		slug: 'association',
		name: 'Freedom of association',
		instrument: 'ICCPR',
		article: 'Art. 22',
		description: 'Forming and running parties, associations and civil-society groups.'
	},
	{
		slug: 'political-participation',
		name: 'Political participation',
		instrument: 'ICCPR',
		article: 'Art. 25',
		description: 'Taking part in public affairs, voting and standing in genuine elections.'
	},
	{
		slug: 'liberty-fair-trial',
		name: 'Liberty and fair trial',
		instrument: 'ICCPR',
		article: 'Arts. 9 and 14',
		description:
			'Freedom from arbitrary arrest and detention, and a fair hearing before an independent court.'
	},
	{
		slug: 'womens-rights',
		name: "Women's rights",
		instrument: 'CEDAW',
		article: '',
		description:
			'Equality and non-discrimination, including protection from gender-based and domestic violence (CEDAW General Recommendation No. 35).'
	},
	{
		slug: 'digital-rights',
		name: 'Digital rights',
		instrument: 'ICCPR',
		article: 'Arts. 17 and 19',
		description: 'Privacy and free expression online, including platform regulation and blocking.'
	},
	{
		slug: 'labour-rights',
		name: 'Labour rights and trade unions',
		instrument: 'ICCPR',
		article: 'Art. 22',
		description:
			'Forming and joining independent trade unions and striking; also ILO Conventions No. 87 and No. 98.'
	}
] as const satisfies readonly BaseTheme[];

export type ThemeSlug = (typeof BASE_THEMES)[number]['slug'];

/** The fixed id a base theme gets when the seed creates it. */
export function baseThemeId(slug: ThemeSlug): string {
	return `theme-${slug}`;
}

/**
 * Adds the base themes whose slug is missing and leaves existing ones as they are, so an
 * admin's edits to a theme survive restarts. Returns the slugs it added.
 */
export async function seedThemes(db: DB): Promise<string[]> {
	const existing = new Set(
		(await db.selectFrom('themes').select('slug').execute()).map((row) => row.slug)
	);
	const missing = BASE_THEMES.filter((theme) => !existing.has(theme.slug));
	if (missing.length === 0) return [];
	const at = currentTime().toISOString();
	// "Do nothing" on any conflict: a theme an admin re-slugged still holds its seeded id.
	const added = await db
		.insertInto('themes')
		.values(
			missing.map((theme) => ({ id: baseThemeId(theme.slug), ...theme, ...publishedColumns(at) }))
		)
		.onConflict((oc) => oc.doNothing())
		.returning(['id', 'slug'])
		.execute();
	await writeCreateRevisions(
		db,
		'theme',
		added.map((row) => row.id),
		at
	);
	return added.map((row) => row.slug);
}

/** Theme ids by slug as stored, whoever created them. */
export async function themeIdsBySlug(db: DB): Promise<Map<string, string>> {
	const rows = await db.selectFrom('themes').select(['id', 'slug']).execute();
	return new Map(rows.map((row) => [row.slug, row.id]));
}
