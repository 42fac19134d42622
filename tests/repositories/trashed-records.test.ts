import {
	proposeFieldLanguage,
	saveTranslation
} from '../../src/lib/server/repositories/translations.js';
import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import type { DB } from '../../src/lib/server/db/connect.js';
import { listAssessments } from '../../src/lib/server/repositories/assessments.js';
import { createCountry } from '../../src/lib/server/repositories/countries.js';
import { citeSource } from '../../src/lib/server/repositories/citations.js';
import { savePendingRevision } from '../../src/lib/server/repositories/pending-revisions.js';
import { recordOperations } from '../../src/lib/server/repositories/records.js';
import { createSource } from '../../src/lib/server/repositories/sources.js';
import { RECORD_KINDS, type KindType } from '../../src/lib/server/repositories/record-kinds.js';
import {
	listTrashedRecords,
	purgeRecord
} from '../../src/lib/server/repositories/trashed-records.js';
import { DEMO_IDS, seedDemoIfEmpty } from '../../src/lib/server/seed/demo.js';
import { baseThemeId } from '../../src/lib/server/seed/base-themes.js';
import { describeEachDatabase } from '../helpers/databases.js';

/*
 * Purging a trashed record removes every row that belongs to it and nothing of other records.
 * Rows are found by scanning every column of every table for the record's id, so a table the
 * purge forgets (today's or one added later) leaves a row behind and fails the test.
 */

/* Columns of other records that point at a record and are cleared (ON DELETE SET NULL). */
const CLEARED_POINTERS = ['pledges.made_by_actor_id', 'pledges.engagement_id'];

/*
 * SQLite's full-text indexes (search_fts, translation_fts and their shadow tables) are kept by
 * triggers and hold no ids.
 */
const isIndexInternals = (table: string) =>
	table.startsWith('search_fts') || table.startsWith('translation_fts');

async function columnsByTable(db: DB): Promise<Map<string, string[]>> {
	const tables = await db.introspection.getTables();
	return new Map(
		tables
			.filter((t) => !t.isView && !isIndexInternals(t.name))
			.map((t) => [t.name, t.columns.map((c) => c.name)])
	);
}

/**
 * Tables that point at any record by a type column and an id column (`record_type` and
 * `record_id`, `from_type` and `from_id`...), read from the database's catalog. The trashed
 * pledge below has rows in each of them, so a table added later that the purge does not know
 * fails the test here first.
 */
const POINTING_TABLES = [
	'citations',
	'field_languages',
	'links',
	'pending_revisions',
	'record_themes',
	'revisions',
	'search_documents',
	'translations'
];

/*
 * The audit log names records too, and outlives them: a purge keeps it. The timeline's spans
 * hold published, untrashed records only (kept by triggers, migration 0015), so a trashed
 * record has none; and their record_type is a case's type or a lane, not a kind.
 */
const KEPT = ['audit_events', 'timeline_spans'];

function pointingTables(columns: Map<string, string[]>): string[] {
	return [...columns]
		.filter(([table]) => !KEPT.includes(table))
		.filter(([, names]) =>
			names.some((c) => c.endsWith('_type') && names.includes(`${c.slice(0, -5)}_id`))
		)
		.map(([table]) => table)
		.sort();
}

/** Per table: all rows, and the rows with one of `ids` in any column but the cleared pointers. */
async function census(db: DB, ...ids: string[]) {
	const counts = new Map<string, { total: number; naming: number }>();
	for (const [table, columns] of await columnsByTable(db)) {
		const naming = columns
			.filter((c) => !CLEARED_POINTERS.includes(`${table}.${c}`))
			.flatMap((c) => ids.map((id) => sql`cast(${sql.ref(c)} as text) = ${id}`));
		const { rows } = await sql<{ total: number | string; naming: number | string }>`
			select count(*) as total,
				coalesce(sum(case when ${sql.join(naming, sql` or `)} then 1 else 0 end), 0) as naming
			from ${sql.table(table)}`.execute(db);
		counts.set(table, { total: Number(rows[0]!.total), naming: Number(rows[0]!.naming) });
	}
	return counts;
}

const naming = (counts: Map<string, { naming: number }>) =>
	Object.fromEntries([...counts].filter(([, c]) => c.naming > 0).map(([t, c]) => [t, c.naming]));

describeEachDatabase('purging a trashed record', ({ db }) => {
	let demoSourceId: string;

	beforeAll(async () => {
		await seedDemoIfEmpty(db());
		demoSourceId = DEMO_IDS.source[0]!;
	});

	/** Gives the record a pending change (and a citation, where records cite), then trashes it. */
	async function trash(type: KindType, id: string) {
		if (type !== 'source') {
			await citeSource(
				db(),
				{ source_id: demoSourceId, record_type: type, record_id: id, locator: 'purge test' },
				null
			);
		}
		await savePendingRevision(
			db(),
			{
				recordType: type,
				recordId: id,
				baseVersion: 1,
				values: {},
				action: 'edit',
				expectedVersion: 0
			},
			null
		);
		await recordOperations(RECORD_KINDS[type]).remove(db(), id, null);
	}

	/**
	 * Trashes and purges the record, then checks that every row naming it (or one of `owned`,
	 * the records that belong to it) went and that every other row stayed.
	 */
	async function expectPurged(
		type: KindType,
		id: string,
		expected: Record<string, unknown>,
		owned: readonly string[] = []
	) {
		await trash(type, id);
		expect((await listTrashedRecords(db(), type)).map((r) => r.id)).toContain(id);
		const before = await census(db(), id, ...owned);
		// The record really has rows in the tables every record may own, so the purge is tested.
		expect(naming(before)).toMatchObject(expected);

		await purgeRecord(db(), type, id);

		const after = await census(db(), id, ...owned);
		expect(naming(after)).toEqual({});
		for (const [table, { total, naming: owned }] of before) {
			expect({ table, total: after.get(table)!.total }).toEqual({ table, total: total - owned });
		}
		for (const pointer of CLEARED_POINTERS) {
			const [table, column] = pointer.split('.') as [string, string];
			const { rows } = await sql<{ n: number | string }>`
				select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${id}`.execute(db());
			expect(Number(rows[0]!.n)).toBe(0);
		}
	}

	/* Rows every trashed record here has: its history, search entry, pending change, citation. */
	const OWN = { revisions: 2, pending_revisions: 1, citations: expect.any(Number) };
	const SEARCHED: readonly KindType[] = ['case', 'pledge', 'engagement', 'ask', 'actor', 'law'];
	const own = (type: KindType) => (SEARCHED.includes(type) ? { ...OWN, search_documents: 1 } : OWN);

	it('removes a case with its actors, laws, themes, links, citations and history', async () => {
		await expectPurged('case', DEMO_IDS.case[0]!, {
			...own('case'),
			cases: 1,
			case_actors: expect.any(Number),
			links: expect.any(Number)
		});
	});

	it('knows every table that points at a record by its type and id', async () => {
		expect(pointingTables(await columnsByTable(db()))).toEqual(POINTING_TABLES);
	});

	it('removes a pledge with its laws, themes, links, and its assessments with their own history and citations', async () => {
		const pledgeId = DEMO_IDS.pledge[0]!;
		const assessments = (await listAssessments(db(), pledgeId, { includeDeleted: true })).map(
			(a) => a.id
		);
		expect(assessments.length).toBeGreaterThan(0);
		// A Russian title and a declared original language, so every pointing table has a row.
		const key = { record_type: 'pledge', record_id: pledgeId, field: 'title' } as const;
		await saveTranslation(db(), { ...key, lang: 'ru' }, 'Обещание (перевод для теста)', 0, null);
		await proposeFieldLanguage(db(), { ...key, field: 'description' }, 'ru', null);
		const everyPointingTable = Object.fromEntries(
			POINTING_TABLES.map((table) => [table, expect.any(Number)])
		);
		await expectPurged(
			'pledge',
			pledgeId,
			{
				...everyPointingTable,
				...own('pledge'),
				pledges: 1,
				pledge_assessments: assessments.length,
				// The pledge's own two plus each assessment's: what belongs to an assessment goes too.
				revisions: 2 + assessments.length
			},
			assessments
		);
	});

	it('removes an engagement with its actors', async () => {
		await expectPurged('engagement', DEMO_IDS.engagement[0]!, {
			...own('engagement'),
			engagements: 1,
			engagement_actors: expect.any(Number)
		});
	});

	it('removes every other kind of record with what belongs to it', async () => {
		const others: [KindType, string][] = [
			['ask', DEMO_IDS.ask[0]!],
			['actor', DEMO_IDS.actor[0]!],
			['law', DEMO_IDS.law[0]!],
			['assessment', DEMO_IDS.assessment.at(-1)!],
			['theme', baseThemeId('expression')]
		];
		for (const [type, id] of others) {
			await expectPurged(type, id, own(type));
		}
		const country = await createCountry(
			db(),
			{ code: 'XP', name: 'Purgeland (fictional)', is_fictional: true },
			null
		);
		await expectPurged('country', country.id, own('country'));
		const source = await createSource(
			db(),
			{ title: 'Purgeland bulletin (fictional)', kind: 'report' },
			null
		);
		await expectPurged('source', source.id, { revisions: 2, pending_revisions: 1 });
	});

	it('keeps a record something else still needs, with everything that belongs to it', async () => {
		await recordOperations(RECORD_KINDS.source).remove(db(), demoSourceId, null);
		const before = await census(db(), demoSourceId);
		await expect(purgeRecord(db(), 'source', demoSourceId)).rejects.toThrow();
		expect(await census(db(), demoSourceId)).toEqual(before);
	});
});
