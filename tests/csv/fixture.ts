import { parse } from 'csv-parse/sync';
import type { DB } from '../../src/lib/server/db/connect.js';
import { createSource } from '../../src/lib/server/repositories/sources.js';
import { insertUser } from '../helpers/rows.js';

/* Reference records of the fictional country Testland that the CSV tests name by title or slug. */

const at = '2024-01-01T00:00:00.000Z';
const base = { created_at: at, updated_at: at, created_by: null, updated_by: null };

export interface CsvFixture {
	countryId: string;
	userId: string;
}

export async function seedCsvFixture(db: DB, suffix = ''): Promise<CsvFixture> {
	const countryId = `xt-csv-country${suffix}`;
	const userId = `xt-csv-user${suffix}`;
	await insertUser(
		db,
		{
			id: userId,
			email: `csv-importer${suffix}@example.org`,
			display_name: 'CSV importer',
			role: 'researcher'
		},
		at
	);
	await db
		.insertInto('countries')
		.values({
			...base,
			id: countryId,
			code: `X${suffix || 'C'}`,
			name: 'Testland (fictional, CSV tests)',
			is_fictional: 1
		})
		.execute();
	for (const slug of ['expression', 'media', 'assembly']) {
		await db
			.insertInto('themes')
			.values({ ...base, id: `theme-${slug}`, slug, name: slug })
			.onConflict((oc) => oc.doNothing())
			.execute();
	}
	await db
		.insertInto('actors')
		.values([
			{
				...base,
				id: `actor-daily${suffix}`,
				country_id: countryId,
				kind: 'media',
				name: 'Testland Daily (fictional)'
			},
			{
				...base,
				id: `actor-court${suffix}`,
				country_id: countryId,
				kind: 'court',
				name: 'Testville District Court'
			},
			{
				...base,
				id: `actor-twin-a${suffix}`,
				country_id: countryId,
				kind: 'person',
				name: 'Common Name'
			},
			{
				...base,
				id: `actor-twin-b${suffix}`,
				country_id: countryId,
				kind: 'person',
				name: 'Common Name'
			}
		])
		.execute();
	await db
		.insertInto('laws')
		.values({
			...base,
			id: `law-extremism${suffix}`,
			country_id: countryId,
			title: 'Article 1 on fictional extremism',
			law_status: 'in_force'
		})
		.execute();
	return { countryId, userId };
}

/** Records the source the templates' example rows cite, so an uncommented example imports. */
export async function seedTemplateSource(db: DB): Promise<void> {
	await createSource(
		db,
		{ title: 'Testland press freedom report 2021 (fictional)', kind: 'report' },
		null
	);
}

/** A CSV export read back as rows, each keyed by the header's column names. */
export function csvRows(text: string): Record<string, string>[] {
	return parse(text, { columns: true }) as Record<string, string>[];
}
