import { fromColumns, latestDate } from '$lib/dates';
import { toPublicActor } from './public-actors';
import type { loadCaseRows, loadEngagementRows } from './record-rows';
import type { loadCaseActors, loadCaseLaws, loadEngagementActors } from './joined-rows';
import type {
	PublicCase,
	PublicCitation,
	PublicEngagement,
	PublicLinkedRecord,
	PublicTheme
} from '$lib/domain/public-records';

/*
 * Published case and engagement rows in their public shape, shared by the country's records
 * (assemble.ts) and the open-data API (api.ts) so both read the same. Links arrive resolved:
 * the two resolve them differently (the API across countries), but shape them alike.
 */

type Row<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>[number];

export interface CaseParts {
	actors: readonly Row<typeof loadCaseActors>[];
	laws: readonly Row<typeof loadCaseLaws>[];
	themes: PublicTheme[];
	contradicts: PublicLinkedRecord[];
	related: PublicLinkedRecord[];
	citations: PublicCitation[];
}

export function toPublicCase(r: Row<typeof loadCaseRows>, parts: CaseParts): PublicCase {
	const withNote = (role: 'affected' | 'responsible') =>
		parts.actors.filter((a) => a.role === role).map((a) => ({ ...toPublicActor(a), note: a.note }));
	return {
		id: r.id,
		title: r.title,
		type: r.case_type,
		description: r.description,
		start: fromColumns(r, 'start'),
		end: fromColumns(r, 'end'),
		ongoing: Number(r.ongoing) === 1,
		ongoingAsOf:
			Number(r.ongoing) === 1 ? latestDate(parts.citations.map((c) => c.published)) : null,
		place: r.place,
		outcome: r.outcome,
		verification: r.verification,
		themes: parts.themes,
		affected: withNote('affected'),
		responsible: withNote('responsible'),
		laws: parts.laws.map((l) => ({ id: l.id, title: l.title, note: l.note })),
		contradicts: parts.contradicts,
		related: parts.related,
		citations: parts.citations
	};
}

export interface EngagementParts {
	actors: readonly Row<typeof loadEngagementActors>[];
	asksMadeFor: PublicLinkedRecord[];
	asksRaised: PublicLinkedRecord[];
	pledgesMade: PublicLinkedRecord[];
	citations: PublicCitation[];
}

export function toPublicEngagement(
	r: Row<typeof loadEngagementRows>,
	parts: EngagementParts
): PublicEngagement {
	return {
		id: r.id,
		title: r.title,
		kind: r.kind,
		euActors: r.eu_actors,
		counterparts: r.counterparts,
		euActorRecords: parts.actors.filter((a) => a.side === 'eu').map(toPublicActor),
		counterpartRecords: parts.actors.filter((a) => a.side === 'counterpart').map(toPublicActor),
		start: fromColumns(r, 'start'),
		end: fromColumns(r, 'end'),
		humanRightsClause: r.human_rights_clause,
		humanRightsRaised: r.human_rights_raised,
		description: r.description,
		asksMadeFor: parts.asksMadeFor,
		asksRaised: parts.asksRaised,
		pledgesMade: parts.pledgesMade,
		citations: parts.citations
	};
}
