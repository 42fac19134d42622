import { expect, it } from 'vitest';
import { parseDateInput, toColumns } from '../../src/lib/dates.js';
import type { DB } from '../../src/lib/server/db/connect.js';
import { loadDemo, seedDemoIfEmpty, DEMO_IDS } from '../../src/lib/server/seed/demo.js';
import { BASE_THEMES, seedThemes } from '../../src/lib/server/seed/base-themes.js';
import { describeEachDatabase } from '../helpers/databases.js';
import { recordHistory } from '../../src/lib/server/workspace/history.js';
import { KINDS } from '../../src/lib/server/workspace/kinds/index.js';
import { getPublicEngagement } from '../../src/lib/server/public/details.js';
import { listPublishedTranslations } from '../../src/lib/server/repositories/translations.js';
import { DEMO_TRANSLATIONS_RU } from '../../src/lib/server/seed/demo-translations.js';

const VISIT = 'kz-eng-tokayev-visit-2021';

const TABLES = [
	'countries',
	'themes',
	'actors',
	'laws',
	'sources',
	'engagements',
	'pledges',
	'pledge_assessments',
	'cases',
	'case_actors',
	'case_laws',
	'asks',
	'record_themes',
	'engagement_actors',
	'links',
	'citations',
	'revisions',
	'translations'
] as const;

async function rowCounts(db: DB): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	for (const table of TABLES) {
		const { n } = await db
			.selectFrom(table)
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		counts[table] = Number(n);
	}
	return counts;
}

const AT = '2024-01-01T00:00:00.000Z';
const workflow = { status: 'published' as const, created_at: AT, updated_at: AT, published_at: AT };

/**
 * Generated test data for the fictional country XT (not real, never part of the demo). Once
 * the demo is loaded, its engagement names the demo's EU actor, as a researcher's record for
 * another country would.
 */
async function addFictionalCountry(db: DB, { namesEuActor = false } = {}): Promise<void> {
	await db
		.insertInto('countries')
		.values({ id: 'xt', code: 'XT', name: 'Testland (fictional)', is_fictional: 1, ...workflow })
		.execute();
	await db
		.insertInto('sources')
		.values({ id: 'xt-source', title: 'Fictional test report', kind: 'report', ...workflow })
		.execute();
	await db
		.insertInto('cases')
		.values({
			id: 'xt-case',
			country_id: 'xt',
			title: 'Fictional case',
			case_type: 'other',
			...toColumns('start', parseDateInput('2020')),
			...workflow
		})
		.execute();
	await db
		.insertInto('engagements')
		.values({
			id: 'xt-engagement',
			country_id: 'xt',
			title: 'Fictional dialogue',
			kind: 'dialogue',
			start_text: '2020',
			start_precision: 'year',
			...workflow
		})
		.execute();
	if (namesEuActor) {
		await db
			.insertInto('engagement_actors')
			.values({ engagement_id: 'xt-engagement', actor_id: 'kz-actor-eu', side: 'eu' })
			.execute();
	}
	await db
		.insertInto('citations')
		.values({
			id: 'xt-cite',
			source_id: 'xt-source',
			record_type: 'case',
			record_id: 'xt-case',
			created_at: AT,
			created_by: null
		})
		.execute();
}

async function fictionalRows(db: DB) {
	return {
		country: await db.selectFrom('countries').selectAll().where('id', '=', 'xt').execute(),
		source: await db.selectFrom('sources').selectAll().where('id', '=', 'xt-source').execute(),
		case: await db.selectFrom('cases').selectAll().where('country_id', '=', 'xt').execute(),
		engagement: await db
			.selectFrom('engagements')
			.selectAll()
			.where('country_id', '=', 'xt')
			.execute(),
		engagementActors: await db
			.selectFrom('engagement_actors')
			.selectAll()
			.where('engagement_id', '=', 'xt-engagement')
			.execute(),
		citation: await db.selectFrom('citations').selectAll().where('id', '=', 'xt-cite').execute()
	};
}

describeEachDatabase('seedDemoIfEmpty', { fresh: 'test' }, ({ db }) => {
	it('loads the demo into an empty database once, then leaves it alone', async () => {
		expect(await seedDemoIfEmpty(db())).toBe(true);
		const first = await rowCounts(db());
		expect(first.countries).toBe(1);
		expect(first.cases).toBe(DEMO_IDS.case.length);

		expect(await seedDemoIfEmpty(db())).toBe(false);
		expect(await rowCounts(db())).toEqual(first);
	});

	it('adds every base theme, and only the missing ones', async () => {
		await seedDemoIfEmpty(db());
		const slugs = (await db().selectFrom('themes').select('slug').execute()).map((t) => t.slug);
		expect(slugs.sort()).toEqual(BASE_THEMES.map((t) => t.slug).sort());
		expect(await seedThemes(db())).toEqual([]);
	});
});

describeEachDatabase('seedDemoIfEmpty with other data', { fresh: 'test' }, ({ db }) => {
	it('does not load the demo when a country exists, but still adds the themes', async () => {
		await addFictionalCountry(db());
		expect(await seedDemoIfEmpty(db())).toBe(false);
		const countries = await db().selectFrom('countries').select('code').execute();
		expect(countries).toEqual([{ code: 'XT' }]);
		const { n } = await db()
			.selectFrom('themes')
			.select((eb) => eb.fn.countAll<number>().as('n'))
			.executeTakeFirstOrThrow();
		expect(Number(n)).toBe(BASE_THEMES.length);
	});
});

describeEachDatabase('loadDemo', { fresh: 'test' }, ({ db }) => {
	it('links the asks as made for the visit, not raised at it, and drops older demo links', async () => {
		await loadDemo(db());
		const asks = DEMO_IDS.ask;
		// A database loaded before the asks were told apart held them as raised at the visit.
		await db()
			.insertInto('links')
			.values({
				id: 'old-demo-raised-at',
				kind: 'raised_at',
				from_type: 'ask',
				from_id: asks[0]!,
				to_type: 'engagement',
				to_id: VISIT,
				note: 'Old demo link',
				created_at: AT
			})
			.execute();
		await loadDemo(db());

		const visit = await getPublicEngagement(db(), 'kz', VISIT);
		expect(visit?.record.humanRightsRaised).toBe('unknown');
		expect(visit?.record.asksRaised).toEqual([]);
		expect(visit?.record.asksMadeFor.map((a) => a.id).sort()).toEqual([...asks].sort());
	});

	it('ships Russian translations of demo cases only, published and marked as the project’s own', async () => {
		await loadDemo(db());
		const ids = DEMO_TRANSLATIONS_RU.map((t) => t.caseId);
		expect(ids.every((id) => DEMO_IDS.case.includes(id))).toBe(true);
		const rows = await listPublishedTranslations(db(), ids);
		expect(rows).toHaveLength(ids.length * 2);
		for (const id of ids) {
			const fields = rows.filter((r) => r.record_id === id);
			expect(fields.map((r) => [r.field, r.lang])).toEqual([
				['description', 'ru'],
				['title', 'ru']
			]);
			expect(fields[0]?.text).toMatch(/\*Перевод Pledgewatch с английского; [^*]+\*$/);
		}
		// Nothing in Kazakh: nobody has checked a Kazakh translation.
		expect(await listPublishedTranslations(db(), ids, 'kk')).toEqual([]);
	});

	it('reloads idempotently without touching a fictional country', async () => {
		await loadDemo(db());
		await addFictionalCountry(db(), { namesEuActor: true });
		const before = await fictionalRows(db());

		await loadDemo(db());
		const once = await rowCounts(db());
		await loadDemo(db());
		expect(await rowCounts(db())).toEqual(once);

		expect(await fictionalRows(db())).toEqual(before);
		expect(before.engagementActors).toHaveLength(1);
	});

	it('gives every demo record a history the workspace can show, its first version whole', async () => {
		await loadDemo(db());
		for (const kind of KINDS) {
			const ids = (DEMO_IDS as Partial<Record<string, string[]>>)[kind.type] ?? [];
			for (const id of ids) {
				const { entries } = await recordHistory(db(), kind, id);
				expect(
					entries.map((e) => e.action),
					`${kind.type} ${id}`
				).toEqual(['create']);
				// The snapshot is the record as the workspace reads it, join rows included.
				const current = await kind.get(db(), id);
				const first = await db()
					.selectFrom('revisions')
					.select('snapshot')
					.where('record_id', '=', id)
					.executeTakeFirstOrThrow();
				const snapshot = JSON.parse(first.snapshot) as Record<string, unknown>;
				expect(kind.fromSnapshot?.(snapshot) ?? snapshot, `${kind.type} ${id}`).toEqual(
					JSON.parse(JSON.stringify(current))
				);
			}
		}
	});

	it('restores an edited or deleted demo record to its shipped state', async () => {
		await loadDemo(db());
		const shipped = await db()
			.selectFrom('cases')
			.select(['title', 'version'])
			.where('id', '=', 'kz-case-dck-ban')
			.executeTakeFirstOrThrow();
		await db()
			.updateTable('cases')
			.set({ title: 'Edited', version: 2, deleted_at: AT })
			.where('id', '=', 'kz-case-dck-ban')
			.execute();
		await db()
			.insertInto('revisions')
			.values({
				id: 'edit-rev',
				record_type: 'case',
				record_id: 'kz-case-dck-ban',
				version: 2,
				action: 'update',
				snapshot: '{}',
				created_at: AT,
				created_by: null
			})
			.execute();

		await loadDemo(db());

		const reloaded = await db()
			.selectFrom('cases')
			.select(['title', 'version', 'deleted_at'])
			.where('id', '=', 'kz-case-dck-ban')
			.executeTakeFirstOrThrow();
		expect(reloaded).toEqual({ ...shipped, deleted_at: null });
		const revisions = await db()
			.selectFrom('revisions')
			.select(['version', 'action'])
			.where('record_type', '=', 'case')
			.where('record_id', '=', 'kz-case-dck-ban')
			.execute();
		expect(revisions).toEqual([{ version: 1, action: 'create' }]);
	});
});
