import { sql, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { fromColumns, latestDate } from '$lib/dates';
import type { DB } from '$lib/server/db/connect';
import type { CaseType, Database } from '$lib/server/db/schema';
import { toPublicActor } from './public-actors';
import { loadCitations } from './cite';
import { publishedCases } from './record-rows';
import { loadCaseActors } from './joined-rows';
import type {
	PublicPrisoner,
	PublicPrisonerList,
	PublicRestriction
} from '$lib/domain/public-records';
import { groupBy, isPublishedAttachment } from './visibility';
import { readShape } from '$lib/server/db/read-shape';

/*
 * Political prisoners are not a record type of their own: they are derived from published
 * cases. Each imprisonment or detention case is one entry (its affected people, the period
 * held, and the release when it ended), and the restrictions imposed after release are the
 * published activity-restriction cases that either a researcher linked to it as related, or
 * that affect the same person and began no earlier than the release.
 */

export const CUSTODY_TYPES: readonly CaseType[] = ['imprisonment', 'detention'];

const dateCols = (p: 'start' | 'end') =>
	[
		`cases.${p}_text`,
		`cases.${p}_precision`,
		`cases.${p}_earliest`,
		`cases.${p}_latest`,
		`cases.${p}_note`
	] as const;

/** Held on `today`: ongoing, or released no earlier than `today`. */
const heldOn = (today: string) =>
	sql<SqlBool>`(${sql.ref('cases.ongoing')} = 1 or ${sql.ref('cases.end_latest')} >= ${today})`;

/**
 * How many custody cases a country has (`total`) and how many are held on `today`
 * (`current`, as countHeldPrisoners counts them), as a one-row query.
 */
export function countPoliticalPrisoners(db: DB, countryId: string, today: string) {
	const total = publishedCases(db, countryId, { types: CUSTODY_TYPES }).select((eb) =>
		eb.fn.countAll<number>().as('total')
	);
	return db
		.selectFrom([total.as('total'), countHeldPrisoners(db, countryId, today).as('held')])
		.selectAll();
}

/**
 * How many custody cases of a country are held on `today` (`current`), as a one-row query: the
 * country page joins it to the total it reads from migration 0019's counts. The cases held
 * (heldOn) counted in two parts, each an index range of the few held: the ongoing, and the
 * others released on or after `today` (migration 0019's index by the day of release).
 */
export function countHeldPrisoners(db: DB, countryId: string, today: string) {
	const custody = () => publishedCases(db, countryId, { types: CUSTODY_TYPES });
	const ongoing = custody()
		.where('cases.ongoing', '=', 1)
		.select((eb) => eb.fn.countAll<number>().as('n'));
	const releasedLater = custody()
		.where('cases.end_latest', '>=', today)
		.where('cases.ongoing', '<>', 1)
		.select((eb) => eb.fn.countAll<number>().as('n'));
	return db.selectNoFrom(sql<number>`(${ongoing}) + (${releasedLater})`.as('current'));
}

/** The counts as a list reports them; PostgreSQL's sum of no rows is null. */
export function prisonerTotals(row: { total: unknown; current: unknown } | undefined) {
	const total = Number(row?.total ?? 0);
	const current = Number(row?.current ?? 0);
	return { total, current, former: total - current };
}

export async function listPoliticalPrisoners(
	db: DB,
	countryId: string,
	options: { today: string; limit: number; offset?: number }
): Promise<PublicPrisonerList> {
	const [counts, items] = await Promise.all([
		countPoliticalPrisoners(db, countryId, options.today).executeTakeFirst(),
		listPrisonerItems(db, countryId, options)
	]);
	return { ...prisonerTotals(counts), items };
}

/** The latest day a case held someone: its end, else (ongoing, or no end day known) its start. */
const latestDayHeld = sql<
	string | null
>`coalesce(${sql.ref('cases.end_latest')}, ${sql.ref('cases.start_latest')})`;

/** Held now first, then by the latest day held, most recent first. */
const heldFirst = <O>(q: SelectQueryBuilder<Database, 'cases', O>, today: string) =>
	q
		.orderBy(sql`case when ${heldOn(today)} then 0 else 1 end`)
		.orderBy(latestDayHeld, 'desc')
		.orderBy('cases.title')
		.orderBy('cases.id');

/*
 * A page of the list is merged from parts that each read their first `take` (the page's limit
 * plus its offset) in the list's order, so none can hold back a row the page or the rows before
 * it need: per custody type the ongoing, and the former (not ongoing, released before `today`
 * or on no known day); and those released on or after `today`. Each is read in order from
 * migration 0021's index (a type's cases by the latest day held, title and id), walking only
 * until it has `take`, skipping the held among the former, instead of sorting every custody
 * case of the country (~1,860 of Testland's 10,000) to show six. Those released on or after
 * `today` are the index's range from `today` on, a few entries sorted whole.
 */
const prisonerRows = readShape(
	(db, p: { countryId: string; today: string; take: number; limit: number; offset: number }) => {
		const part = (types: readonly CaseType[], held: 0 | 1) =>
			publishedCases(db, p.countryId, { types }).select([
				'cases.id',
				sql<number>`${sql.lit(held)}`.as('held'),
				latestDayHeld.as('day'),
				'cases.title'
			]);
		const inOrder = <O>(q: SelectQueryBuilder<Database, 'cases', O>) =>
			q.orderBy(latestDayHeld, 'desc').orderBy('cases.title').orderBy('cases.id').limit(p.take);
		const parts = [
			...CUSTODY_TYPES.map((type) => inOrder(part([type], 0).where('cases.ongoing', '=', 1))),
			// Released on or after `today`: the latest day they were held is their end, so the
			// first condition (implied by the second) is the range the index reads.
			inOrder(
				part(CUSTODY_TYPES, 0)
					.where(latestDayHeld, '>=', p.today)
					.where('cases.end_latest', '>=', p.today)
					.where('cases.ongoing', '<>', 1)
			),
			...CUSTODY_TYPES.map((type) =>
				inOrder(
					part([type], 1)
						.where('cases.ongoing', '<>', 1)
						.where((eb) =>
							eb.or([eb('cases.end_latest', 'is', null), eb('cases.end_latest', '<', p.today)])
						)
				)
			)
		].map((q, i) => db.selectFrom(q.as(`part${String(i)}`)).selectAll());
		const merged = parts.reduce((all, q) => all.unionAll(q));
		const page = db
			.selectFrom(merged.as('parts'))
			.select('parts.id')
			.orderBy('parts.held')
			.orderBy('parts.day', 'desc')
			.orderBy('parts.title')
			.orderBy('parts.id')
			.limit(p.limit)
			.offset(p.offset);
		// Only the page's rows are read whole (as record-rows.ts does for the recent lists).
		return heldFirst(
			db
				.selectFrom('cases')
				.where('cases.id', 'in', page)
				.select([
					'cases.id',
					'cases.title',
					'cases.case_type',
					'cases.ongoing',
					'cases.outcome',
					...dateCols('start'),
					...dateCols('end')
				]),
			p.today
		);
	}
);

/** Restrictions a researcher linked as related to any of the cases `ids`, in either direction. */
const linkedRestrictions = readShape((db, p: { countryId: string; ids: readonly string[] }) =>
	db
		.selectFrom('links')
		.innerJoin('cases', (join) =>
			join.on((eb) =>
				eb.or([
					eb.and([eb('links.to_id', '=', eb.ref('cases.id')), eb('links.from_id', 'in', p.ids)]),
					eb.and([eb('links.from_id', '=', eb.ref('cases.id')), eb('links.to_id', 'in', p.ids)])
				])
			)
		)
		.where(isPublishedAttachment('links'))
		.where('links.kind', '=', 'related_to')
		.where('links.from_type', '=', 'case')
		.where('links.to_type', '=', 'case')
		.where('cases.id', 'in', () =>
			publishedCases(db, p.countryId, { types: ['activity_restriction'] }).select('cases.id')
		)
		.select([
			'links.from_id',
			'links.to_id',
			'links.note',
			'cases.id',
			'cases.title',
			'cases.ongoing',
			...dateCols('start'),
			...dateCols('end')
		])
);

/** Restrictions on any of the people `personIds`, matched to a release by listPrisonerItems. */
const samePersonRestrictions = readShape(
	(db, p: { countryId: string; personIds: readonly string[] }) =>
		publishedCases(db, p.countryId, { types: ['activity_restriction'] })
			.innerJoin('case_actors', 'case_actors.case_id', 'cases.id')
			.where('case_actors.role', '=', 'affected')
			.where('case_actors.actor_id', 'in', p.personIds)
			.select([
				'case_actors.actor_id',
				'cases.id',
				'cases.title',
				'cases.ongoing',
				...dateCols('start'),
				...dateCols('end')
			])
);

/** One page of a country's political prisoners, held now first (the list without its counts). */
export async function listPrisonerItems(
	db: DB,
	countryId: string,
	{ today, limit, offset = 0 }: { today: string; limit: number; offset?: number }
): Promise<PublicPrisoner[]> {
	const rows = await prisonerRows.execute(db, {
		countryId,
		today,
		take: limit + offset,
		limit,
		offset
	});
	if (rows.length === 0) return [];

	const ids = rows.map((r) => r.id);
	// The linked restrictions need only the cases, so they are read beside the people (one
	// statement on PostgreSQL, read-batch.ts), not after them.
	const [actors, linked] = await Promise.all([
		loadCaseActors(db, ids),
		linkedRestrictions.execute(db, { countryId, ids })
	]);
	const affected = actors.filter((a) => a.role === 'affected');
	const personIds = [...new Set(affected.map((a) => a.actor_id))];
	const samePerson =
		personIds.length === 0
			? []
			: await samePersonRestrictions.execute(db, { countryId, personIds });

	// "Ongoing" is known only up to the latest published source of each ongoing case.
	const ongoingIds = [...rows, ...linked, ...samePerson]
		.filter((r) => Number(r.ongoing) === 1)
		.map((r) => r.id);
	const citations = await loadCitations(db, [{ type: 'case', ids: [...new Set(ongoingIds)] }]);
	const asOf = (r: { id: string; ongoing: unknown }) =>
		Number(r.ongoing) === 1 ? latestDate(citations.of('case', r.id).map((c) => c.published)) : null;

	const toRestriction = (
		r: (typeof samePerson)[number] | (typeof linked)[number],
		note: string
	): PublicRestriction => ({
		id: r.id,
		title: r.title,
		start: fromColumns(r, 'start'),
		end: fromColumns(r, 'end'),
		ongoing: Number(r.ongoing) === 1,
		ongoingAsOf: asOf(r),
		note
	});
	const affectedByCase = groupBy(affected, (a) => a.case_id);

	return rows.map((r): PublicPrisoner => {
		const end = fromColumns(r, 'end');
		const ongoing = Number(r.ongoing) === 1;
		const isHeld = ongoing || (end?.latest ?? '') >= today;
		const people = affectedByCase.get(r.id) ?? [];
		const restrictions = new Map<string, PublicRestriction>();
		for (const l of linked) {
			if (l.from_id === r.id || l.to_id === r.id) restrictions.set(l.id, toRestriction(l, l.note));
		}
		// Matched by person: began on or after the earliest day of the release.
		const released = end?.earliest;
		if (!isHeld && released) {
			const mine = new Set(people.map((p) => p.actor_id));
			for (const s of samePerson) {
				const began = s.start_latest ?? s.start_earliest;
				if (mine.has(s.actor_id) && began !== null && began >= released && !restrictions.has(s.id))
					restrictions.set(s.id, toRestriction(s, ''));
			}
		}
		return {
			caseId: r.id,
			title: r.title,
			type: r.case_type,
			people: people.map(toPublicActor),
			start: fromColumns(r, 'start'),
			end,
			ongoing,
			ongoingAsOf: asOf(r),
			current: isHeld,
			release: isHeld ? null : end,
			outcome: r.outcome,
			restrictions: [...restrictions.values()]
		};
	});
}
