import { compareDates, fromColumns } from '$lib/dates';
import type { DB } from '$lib/server/db/connect';
import { toPublicActor } from './actors';
import { loadCitations } from './cite';
import { findPublicCountry } from './countries';
import { loadAssessments, type AssessmentRow } from './ratings';
import {
	loadAskRows,
	loadCaseRows,
	loadEngagementRows,
	loadLawRows,
	loadPledgeRows
} from './records';
import {
	loadActors,
	loadCaseActors,
	loadCaseLaws,
	loadEngagementActors,
	loadLinks,
	loadPledgeLaws
} from './relations';
import { loadThemes } from './themes';
import type {
	PublicAsk,
	PublicAssessment,
	PublicCase,
	PublicCountryPage,
	PublicEngagement,
	PublicLaw,
	PublicLinkedRecord,
	PublicPledge,
	PublicPledgeCaseLink
} from './types';
import { groupBy } from './visibility';

/**
 * Everything the public country page shows, or null when there is no published country with
 * that code. A fixed number of queries however many records the country holds.
 * `today` (YYYY-MM-DD) decides whether a deadline has passed.
 */
export async function getPublicCountryPage(
	db: DB,
	code: string,
	{ today = new Date().toISOString().slice(0, 10) }: { today?: string } = {}
): Promise<PublicCountryPage | null> {
	const found = await findPublicCountry(db, code);
	if (!found) return null;
	const countryId = found.id;

	const [pledgeRows, assessmentRows, caseRows, lawRows, engagementRows, askRows] =
		await Promise.all([
			loadPledgeRows(db, countryId),
			loadAssessments(db, countryId),
			loadCaseRows(db, countryId),
			loadLawRows(db, countryId),
			loadEngagementRows(db, countryId),
			loadAskRows(db, countryId)
		]);

	const pledgeIds = pledgeRows.map((r) => r.id);
	const caseIds = caseRows.map((r) => r.id);
	const lawIds = lawRows.map((r) => r.id);
	const engagementIds = engagementRows.map((r) => r.id);
	const askIds = askRows.map((r) => r.id);
	const makerIds = [
		...new Set(pledgeRows.flatMap((r) => (r.made_by_actor_id ? [r.made_by_actor_id] : [])))
	];

	const [makers, caseActors, engagementActors, caseLaws, pledgeLaws, links, themes, citations] =
		await Promise.all([
			loadActors(db, makerIds),
			loadCaseActors(db, caseIds),
			loadEngagementActors(db, engagementIds),
			loadCaseLaws(db, caseIds),
			loadPledgeLaws(db, pledgeIds),
			loadLinks(
				db,
				['contradicted_by', 'supported_by', 'made_at', 'raised_at', 'related_to'],
				[...pledgeIds, ...caseIds, ...askIds]
			),
			loadThemes(db, [
				{ type: 'pledge', ids: pledgeIds },
				{ type: 'case', ids: caseIds },
				{ type: 'law', ids: lawIds },
				{ type: 'ask', ids: askIds }
			]),
			loadCitations(db, [
				{ type: 'country', ids: [countryId] },
				{ type: 'pledge', ids: pledgeIds },
				{ type: 'assessment', ids: assessmentRows.map((r) => r.id) },
				{ type: 'case', ids: caseIds },
				{ type: 'law', ids: lawIds },
				{ type: 'engagement', ids: engagementIds },
				{ type: 'ask', ids: askIds }
			])
		]);

	// Only links whose both ends are published records of this page survive.
	const pledgeById = new Map(pledgeRows.map((r) => [r.id, r]));
	const caseById = new Map(caseRows.map((r) => [r.id, r]));
	const engagementById = new Map(engagementRows.map((r) => [r.id, r]));
	const askById = new Map(askRows.map((r) => [r.id, r]));
	const visible = links.filter((l) => {
		const held = (type: string, id: string) =>
			(type === 'pledge' && pledgeById.has(id)) ||
			(type === 'case' && caseById.has(id)) ||
			(type === 'engagement' && engagementById.has(id)) ||
			(type === 'ask' && askById.has(id));
		return held(l.from_type, l.from_id) && held(l.to_type, l.to_id);
	});
	const linksOf = (kind: string, fromType: string, toType: string) =>
		visible.filter((l) => l.kind === kind && l.from_type === fromType && l.to_type === toType);

	const caseLink = (caseId: string, note: string): PublicPledgeCaseLink | null => {
		const c = caseById.get(caseId);
		if (!c) return null;
		return {
			caseId: c.id,
			caseTitle: c.title,
			caseType: c.case_type,
			start: fromColumns(c, 'start'),
			end: fromColumns(c, 'end'),
			ongoing: Number(c.ongoing) === 1,
			note
		};
	};
	const pledgeCaseLinks = (kind: 'contradicted_by' | 'supported_by') =>
		groupBy(linksOf(kind, 'pledge', 'case'), (l) => l.from_id);
	const contradictions = pledgeCaseLinks('contradicted_by');
	const supports = pledgeCaseLinks('supported_by');
	const madeAt = groupBy(linksOf('made_at', 'pledge', 'engagement'), (l) => l.from_id);
	const raisedAt = linksOf('raised_at', 'ask', 'engagement');
	const related = linksOf('related_to', 'case', 'case');

	const makerById = new Map(makers.map((a) => [a.id, toPublicActor(a)]));
	const assessmentsByPledge = groupBy(assessmentRows, (r) => r.pledge_id);
	const toAssessment = (r: AssessmentRow): PublicAssessment => ({
		rating: r.rating,
		assessedOn: r.assessed_on,
		rationale: r.rationale,
		citations: citations.of('assessment', r.id)
	});

	const pledges: PublicPledge[] = pledgeRows
		.map((r) => {
			const history = (assessmentsByPledge.get(r.id) ?? []).map(toAssessment);
			const current = history[0] ?? null;
			const rating = current?.rating ?? 'not_yet_rated';
			const engagementId = r.engagement_id ?? madeAt.get(r.id)?.[0]?.to_id ?? null;
			const engagement = engagementId ? engagementById.get(engagementId) : undefined;
			const caseLinks = (l: { to_id: string; note: string }[] | undefined) =>
				(l ?? []).flatMap((x) => caseLink(x.to_id, x.note) ?? []);
			return {
				id: r.id,
				title: r.title,
				promise: r.promise,
				description: r.description,
				madeBy: (r.made_by_actor_id && makerById.get(r.made_by_actor_id)) || null,
				occasion: r.occasion,
				made: fromColumns(r, 'made'),
				engagement: engagement ? { id: engagement.id, title: engagement.title } : null,
				deadline: r.deadline,
				deadlineMissed: r.deadline !== null && r.deadline < today && rating !== 'kept',
				themes: themes.of('pledge', r.id),
				rating,
				current,
				earlierAssessments: history.slice(1),
				contradictedBy: caseLinks(contradictions.get(r.id)),
				supportedBy: caseLinks(supports.get(r.id)),
				laws: pledgeLaws
					.filter((l) => l.pledge_id === r.id)
					.map((l) => ({ id: l.id, title: l.title })),
				citations: citations.of('pledge', r.id)
			};
		})
		.sort((a, b) => compareDates(a.made, b.made) || a.title.localeCompare(b.title));

	const actorsByCase = groupBy(caseActors, (a) => a.case_id);
	const lawsByCase = groupBy(caseLaws, (l) => l.case_id);
	const contradictsByCase = groupBy(linksOf('contradicted_by', 'pledge', 'case'), (l) => l.to_id);
	const cases: PublicCase[] = caseRows
		.map((r) => {
			const actors = actorsByCase.get(r.id) ?? [];
			const withNote = (role: 'affected' | 'responsible') =>
				actors.filter((a) => a.role === role).map((a) => ({ ...toPublicActor(a), note: a.note }));
			const relatedCases: PublicLinkedRecord[] = related.flatMap((l) => {
				const otherId = l.from_id === r.id ? l.to_id : l.to_id === r.id ? l.from_id : null;
				const other = otherId ? caseById.get(otherId) : undefined;
				return other ? [{ id: other.id, title: other.title, note: l.note }] : [];
			});
			return {
				id: r.id,
				title: r.title,
				type: r.case_type,
				description: r.description,
				start: fromColumns(r, 'start'),
				end: fromColumns(r, 'end'),
				ongoing: Number(r.ongoing) === 1,
				place: r.place,
				outcome: r.outcome,
				verification: r.verification,
				themes: themes.of('case', r.id),
				affected: withNote('affected'),
				responsible: withNote('responsible'),
				laws: (lawsByCase.get(r.id) ?? []).map((l) => ({ id: l.id, title: l.title, note: l.note })),
				contradicts: (contradictsByCase.get(r.id) ?? []).flatMap((l) => {
					const p = pledgeById.get(l.from_id);
					return p ? [{ id: p.id, title: p.title, note: l.note }] : [];
				}),
				related: relatedCases,
				citations: citations.of('case', r.id)
			};
		})
		.sort(
			(a, b) => compareDates(a.start ?? a.end, b.start ?? b.end) || a.title.localeCompare(b.title)
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
	const engagements: PublicEngagement[] = engagementRows
		.map((r) => {
			const actors = actorsByEngagement.get(r.id) ?? [];
			return {
				id: r.id,
				title: r.title,
				kind: r.kind,
				euActors: r.eu_actors,
				counterparts: r.counterparts,
				euActorRecords: actors.filter((a) => a.side === 'eu').map(toPublicActor),
				counterpartRecords: actors.filter((a) => a.side === 'counterpart').map(toPublicActor),
				start: fromColumns(r, 'start'),
				end: fromColumns(r, 'end'),
				humanRightsClause: r.human_rights_clause,
				humanRightsRaised: r.human_rights_raised,
				description: r.description,
				asksRaised: raisedAt
					.filter((l) => l.to_id === r.id)
					.flatMap((l) => {
						const ask = askById.get(l.from_id);
						return ask ? [{ id: ask.id, title: ask.title, note: l.note }] : [];
					}),
				citations: citations.of('engagement', r.id)
			};
		})
		.sort((a, b) => compareDates(a.start, b.start) || a.title.localeCompare(b.title));

	const asks: PublicAsk[] = askRows.map((r) => ({
		id: r.id,
		title: r.title,
		recommendation: r.recommendation,
		addressedTo: r.addressed_to,
		madeWhere: r.made_where,
		made: fromColumns(r, 'made'),
		status: r.ask_status,
		themes: themes.of('ask', r.id),
		raisedAt: raisedAt
			.filter((l) => l.from_id === r.id)
			.flatMap((l) => {
				const e = engagementById.get(l.to_id);
				return e ? [{ id: e.id, title: e.title, note: l.note }] : [];
			}),
		citations: citations.of('ask', r.id)
	}));

	return {
		country: { ...found.country, citations: citations.of('country', countryId) },
		pledges,
		cases,
		laws,
		engagements,
		asks,
		sources: citations.sources
	};
}
