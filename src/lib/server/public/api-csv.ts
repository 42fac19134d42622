import { stringify } from 'csv-stringify/sync';
import { formatDate, type PreciseDate } from '$lib/dates';
import { guardCell } from '$lib/server/csv/write';
import type { ApiResource } from './api-params';
import type { ApiCase, ApiCountry, ApiEngagement, ApiPledge } from './api-types';

/*
 * The open-data lists flattened to one row per record for spreadsheets. Dates keep their
 * precision: the text as the source gives it, how it reads, and the earliest and latest day
 * to sort and filter on. Lists inside a cell are joined with "; ".
 */

type Column<T> = [header: string, cell: (item: T) => string | number | boolean | null];

const joined = (values: readonly string[]) => values.join('; ');

const dateColumns = <T>(name: string, get: (item: T) => PreciseDate | null): Column<T>[] => [
	[name, (i) => (get(i) ? formatDate(get(i)) : '')],
	[`${name}_text`, (i) => get(i)?.text ?? ''],
	[`${name}_precision`, (i) => get(i)?.precision ?? ''],
	[`${name}_earliest`, (i) => get(i)?.earliest ?? ''],
	[`${name}_latest`, (i) => get(i)?.latest ?? '']
];

const COUNTRY: Column<ApiCountry>[] = [
	['code', (c) => c.code],
	['name', (c) => c.name],
	['region', (c) => c.region],
	['fictional', (c) => c.isFictional],
	['pledges', (c) => c.pledgeCount],
	['cases', (c) => c.caseCount],
	['ratings', (c) => joined(c.ratings.map((r) => `${r.rating}: ${r.count}`))],
	['sources', (c) => joined(c.citations.map((s) => s.title))],
	['summary', (c) => c.summary]
];

const PLEDGE: Column<ApiPledge>[] = [
	['id', (p) => p.id],
	['country', (p) => p.country],
	['title', (p) => p.title],
	['promise', (p) => p.promise],
	['made_by', (p) => p.madeBy?.name ?? ''],
	['occasion', (p) => p.occasion],
	...dateColumns<ApiPledge>('made', (p) => p.made),
	['engagement', (p) => p.engagement?.title ?? ''],
	['deadline', (p) => p.deadline ?? ''],
	['deadline_missed', (p) => p.deadlineMissed],
	['rating', (p) => p.current.rating],
	['rated_on', (p) => p.current.assessedOn ?? ''],
	['rating_rationale', (p) => p.current.rationale],
	['themes', (p) => joined(p.themes.map((t) => t.slug))],
	['contradicted_by', (p) => joined(p.contradictedBy.map((c) => c.id))],
	['supported_by', (p) => joined(p.supportedBy.map((c) => c.id))],
	['laws', (p) => joined(p.laws.map((l) => l.title))],
	['sources', (p) => joined(p.citations.map((c) => c.title))],
	['description', (p) => p.description]
];

const CASE: Column<ApiCase>[] = [
	['id', (c) => c.id],
	['country', (c) => c.country],
	['title', (c) => c.title],
	['type', (c) => c.type],
	...dateColumns<ApiCase>('start', (c) => c.start),
	...dateColumns<ApiCase>('end', (c) => c.end),
	['ongoing', (c) => c.ongoing],
	// How far "ongoing" is known: the latest published source's date, as the API's ongoingAsOf.
	...dateColumns<ApiCase>('ongoing_as_of', (c) => c.ongoingAsOf),
	['place', (c) => c.place],
	['verification', (c) => c.verification],
	['themes', (c) => joined(c.themes.map((t) => t.slug))],
	['affected', (c) => joined(c.affected.map((a) => a.name))],
	['responsible', (c) => joined(c.responsible.map((a) => a.name))],
	['laws', (c) => joined(c.laws.map((l) => l.title))],
	['contradicts', (c) => joined(c.contradicts.map((p) => p.id))],
	['outcome', (c) => c.outcome],
	['sources', (c) => joined(c.citations.map((s) => s.title))],
	['description', (c) => c.description]
];

const ENGAGEMENT: Column<ApiEngagement>[] = [
	['id', (e) => e.id],
	['country', (e) => e.country],
	['title', (e) => e.title],
	['kind', (e) => e.kind],
	...dateColumns<ApiEngagement>('start', (e) => e.start),
	...dateColumns<ApiEngagement>('end', (e) => e.end),
	['eu_actors', (e) => e.euActors],
	['counterparts', (e) => e.counterparts],
	['human_rights_clause', (e) => e.humanRightsClause],
	['human_rights_raised', (e) => e.humanRightsRaised],
	['asks_made_for', (e) => joined(e.asksMadeFor.map((a) => a.title))],
	['asks_raised', (e) => joined(e.asksRaised.map((a) => a.title))],
	['sources', (e) => joined(e.citations.map((s) => s.title))],
	['description', (e) => e.description]
];

export interface ApiItems {
	countries: ApiCountry;
	pledges: ApiPledge;
	cases: ApiCase;
	engagements: ApiEngagement;
}

const COLUMNS: { [R in ApiResource]: Column<ApiItems[R]>[] } = {
	countries: COUNTRY,
	pledges: PLEDGE,
	cases: CASE,
	engagements: ENGAGEMENT
};

function cell(value: string | number | boolean | null): string {
	if (value === null) return '';
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	return typeof value === 'number' ? String(value) : guardCell(value);
}

export function toApiCsv<R extends ApiResource>(
	resource: R,
	items: readonly ApiItems[R][]
): string {
	const columns = COLUMNS[resource];
	return stringify(
		items.map((item) => columns.map(([, get]) => cell(get(item)))),
		{ header: true, columns: columns.map(([header]) => header) }
	);
}
