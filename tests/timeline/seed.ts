import { randomUUID } from 'node:crypto';
import { parseDateInput, toColumns } from '../../src/lib/dates';
import type { DB } from '../../src/lib/server/db/connect';
import type {
	CasesTable,
	CaseType,
	DatePrecision,
	WorkflowStatus
} from '../../src/lib/server/db/schema';
import type { Insertable } from 'kysely';

/*
 * The fictional country XT ("Testland") the timeline tests read, seeded into each test
 * database. Every unpublished or deleted record and every internal field carries MARKER, so
 * one search of the serialised output proves none of it reached the public timeline.
 */

export const MARKER = 'TIMELINE-LEAK-4b1e';
export const now = '2024-01-01T00:00:00.000Z';
export const today = new Date('2024-06-30T00:00:00Z');

export function workflow(status: WorkflowStatus = 'published', deleted = false) {
	return {
		status,
		internal_notes: `${MARKER} internal note`,
		created_at: now,
		updated_at: now,
		published_at: status === 'published' ? now : null,
		deleted_at: deleted ? now : null
	};
}

/** The five columns of a date with precision, typed for an insert. */
export function dateCols<P extends 'start' | 'end' | 'published'>(prefix: P, text: string | null) {
	return toColumns(prefix, text ? parseDateInput(text) : null) as Record<
		`${P}_text` | `${P}_earliest` | `${P}_latest`,
		string | null
	> &
		Record<`${P}_precision`, DatePrecision | null> &
		Record<`${P}_note`, string>;
}

/** A "contradicted by" link from a pledge to a case, made at `createdAt`, published or not. */
export function contradict(
	db: DB,
	pledgeId: string,
	caseId: string,
	{ createdAt, published, note = '' }: { createdAt: string; published: boolean; note?: string }
) {
	return db
		.insertInto('links')
		.values({
			id: randomUUID(),
			kind: 'contradicted_by',
			from_type: 'pledge',
			from_id: pledgeId,
			to_type: 'case',
			to_id: caseId,
			note,
			created_at: createdAt,
			published_at: published ? createdAt : null
		})
		.execute();
}

export interface Ids {
	country: string;
	pledge: string;
	draftPledge: string;
	banned: string;
	draftCase: string;
	deletedCase: string;
	engagement: string;
}

export async function seed(db: DB): Promise<Ids> {
	const ids: Ids = {
		country: randomUUID(),
		pledge: randomUUID(),
		draftPledge: randomUUID(),
		banned: randomUUID(),
		draftCase: randomUUID(),
		deletedCase: randomUUID(),
		engagement: randomUUID()
	};
	await db
		.insertInto('countries')
		.values({
			id: ids.country,
			code: 'XT',
			name: 'Testland (fictional)',
			is_fictional: 1,
			...workflow()
		})
		.execute();
	const theme = randomUUID();
	await db
		.insertInto('themes')
		.values({ id: theme, slug: 'assembly', name: 'Assembly', ...workflow() })
		.execute();

	const pledge = (id: string, title: string, status: WorkflowStatus) =>
		db
			.insertInto('pledges')
			.values({
				id,
				country_id: ids.country,
				title,
				made_text: '2019-03',
				made_precision: 'month',
				made_earliest: '2019-03-01',
				made_latest: '2019-03-31',
				...workflow(status)
			})
			.execute();
	await pledge(ids.pledge, 'XT pledges a reformed assembly law', 'published');
	await pledge(ids.draftPledge, `${MARKER} draft pledge`, 'draft');

	const addCase = (
		id: string,
		title: string,
		type: CaseType,
		status: WorkflowStatus,
		deleted = false
	) =>
		db
			.insertInto('cases')
			.values({
				id,
				country_id: ids.country,
				title,
				case_type: type,
				ongoing: 1,
				...dateCols('start', '2018'),
				...dateCols('end', null),
				...workflow(status, deleted)
			})
			.execute();
	await addCase(ids.banned, 'XT opposition party banned', 'party_ban', 'published');
	await addCase(ids.draftCase, `${MARKER} draft case`, 'detention', 'in_review');
	await addCase(ids.deletedCase, `${MARKER} deleted case`, 'detention', 'published', true);

	await db
		.insertInto('engagements')
		.values({
			id: ids.engagement,
			country_id: ids.country,
			title: 'EU–XT dialogue',
			kind: 'dialogue',
			start_text: '2020-03',
			start_precision: 'month',
			start_earliest: '2020-03-01',
			start_latest: '2020-03-31',
			...workflow()
		})
		.execute();

	for (const [id, type] of [
		[ids.pledge, 'pledge'],
		[ids.banned, 'case'],
		[ids.draftCase, 'case']
	] as const) {
		await db
			.insertInto('record_themes')
			.values({ record_type: type, record_id: id, theme_id: theme })
			.execute();
	}
	for (const to of [ids.banned, ids.draftCase, ids.deletedCase])
		await contradict(db, ids.pledge, to, {
			createdAt: now,
			published: true,
			note: `${MARKER} link note`
		});
	await db
		.insertInto('pledge_assessments')
		.values([
			{
				id: randomUUID(),
				pledge_id: ids.pledge,
				rating: 'stalled',
				assessed_on: '2020-01-01',
				rationale: 'Earlier.',
				...workflow()
			},
			{
				id: randomUUID(),
				pledge_id: ids.pledge,
				rating: 'broken',
				assessed_on: '2021-01-01',
				rationale: 'Later.',
				...workflow()
			},
			{
				id: randomUUID(),
				pledge_id: ids.pledge,
				rating: 'kept',
				assessed_on: '2022-01-01',
				rationale: `${MARKER}`,
				...workflow('draft')
			}
		])
		.execute();

	const source = randomUUID();
	await db
		.insertInto('sources')
		.values({
			id: source,
			title: 'Fictional XT report',
			authors: 'Test Author',
			publisher: 'Test Press',
			kind: 'report',
			...dateCols('published', '2021-12'),
			...workflow()
		})
		.execute();
	await db
		.insertInto('citations')
		.values({
			id: randomUUID(),
			source_id: source,
			record_type: 'case',
			record_id: ids.banned,
			locator: 'p. 3',
			note: `${MARKER} citation note`,
			created_at: now,
			published_at: now
		})
		.execute();
	return ids;
}

/** Many generated published detentions in XT, one a week from 2000, for aggregation. */
export async function seedMany(db: DB, countryId: string, n: number) {
	const rows = Array.from({ length: n }, (_, i) => {
		const day = new Date(Date.UTC(2000, 0, 3) + i * 7 * 864e5).toISOString().slice(0, 10);
		return {
			id: randomUUID(),
			country_id: countryId,
			title: `Generated XT detention ${i}`,
			case_type: 'detention' as const,
			ongoing: 0 as const,
			...dateCols('start', day),
			...dateCols('end', null),
			...workflow()
		};
	});
	await insertCases(db, rows);
}

/** Inserts case rows a hundred at a time (a statement's parameters are limited). */
export async function insertCases(db: DB, rows: Insertable<CasesTable>[]) {
	for (let i = 0; i < rows.length; i += 100) {
		await db
			.insertInto('cases')
			.values(rows.slice(i, i + 100))
			.execute();
	}
}
