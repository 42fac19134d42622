import { fromColumns, latestDate, type DateColumns } from '$lib/dates';
import type { Rating } from '$lib/domain/vocabulary';
import { caseActorNoteId, caseLawNoteId } from '$lib/domain/translations';
import { isDeadlineMissed } from '$lib/server/repositories/pledges';
import { toPublicActor } from './public-actors';
import type { loadCaseRows, loadEngagementRows, loadPledgeRows } from './record-rows';
import type { loadCaseActors, loadCaseLaws, loadEngagementActors } from './joined-rows';
import type { ApiCase, ApiEngagement, ApiPledge, ApiRating } from './api-types';
import type {
	PublicActor,
	PublicCase,
	PublicCitation,
	PublicEngagement,
	PublicLinkedRecord,
	PublicRecentCase,
	PublicRecordRef,
	PublicTheme
} from '$lib/domain/public-records';

/*
 * Published rows in their public shape, shared by the country's records (assemble.ts) and the
 * open-data API (api.ts) so both read the same; pure functions, so the API, its CSV and the
 * pages map the same loaded rows. Links arrive resolved: the two resolve them differently (the
 * API across countries), but shape them alike.
 */

type Row<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>[number];

/**
 * The engagement a pledge was made at: its own column, else its first made-at link. `madeAt`
 * holds the pledge-to-engagement links the caller may show, `titleOf` the engagements it may
 * name; one it may not name is no engagement (never the next link instead).
 */
/** The columns a case's short line is made from (a list, a law's or a country's latest cases). */
type CaseLineRow = {
	id: string;
	title: string;
	case_type: PublicRecentCase['type'];
	ongoing: number | boolean;
} & DateColumns<'start'> &
	DateColumns<'end'>;

/** A case as one line: its title, type and span. */
export function toCaseLine(c: CaseLineRow): PublicRecentCase {
	return {
		id: c.id,
		title: c.title,
		type: c.case_type,
		start: fromColumns(c, 'start'),
		end: fromColumns(c, 'end'),
		ongoing: Number(c.ongoing) === 1
	};
}

export function madeAtEngagement(
	pledge: { id: string; engagement_id: string | null },
	madeAt: readonly { from_id: string; to_id: string }[],
	titleOf: (engagementId: string) => string | undefined
): PublicRecordRef | null {
	const id = pledge.engagement_id ?? madeAt.find((l) => l.from_id === pledge.id)?.to_id;
	const title = id === undefined ? undefined : titleOf(id);
	return id !== undefined && title !== undefined ? { id, title } : null;
}

export interface ApiPledgeParts {
	madeBy: PublicActor | null;
	engagement: PublicRecordRef | null;
	themes: PublicTheme[];
	/** The citations of the current assessment. */
	currentCitations: PublicCitation[];
	contradictedBy: PublicLinkedRecord[];
	supportedBy: PublicLinkedRecord[];
	laws: readonly PublicRecordRef[];
	citations: PublicCitation[];
	/** YYYY-MM-DD the deadline is judged on. */
	today: string;
}

/** The columns of a pledge's current assessment, all null while it is not yet rated. */
type CurrentRatingColumns = {
	assessment_id: string | null;
	rating: Rating | null;
	assessed_on: string | null;
	rationale: string | null;
};

/** A published pledge as the open data gives it, its country named by code. */
export function toApiPledge(
	r: Row<typeof loadPledgeRows> & CurrentRatingColumns,
	country: string,
	parts: ApiPledgeParts
): ApiPledge {
	const current: ApiRating = {
		assessmentId: r.assessment_id ?? null,
		rating: r.rating ?? 'not_yet_rated',
		assessedOn: r.assessed_on ?? null,
		rationale: r.rationale ?? '',
		citations: parts.currentCitations
	};
	return {
		id: r.id,
		country,
		title: r.title,
		promise: r.promise,
		description: r.description,
		madeBy: parts.madeBy,
		occasion: r.occasion,
		made: fromColumns(r, 'made'),
		engagement: parts.engagement,
		deadline: r.deadline,
		deadlineMissed: isDeadlineMissed(r, current.rating, parts.today),
		themes: parts.themes,
		current,
		contradictedBy: parts.contradictedBy,
		supportedBy: parts.supportedBy,
		laws: parts.laws.map((l) => ({ id: l.id, title: l.title })),
		citations: parts.citations
	};
}

export interface CaseParts {
	actors: readonly Row<typeof loadCaseActors>[];
	laws: readonly Row<typeof loadCaseLaws>[];
	themes: PublicTheme[];
	contradicts: PublicLinkedRecord[];
	related: PublicLinkedRecord[];
	citations: PublicCitation[];
}

export function toPublicCase(r: Row<typeof loadCaseRows>, parts: CaseParts): PublicCase {
	// An at-risk person's part has no key: a translation of the note could name them.
	const withNote = (role: 'affected' | 'responsible') =>
		parts.actors
			.filter((a) => a.role === role)
			.map((a) => {
				const actor = toPublicActor(a);
				const noteId = actor.id === null ? null : caseActorNoteId(r.id, role, actor.id);
				return { ...actor, note: a.note, noteId };
			});
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
		laws: parts.laws.map((l) => ({
			id: l.id,
			title: l.title,
			note: l.note,
			noteId: caseLawNoteId(r.id, l.id)
		})),
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

/** A case as the open data gives it: the country goes second, where the API has always put it. */
export function toApiCase(r: Row<typeof loadCaseRows>, country: string, parts: CaseParts): ApiCase {
	const { id, ...rest } = toPublicCase(r, parts);
	return { id, country, ...rest };
}

/** An engagement as the open data gives it; the API does not list the pledges made at one. */
export function toApiEngagement(
	r: Row<typeof loadEngagementRows>,
	country: string,
	parts: Omit<EngagementParts, 'pledgesMade'>
): ApiEngagement {
	const {
		id,
		pledgesMade: _notListed,
		...rest
	} = toPublicEngagement(r, { ...parts, pledgesMade: [] });
	return { id, country, ...rest };
}
