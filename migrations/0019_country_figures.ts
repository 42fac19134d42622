import * as derived from './derived-tables.js';

/*
 * Two derived tables for the public country page's figures (issue 13), so the counts that grow
 * with the record cost the page the same however large it grows:
 *
 * country_case_counts: per country and case type, how many of its cases the public sees
 * (published, not in the trash). The page's case count is the sum of a country's few rows, its
 * political prisoners (imprisonment and detention) the sum of two; no longer a walk over every
 * case's index entry. Kept by adding and taking away one as a case comes, goes or changes.
 * Who is held now depends on the day, so that count is not kept: the page counts it, the
 * cases still held (ongoing) from the index of migration 0010 and those released on or after
 * the day from a new index by the day of release, each a range of a few entries instead of a
 * walk over every custody case.
 *
 * public_pledges: per pledge the public sees (published, not in the trash), its country, its
 * current rating (its latest published, untrashed assessment in the order of
 * src/lib/server/repositories/assessment-order.ts, else 'not_yet_rated') and whether a
 * published case of its country contradicts it (a published 'contradicted_by' link from the
 * pledge to a published, untrashed case of the same country). The page counts a country's
 * pledges by rating and the contradicted ones from its rows, not by probing every pledge's
 * assessments and links. A pledge's row is worked out again whenever the pledge, one of its
 * assessments, one of its contradicting links or a case at the far end of one changes.
 *
 * Like 0015's and 0017's tables: never written by the app, left out of the full archive
 * (loading the records fills them again). tests/public/country-figures.test.ts checks both.
 *
 * Frozen in time: imports nothing from src/ (its triggers are written by ./derived-tables.ts).
 */

const PUBLIC = (alias: string) => `${alias}.status = 'published' and ${alias}.deleted_at is null`;

/** Counts the case row `row` (old or new) in, or out, when the public sees it. */
function countCase(row: 'old' | 'new', by: 1 | -1): string[] {
	const seen = `${row}.status = 'published' and ${row}.deleted_at is null`;
	if (by === 1) {
		return [
			`insert into country_case_counts (country_id, case_type, n) ` +
				`select ${row}.country_id, ${row}.case_type, 1 where ${seen} ` +
				`on conflict (country_id, case_type) do update set n = country_case_counts.n + 1`
		];
	}
	const same = `country_id = ${row}.country_id and case_type = ${row}.case_type`;
	return [
		`update country_case_counts set n = n - 1 where ${same} and ${seen}`,
		`delete from country_case_counts where ${same} and n = 0`
	];
}

/** Every country's counts, from the cases as they are. */
const FILL_CASE_COUNTS =
	`insert into country_case_counts (country_id, case_type, n) ` +
	`select c.country_id, c.case_type, count(*) from cases c where ${PUBLIC('c')} group by c.country_id, c.case_type`;

/** The current rating of the pledge `p`: its latest published assessment's. */
const CURRENT_RATING =
	`coalesce((select a.rating from pledge_assessments a where a.pledge_id = p.id and ${PUBLIC('a')} ` +
	`order by a.assessed_on desc, a.created_at desc, a.id desc limit 1), 'not_yet_rated')`;

/** Whether a published case of the pledge `p`'s country contradicts it. */
const CONTRADICTED =
	`case when exists (select 1 from links l join cases c on c.id = l.to_id ` +
	`where l.kind = 'contradicted_by' and l.from_type = 'pledge' and l.from_id = p.id and l.to_type = 'case' ` +
	`and l.published_at is not null and ${PUBLIC('c')} and c.country_id = p.country_id) then 1 else 0 end`;

/** Inserts the rows of the pledges whose ids `ids` (an SQL list query) gives (all without it). */
function fillPledges(ids?: string): string {
	return (
		`insert into public_pledges (pledge_id, country_id, rating, contradicted) ` +
		`select p.id, p.country_id, ${CURRENT_RATING}, ${CONTRADICTED} from pledges p ` +
		`where ${PUBLIC('p')}${ids ? ` and p.id in (${ids})` : ''}`
	);
}

/** Works out the rows of the pledges whose ids `ids` gives again. */
function refreshPledges(ids: string): string[] {
	return [`delete from public_pledges where pledge_id in (${ids})`, fillPledges(ids)];
}

/** The pledge a link row (old or new) contradicts, if it is a contradicting link. */
const contradictedPledge = (row: 'old' | 'new') =>
	`select ${row}.from_id where ${row}.kind = 'contradicted_by' and ${row}.from_type = 'pledge'`;

/** The pledges the case row `row` (old or new) is linked to as contradicting. */
const contradictedByCase = (row: 'old' | 'new') =>
	`select l.from_id from links l where l.to_type = 'case' and l.to_id = ${row}.id ` +
	`and l.kind = 'contradicted_by' and l.from_type = 'pledge'`;

const TRIGGERS: derived.RowTrigger[] = [
	...derived.rowTriggers('country_case_counts', 'cases', {
		insert: [...countCase('new', 1), ...refreshPledges(contradictedByCase('new'))],
		update: [
			...countCase('old', -1),
			...countCase('new', 1),
			...refreshPledges(`${contradictedByCase('old')} union ${contradictedByCase('new')}`)
		],
		delete: [...countCase('old', -1), ...refreshPledges(contradictedByCase('old'))]
	}),
	...derived.rowTriggers('public_pledges', 'pledges', {
		insert: refreshPledges('select new.id'),
		update: refreshPledges('select old.id union select new.id'),
		delete: ['delete from public_pledges where pledge_id = old.id']
	}),
	...derived.rowTriggers('public_pledges_assessments', 'pledge_assessments', {
		insert: refreshPledges('select new.pledge_id'),
		update: refreshPledges('select old.pledge_id union select new.pledge_id'),
		delete: refreshPledges('select old.pledge_id')
	}),
	...derived.rowTriggers('public_pledges_links', 'links', {
		insert: refreshPledges(contradictedPledge('new')),
		update: refreshPledges(`${contradictedPledge('old')} union ${contradictedPledge('new')}`),
		delete: refreshPledges(contradictedPledge('old'))
	})
];

export async function up(db: derived.AnyDb): Promise<void> {
	await derived.run(
		db,
		`create table country_case_counts (
			country_id text not null,
			case_type text not null,
			n integer not null,
			primary key (country_id, case_type)
		)`
	);
	await derived.run(
		db,
		`create table public_pledges (
			pledge_id text primary key,
			country_id text not null,
			rating text not null,
			contradicted integer not null
		)`
	);
	// A country's pledges, with what the page counts of them: read from the index alone.
	await derived.run(
		db,
		`create index public_pledges_country_idx on public_pledges (country_id, rating, contradicted)`
	);
	// A country's public cases of a type by the latest day they ended (who is held on a day).
	await derived.run(
		db,
		`create index cases_public_end_idx on cases (country_id, status, deleted_at, case_type, end_latest, ongoing)`
	);
	// The rows that exist already, filled once; then the triggers keep them.
	await derived.run(db, FILL_CASE_COUNTS);
	await derived.run(db, fillPledges());
	await derived.createTriggers(db, TRIGGERS);
	await derived.analyze(db, ['country_case_counts', 'public_pledges']);
}

export async function down(db: derived.AnyDb): Promise<void> {
	await derived.drop(db, TRIGGERS, ['public_pledges', 'country_case_counts']);
	await derived.run(db, 'drop index cases_public_end_idx');
}
