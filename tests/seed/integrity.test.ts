import { beforeAll, expect, it } from 'vitest';
import type { RecordType } from '../../src/lib/server/db/schema.js';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { RECORD_TABLES } from '../../src/lib/server/repositories/records.js';
import { describeEachDatabase } from '../helpers/databases.js';

/*
 * The demo must hold only what the source gives, each record cited, and each date at the
 * precision the source supports. These checks read the database, not the seed's own lists.
 */

const CITED = [
	'country',
	'actor',
	'law',
	'pledge',
	'assessment',
	'case',
	'engagement',
	'ask'
] as const;

describeEachDatabase('demo record integrity', ({ db }) => {
	beforeAll(async () => {
		await loadDemo(db());
	});

	it('cites the source on every record of every type', async () => {
		for (const type of CITED) {
			const rows = await db().selectFrom(RECORD_TABLES[type]).select('id').execute();
			expect(rows.length, type).toBeGreaterThan(0);
			const cited = new Set(
				(
					await db()
						.selectFrom('citations')
						.select('record_id')
						.where('record_type', '=', type)
						.execute()
				).map((c) => c.record_id)
			);
			const uncited = rows.map((r) => r.id).filter((id) => !cited.has(id));
			expect(uncited, `${type} records without a citation`).toEqual([]);
		}
	});

	it('has no citation or link pointing to a missing record', async () => {
		async function exists(type: RecordType, id: string): Promise<boolean> {
			if (!(type in RECORD_TABLES)) return false;
			const table = RECORD_TABLES[type as keyof typeof RECORD_TABLES];
			const row = await db().selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
			return row !== undefined;
		}
		const citations = await db().selectFrom('citations').selectAll().execute();
		expect(citations.length).toBeGreaterThan(0);
		for (const c of citations) {
			expect(await exists(c.record_type, c.record_id), `${c.record_type} ${c.record_id}`).toBe(
				true
			);
			expect(await exists('source', c.source_id), c.source_id).toBe(true);
		}
		const links = await db().selectFrom('links').selectAll().execute();
		expect(links.length).toBeGreaterThan(0);
		for (const l of links) {
			expect(await exists(l.from_type, l.from_id), l.from_id).toBe(true);
			expect(await exists(l.to_type, l.to_id), l.to_id).toBe(true);
		}
	});

	it('publishes every demo record', async () => {
		for (const type of [...CITED, 'source', 'theme'] as const) {
			const rows = await db()
				.selectFrom(RECORD_TABLES[type])
				.select(['id', 'status', 'published_at'])
				.execute();
			for (const row of rows) {
				expect(row.status, row.id).toBe('published');
				expect(row.published_at, row.id).not.toBeNull();
			}
		}
	});

	it('dates every case, or marks it as known only to precede the source', async () => {
		const cases = await db().selectFrom('cases').selectAll().execute();
		expect(cases).toHaveLength(9);
		for (const c of cases) {
			expect(c.start_text, c.id).not.toBeNull();
			if (c.start_precision === 'before') {
				expect(c.start_earliest, c.id).toBeNull();
				expect(c.start_latest, c.id).toBe('2021-11-30');
			} else {
				expect(c.start_earliest, c.id).not.toBeNull();
			}
		}
	});

	it('keeps the precision the source gives', async () => {
		const cases = new Map(
			(await db().selectFrom('cases').selectAll().execute()).map((c) => [c.id, c])
		);
		const start = (id: string) => {
			const c = cases.get(id);
			return [c?.start_text, c?.start_precision, Boolean(c?.ongoing)];
		};
		expect(start('kz-case-dck-ban')).toEqual(['2018', 'year', true]);
		expect(start('kz-case-koshe-ban')).toEqual(['2020', 'year', true]);
		expect(start('kz-case-instagram-investigation')).toEqual(['2021-05', 'month', false]);
		expect(start('kz-case-bokaev-restrictions')).toEqual(['2021-02', 'month', true]);
		expect(start('kz-case-affiliation-prosecutions')).toEqual(['2021-11', 'before', false]);
		expect(start('kz-case-union-registration')).toEqual(['2021-11', 'before', true]);
		expect(start('kz-case-protest-dispersal')).toEqual(['2021-11', 'before', true]);

		const hola = cases.get('kz-case-hola-news-blocking');
		expect(hola?.start_precision).toBe('range');
		expect(hola?.start_note).toMatch(/weeks before late November 2021/i);

		const prison = cases.get('kz-case-bokaev-imprisonment');
		expect([prison?.end_text, prison?.end_precision]).toEqual(['2021-02', 'month']);
		expect(prison?.start_note).toMatch(/derived/i);
		expect(prison?.start_note).toMatch(/five-year sentence/i);

		const visit = await db()
			.selectFrom('engagements')
			.selectAll()
			.where('id', '=', 'kz-eng-tokayev-visit-2021')
			.executeTakeFirstOrThrow();
		expect([visit.start_text, visit.start_precision, visit.end_text, visit.end_precision]).toEqual([
			'2021-11-25',
			'day',
			'2021-11-26',
			'day'
		]);
		expect(visit.human_rights_raised).toBe('unknown');

		const epca = await db()
			.selectFrom('engagements')
			.selectAll()
			.where('id', '=', 'kz-eng-epca')
			.executeTakeFirstOrThrow();
		expect([epca.start_text, epca.start_precision, epca.human_rights_clause]).toEqual([
			'2020-03',
			'month',
			'yes'
		]);
	});

	it('never names the Instagram user', async () => {
		const user = await db()
			.selectFrom('actors')
			.selectAll()
			.where('id', '=', 'kz-actor-instagram-user')
			.executeTakeFirstOrThrow();
		expect(user.name).toBe('Instagram user (not named)');
		expect(user.aliases).toBe('[]');
		expect(user.at_risk).toBe(1);
		expect(user.public_pseudonym).toBe('An Instagram user');
	});

	it('holds the one source, an opinion piece without a web address', async () => {
		const sources = await db().selectFrom('sources').selectAll().execute();
		expect(sources).toHaveLength(1);
		const [source] = sources;
		expect(source?.url).toBeNull();
		expect(source?.kind).toBe('opinion');
		expect(source?.publisher).toBe('EUobserver');
		expect(source?.captured_on).toBe('2021-12-04');
		expect(source?.published_precision).toBe('before');
		expect(source?.description).toMatch(/authors' view/);
	});

	it('rates every pledge and links the assembly pledge to the dispersals', async () => {
		const pledges = await db()
			.selectFrom('pledges')
			.leftJoin('pledge_assessments', 'pledge_assessments.pledge_id', 'pledges.id')
			.select(['pledges.id', 'pledge_assessments.rating'])
			.execute();
		expect(pledges).toHaveLength(3);
		for (const p of pledges) expect(p.rating, p.id).not.toBeNull();

		const link = await db()
			.selectFrom('links')
			.selectAll()
			.where('kind', '=', 'contradicted_by')
			.where('from_id', '=', 'kz-pledge-assembly-law')
			.executeTakeFirstOrThrow();
		expect(link.to_id).toBe('kz-case-protest-dispersal');
		expect(link.note).not.toBe('');
	});
});
