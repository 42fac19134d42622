import { fromColumns } from '$lib/dates';
import { LINK_KINDS } from '$lib/domain/vocabulary';
import type { DB } from '$lib/server/db/connect';
import { isDeadlineMissed } from '$lib/server/repositories/pledges';
import { toPublicActor } from './public-actors';
import { loadCitations, type CitationIndex } from './cite';
import {
	loadAssessmentRows,
	loadCaseRefRows,
	loadTitleRows,
	type loadAskRows,
	type loadCaseRows,
	type loadEngagementRows,
	type loadLawRows,
	type loadPledgeRows
} from './record-rows';
import {
	loadActors,
	loadCaseActors,
	loadCaseLaws,
	loadEngagementActors,
	loadLinks,
	loadPledgeLaws
} from './joined-rows';
import { madeAtEngagement, toPublicCase, toPublicEngagement } from './shapes';
import { loadThemes } from './published-themes';
import type {
	PublicAsk,
	PublicAssessment,
	PublicCase,
	PublicEngagement,
	PublicLaw,
	PublicLinkedRecord,
	PublicPledge,
	PublicPledgeCaseLink,
	PublicSource
} from '$lib/domain/public-records';
import { groupBy } from './visibility';

/*
 * Turns published rows of one country into the public shapes, with everything they point at:
 * actors, laws, themes, citations and typed links. Both the country page (a bounded selection)
 * and the detail pages (one record) go through here, so a record reads the same everywhere.
 *
 * A link survives only when the records at both ends are published records of this country.
 * The far end need not be among the rows given: its title is fetched, so a pledge card can
 * name a contradicting case that is not among the page's most recent ones.
 */

type Rows<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;

/** A typed link; its id is what its note's translations are found by. */
type LinkRow = Rows<typeof loadLinks>[number];

export interface RowSets {
	pledges?: Rows<typeof loadPledgeRows>;
	cases?: Rows<typeof loadCaseRows>;
	laws?: Rows<typeof loadLawRows>;
	engagements?: Rows<typeof loadEngagementRows>;
	asks?: Rows<typeof loadAskRows>;
}

export interface Assembled {
	pledges: PublicPledge[];
	cases: PublicCase[];
	laws: PublicLaw[];
	engagements: PublicEngagement[];
	asks: PublicAsk[];
	/** Every published source cited by the records above (and the country when asked). */
	sources: PublicSource[];
	citations: CitationIndex;
}

export async function assembleRecords(
	db: DB,
	countryId: string,
	rows: RowSets,
	{ today, citeCountry = false }: { today: string; citeCountry?: boolean }
): Promise<Assembled> {
	const pledgeRows = rows.pledges ?? [];
	const caseRows = rows.cases ?? [];
	const lawRows = rows.laws ?? [];
	const engagementRows = rows.engagements ?? [];
	const askRows = rows.asks ?? [];

	const pledgeIds = pledgeRows.map((r) => r.id);
	const caseIds = caseRows.map((r) => r.id);
	const lawIds = lawRows.map((r) => r.id);
	const engagementIds = engagementRows.map((r) => r.id);
	const askIds = askRows.map((r) => r.id);
	const makerIds = [
		...new Set(pledgeRows.flatMap((r) => (r.made_by_actor_id ? [r.made_by_actor_id] : [])))
	];

	const [assessmentRows, makers, caseActors, engagementActors, caseLaws, pledgeLaws, links] =
		await Promise.all([
			loadAssessmentRows(db, pledgeIds),
			loadActors(db, makerIds),
			loadCaseActors(db, caseIds),
			loadEngagementActors(db, engagementIds),
			loadCaseLaws(db, caseIds),
			loadPledgeLaws(db, pledgeIds),
			loadLinks(
				db,
				LINK_KINDS,
				[...pledgeIds, ...caseIds, ...askIds, ...engagementIds],
				['pledge', 'case', 'ask', 'engagement']
			)
		]);

	// The far ends of links, and engagements pledges were made at, that are not among the rows.
	const held = {
		pledge: new Set(pledgeIds),
		case: new Set(caseIds),
		engagement: new Set(engagementIds),
		ask: new Set(askIds)
	};
	const missing = {
		pledge: new Set<string>(),
		case: new Set<string>(),
		engagement: new Set<string>(),
		ask: new Set<string>()
	};
	const want = (type: string, id: string) => {
		if (type in held && !held[type as keyof typeof held].has(id))
			missing[type as keyof typeof missing].add(id);
	};
	for (const l of links) {
		want(l.from_type, l.from_id);
		want(l.to_type, l.to_id);
	}
	for (const r of pledgeRows) if (r.engagement_id) want('engagement', r.engagement_id);

	const [caseRefs, pledgeRefs, engagementRefs, askRefs, themes, citations] = await Promise.all([
		loadCaseRefRows(db, countryId, [...missing.case]),
		loadTitleRows(db, countryId, 'pledges', [...missing.pledge]),
		loadTitleRows(db, countryId, 'engagements', [...missing.engagement]),
		loadTitleRows(db, countryId, 'asks', [...missing.ask]),
		loadThemes(db, [
			{ type: 'pledge', ids: pledgeIds },
			{ type: 'case', ids: caseIds },
			{ type: 'law', ids: lawIds },
			{ type: 'ask', ids: askIds }
		]),
		loadCitations(db, [
			{ type: 'country', ids: citeCountry ? [countryId] : [] },
			{ type: 'pledge', ids: pledgeIds },
			{ type: 'assessment', ids: assessmentRows.map((r) => r.id) },
			{ type: 'case', ids: caseIds },
			{ type: 'law', ids: lawIds },
			{ type: 'engagement', ids: engagementIds },
			{ type: 'ask', ids: askIds }
		])
	]);

	const caseById = new Map<string, (typeof caseRefs)[number]>([
		...caseRows.map((r) => [r.id, r] as const),
		...caseRefs.map((r) => [r.id, r] as const)
	]);
	const titles = {
		pledge: new Map([...pledgeRows, ...pledgeRefs].map((r) => [r.id, r.title])),
		case: new Map([...caseById.values()].map((r) => [r.id, r.title])),
		engagement: new Map([...engagementRows, ...engagementRefs].map((r) => [r.id, r.title])),
		ask: new Map([...askRows, ...askRefs].map((r) => [r.id, r.title]))
	};
	const titleOf = (type: string, id: string) =>
		type in titles ? titles[type as keyof typeof titles].get(id) : undefined;
	const visible = links.filter(
		(l) =>
			titleOf(l.from_type, l.from_id) !== undefined && titleOf(l.to_type, l.to_id) !== undefined
	);
	const linksOf = (kind: string, fromType: string, toType: string) =>
		visible.filter((l) => l.kind === kind && l.from_type === fromType && l.to_type === toType);
	const ref = (type: string, id: string, link: LinkRow): PublicLinkedRecord[] => {
		const title = titleOf(type, id);
		return title === undefined ? [] : [{ id, title, note: link.note, noteId: link.id }];
	};

	const caseLink = (caseId: string, link: LinkRow): PublicPledgeCaseLink[] => {
		const c = caseById.get(caseId);
		if (!c) return [];
		return [
			{
				caseId: c.id,
				caseTitle: c.title,
				caseType: c.case_type,
				start: fromColumns(c, 'start'),
				end: fromColumns(c, 'end'),
				ongoing: Number(c.ongoing) === 1,
				note: link.note,
				noteId: link.id
			}
		];
	};
	const contradictions = groupBy(linksOf('contradicted_by', 'pledge', 'case'), (l) => l.from_id);
	const supports = groupBy(linksOf('supported_by', 'pledge', 'case'), (l) => l.from_id);
	const madeAt = linksOf('made_at', 'pledge', 'engagement');
	const madeFor = linksOf('made_for', 'ask', 'engagement');
	const raisedAt = linksOf('raised_at', 'ask', 'engagement');
	const related = linksOf('related_to', 'case', 'case');

	const makerById = new Map(makers.map((a) => [a.id, toPublicActor(a)]));
	const assessmentsByPledge = groupBy(assessmentRows, (r) => r.pledge_id);
	const toAssessment = (r: (typeof assessmentRows)[number]): PublicAssessment => ({
		assessmentId: r.id,
		rating: r.rating,
		assessedOn: r.assessed_on,
		rationale: r.rationale,
		citations: citations.of('assessment', r.id)
	});

	const pledges: PublicPledge[] = pledgeRows.map((r) => {
		const history = (assessmentsByPledge.get(r.id) ?? []).map(toAssessment);
		const current = history[0] ?? null;
		const rating = current?.rating ?? 'not_yet_rated';
		const caseLinks = (l: LinkRow[] | undefined) => (l ?? []).flatMap((x) => caseLink(x.to_id, x));
		return {
			id: r.id,
			title: r.title,
			promise: r.promise,
			description: r.description,
			madeBy: (r.made_by_actor_id && makerById.get(r.made_by_actor_id)) || null,
			occasion: r.occasion,
			made: fromColumns(r, 'made'),
			engagement: madeAtEngagement(r, madeAt, (id) => titleOf('engagement', id)),
			deadline: r.deadline,
			deadlineMissed: isDeadlineMissed(r, rating, today),
			themes: themes.of('pledge', r.id),
			rating,
			current,
			earlierAssessments: history.slice(1),
			contradictedBy: caseLinks(contradictions.get(r.id)),
			contradictedTotal: caseLinks(contradictions.get(r.id)).length,
			supportedBy: caseLinks(supports.get(r.id)),
			laws: pledgeLaws
				.filter((l) => l.pledge_id === r.id)
				.map((l) => ({ id: l.id, title: l.title })),
			citations: citations.of('pledge', r.id)
		};
	});

	const actorsByCase = groupBy(caseActors, (a) => a.case_id);
	const lawsByCase = groupBy(caseLaws, (l) => l.case_id);
	const contradictsByCase = groupBy(linksOf('contradicted_by', 'pledge', 'case'), (l) => l.to_id);
	const cases: PublicCase[] = caseRows.map((r) =>
		toPublicCase(r, {
			actors: actorsByCase.get(r.id) ?? [],
			laws: lawsByCase.get(r.id) ?? [],
			themes: themes.of('case', r.id),
			contradicts: (contradictsByCase.get(r.id) ?? []).flatMap((l) => ref('pledge', l.from_id, l)),
			related: related.flatMap((l) =>
				l.from_id === r.id
					? ref('case', l.to_id, l)
					: l.to_id === r.id
						? ref('case', l.from_id, l)
						: []
			),
			citations: citations.of('case', r.id)
		})
	);

	const laws: PublicLaw[] = lawRows.map((r) => ({
		id: r.id,
		title: r.title,
		reference: r.reference,
		status: r.law_status,
		dated: fromColumns(r, 'dated'),
		description: r.description,
		themes: themes.of('law', r.id),
		citations: citations.of('law', r.id)
	}));

	const actorsByEngagement = groupBy(engagementActors, (a) => a.engagement_id);
	const engagements: PublicEngagement[] = engagementRows.map((r) =>
		toPublicEngagement(r, {
			actors: actorsByEngagement.get(r.id) ?? [],
			asksMadeFor: madeFor.filter((l) => l.to_id === r.id).flatMap((l) => ref('ask', l.from_id, l)),
			asksRaised: raisedAt.filter((l) => l.to_id === r.id).flatMap((l) => ref('ask', l.from_id, l)),
			pledgesMade: madeAt
				.filter((l) => l.to_id === r.id)
				.flatMap((l) => ref('pledge', l.from_id, l)),
			citations: citations.of('engagement', r.id)
		})
	);

	const asks: PublicAsk[] = askRows.map((r) => ({
		id: r.id,
		title: r.title,
		recommendation: r.recommendation,
		addressedTo: r.addressed_to,
		madeWhere: r.made_where,
		made: fromColumns(r, 'made'),
		status: r.ask_status,
		themes: themes.of('ask', r.id),
		madeFor: madeFor
			.filter((l) => l.from_id === r.id)
			.flatMap((l) => ref('engagement', l.to_id, l)),
		raisedAt: raisedAt
			.filter((l) => l.from_id === r.id)
			.flatMap((l) => ref('engagement', l.to_id, l)),
		citations: citations.of('ask', r.id)
	}));

	return { pledges, cases, laws, engagements, asks, sources: citations.sources, citations };
}
