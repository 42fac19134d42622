import { sql } from 'kysely';
import { dialectOf, type DB } from '$lib/server/db/connect';
import type { LinkKind, RecordType } from '$lib/server/db/schema';
import { publicActorColumns } from './public-actors';
import { isPublished, isPublishedAttachment } from './visibility';
import { readShape } from '$lib/server/db/read-shape';

/*
 * Rows that join the records of one page, each fetched for a whole set of ids in one query.
 * Joined records are filtered by isPublished too; callers pass ids of published records only.
 */

const actors = readShape((db, p: { actorIds: readonly string[] }) =>
	db
		.selectFrom('actors')
		.where(isPublished('actors'))
		.where('actors.id', 'in', [...p.actorIds])
		.select(['actors.id', ...publicActorColumns])
		// Looked up by id, but in a set order so that it goes batched (read-batch.ts).
		.orderBy('actors.id')
);

export function loadActors(db: DB, actorIds: readonly string[]) {
	if (actorIds.length === 0) return Promise.resolve([]);
	return actors.execute(db, { actorIds });
}

const caseActors = readShape((db, p: { caseIds: readonly string[] }) =>
	db
		.selectFrom('case_actors')
		.innerJoin('actors', 'actors.id', 'case_actors.actor_id')
		.where(isPublished('actors'))
		.where('case_actors.case_id', 'in', [...p.caseIds])
		.select([
			'case_actors.case_id',
			'case_actors.actor_id',
			'case_actors.role',
			'case_actors.note',
			...publicActorColumns
		])
		.orderBy('actor_name')
);

export function loadCaseActors(db: DB, caseIds: readonly string[]) {
	if (caseIds.length === 0) return Promise.resolve([]);
	return caseActors.execute(db, { caseIds });
}

const engagementActors = readShape((db, p: { engagementIds: readonly string[] }) =>
	db
		.selectFrom('engagement_actors')
		.innerJoin('actors', 'actors.id', 'engagement_actors.actor_id')
		.where(isPublished('actors'))
		.where('engagement_actors.engagement_id', 'in', [...p.engagementIds])
		.select(['engagement_actors.engagement_id', 'engagement_actors.side', ...publicActorColumns])
		.orderBy('actor_name')
);

export function loadEngagementActors(db: DB, engagementIds: readonly string[]) {
	if (engagementIds.length === 0) return Promise.resolve([]);
	return engagementActors.execute(db, { engagementIds });
}

const caseLaws = readShape((db, p: { caseIds: readonly string[] }) =>
	db
		.selectFrom('case_laws')
		.innerJoin('laws', 'laws.id', 'case_laws.law_id')
		.where(isPublished('laws'))
		.where('case_laws.case_id', 'in', [...p.caseIds])
		.select(['case_laws.case_id', 'laws.id', 'laws.title', 'case_laws.note'])
		.orderBy('laws.title')
);

export function loadCaseLaws(db: DB, caseIds: readonly string[]) {
	if (caseIds.length === 0) return Promise.resolve([]);
	return caseLaws.execute(db, { caseIds });
}

const pledgeLaws = readShape((db, p: { pledgeIds: readonly string[] }) =>
	db
		.selectFrom('pledge_laws')
		.innerJoin('laws', 'laws.id', 'pledge_laws.law_id')
		.where(isPublished('laws'))
		.where('pledge_laws.pledge_id', 'in', [...p.pledgeIds])
		.select(['pledge_laws.pledge_id', 'laws.id', 'laws.title'])
		.orderBy('laws.title')
);

export function loadPledgeLaws(db: DB, pledgeIds: readonly string[]) {
	if (pledgeIds.length === 0) return Promise.resolve([]);
	return pledgeLaws.execute(db, { pledgeIds });
}

/**
 * Published typed links touching any of the given records. Links carry no workflow state of
 * their own, so the caller keeps a link only when the records at both ends are published ones
 * it holds.
 *
 * Given the types the records may be (`endTypes`), a link is found through the index on each
 * end, (type, id), so the cost follows the records asked about, not every link of the kinds.
 * SQLite, planning without statistics, would rather walk every link of the kinds through the
 * unique index led by the kind; a unary plus on the kind (as record-rows.ts does for the
 * country) leaves it the ends' indexes. PostgreSQL plans from statistics.
 */
export function loadLinks(
	db: DB,
	kinds: readonly LinkKind[],
	recordIds: readonly string[],
	endTypes?: readonly RecordType[]
) {
	if (recordIds.length === 0 || kinds.length === 0) return Promise.resolve([]);
	return links.execute(db, { kinds, ids: recordIds, types: endTypes });
}

const links = readShape(
	(
		db,
		p: {
			kinds: readonly LinkKind[];
			ids: readonly string[];
			types: readonly RecordType[] | undefined;
		}
	) => {
		const ids = [...p.ids];
		const types = p.types && [...p.types];
		const kind = sql.ref('links.kind');
		return db
			.selectFrom('links')
			.where(isPublishedAttachment('links'))
			.$if(types === undefined, (q) => q.where('links.kind', 'in', [...p.kinds]))
			.$if(types !== undefined, (q) =>
				q.where(sql`${dialectOf(db) === 'sqlite' ? sql`+${kind}` : kind}`, 'in', [...p.kinds])
			)
			.where((eb) =>
				types === undefined
					? eb.or([eb('links.from_id', 'in', ids), eb('links.to_id', 'in', ids)])
					: eb.or([
							eb.and([eb('links.from_type', 'in', types), eb('links.from_id', 'in', ids)]),
							eb.and([eb('links.to_type', 'in', types), eb('links.to_id', 'in', ids)])
						])
			)
			.select([
				'links.id',
				'links.kind',
				'links.from_type',
				'links.from_id',
				'links.to_type',
				'links.to_id',
				'links.note'
			])
			.orderBy('links.created_at')
			.orderBy('links.id');
	}
);
