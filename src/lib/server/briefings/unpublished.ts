import { fromColumns, pointDate } from '$lib/dates';
import type {
	PackCaseRef,
	PackEuItem,
	PackLaw,
	PackPledge,
	PackUnpublishedCase,
	PackUnpublishedStatus
} from '$lib/domain/briefing';
import type { PublicCitation } from '$lib/domain/public-records';
import type { DB } from '$lib/server/db/connect';
import {
	loadUnpublishedCases,
	loadUnpublishedEngagements,
	loadUnpublishedLaws,
	loadUnpublishedPledges,
	UNPUBLISHED_KINDS,
	type UnpublishedKind
} from '$lib/server/repositories/unpublished-records';
import { findCitedSources } from '$lib/server/repositories/cited-sources';
import { webAddress } from './source-record';

/*
 * The unpublished records a director ticks into an internal pack, shaped as the pack's own
 * items and marked as unpublished, so each prints in its section (a pledge under pledge versus
 * practice, a law under the laws, an engagement in the EU's record, a case in its own list)
 * saying it is not on the published record. Never called for a public pack.
 */

/** The ids ticked in, per kind. */
export type UnpublishedSelection = Partial<Record<UnpublishedKind, string[]>>;

/** How many records the selection ticks in, of every kind. */
export function selectionSize(selection: UnpublishedSelection | undefined): number {
	return UNPUBLISHED_KINDS.reduce((n, kind) => n + (selection?.[kind]?.length ?? 0), 0);
}

/** A citation with its source's address (the public ones find it among the page's sources). */
export type PackCitation = PublicCitation & { url?: string | null };

export interface UnpublishedItems {
	cases: PackUnpublishedCase[];
	pledges: PackPledge[];
	laws: PackLaw[];
	eu: PackEuItem[];
}

const statusOf = (status: string): PackUnpublishedStatus =>
	status === 'in_review' ? 'in_review' : 'draft';

/** `unpublished` on an item whose record is not published, nothing on a published one. */
const marked = (status: string) =>
	status === 'published' ? {} : { unpublished: statusOf(status) };

export async function readUnpublished(
	db: DB,
	countryId: string,
	selection: UnpublishedSelection,
	{
		cite,
		caseRef
	}: {
		cite: (citations: readonly PackCitation[]) => number[];
		/** A published case the pack lists, with its sources; null for any other. */
		caseRef: (id: string, note: string) => PackCaseRef | null;
	}
): Promise<UnpublishedItems> {
	const [cases, pledges, laws, engagements] = await Promise.all([
		loadUnpublishedCases(db, countryId, selection.case ?? []),
		loadUnpublishedPledges(db, countryId, selection.pledge ?? []),
		loadUnpublishedLaws(db, countryId, selection.law ?? []),
		loadUnpublishedEngagements(db, countryId, selection.engagement ?? [])
	]);
	const citationRows = await findCitedSources(
		db,
		[
			{ type: 'pledge', ids: pledges.map((p) => p.id) },
			{ type: 'assessment', ids: pledges.flatMap((p) => p.assessment?.id ?? []) },
			{ type: 'law', ids: laws.map((l) => l.id) },
			{ type: 'engagement', ids: engagements.map((e) => e.id) }
		],
		'internal'
	);
	const citationsOf = (type: string, id: string | undefined): PackCitation[] =>
		citationRows
			.filter((r) => r.record_type === type && r.record_id === id)
			.map((r) => ({
				sourceId: r.source_id,
				title: r.title,
				authors: r.authors,
				publisher: r.publisher,
				published: fromColumns(r, 'published'),
				locator: r.locator,
				url: webAddress(r.url)
			}));

	return {
		cases: cases.map((r) => ({
			id: r.id,
			title: r.title,
			type: r.case_type,
			start: fromColumns(r, 'start'),
			status: statusOf(r.status),
			description: r.description
		})),
		pledges: pledges.map((r) => ({
			id: r.id,
			title: r.title,
			made: fromColumns(r, 'made'),
			deadline: r.deadline ? pointDate(r.deadline) : null,
			rating: r.assessment?.rating ?? null,
			rationale: r.assessment?.rationale ?? '',
			refs: cite([...citationsOf('pledge', r.id), ...citationsOf('assessment', r.assessment?.id)]),
			contradictedBy: r.contradictedBy.map(
				(c) =>
					caseRef(c.id, c.note) ?? {
						id: c.id,
						title: c.title,
						type: c.case_type,
						start: fromColumns(c, 'start'),
						note: c.note,
						refs: [],
						...marked(c.status)
					}
			),
			unpublished: statusOf(r.status)
		})),
		laws: laws.map((r) => ({
			id: r.id,
			title: r.title,
			article: r.reference,
			cases: r.cases.map((c) => ({
				id: c.id,
				title: c.title,
				start: fromColumns(c, 'start'),
				...marked(c.status)
			})),
			refs: cite(citationsOf('law', r.id)),
			unpublished: statusOf(r.status)
		})),
		eu: engagements.map((r) => ({
			id: r.id,
			kind: r.kind,
			title: r.title,
			date: fromColumns(r, 'start'),
			end: fromColumns(r, 'end'),
			rightsRaised: r.kind === 'agreement' ? null : r.human_rights_raised,
			note: r.description,
			refs: cite(citationsOf('engagement', r.id)),
			unpublished: statusOf(r.status)
		}))
	};
}
