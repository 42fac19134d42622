import { z } from 'zod';
import { RATING_LABELS } from '$lib/labels';
import { RATINGS, type LinkKind, type RecordType, type Rating } from '$lib/server/db/schema';
import { citeSource, listCitations, removeCitation } from '$lib/server/repositories/citations';
import { createLink, deleteLink, getLink, listLinksOf } from '$lib/server/repositories/links';
import {
	addAssessment,
	getAssessment,
	listAssessments,
	setAssessmentStatus
} from '$lib/server/repositories/pledges';
import type { Executor } from '$lib/server/repositories/records';
import type { Lookup } from '$lib/workspace/form';
import { contentAuthorsSincePublished } from './contributors';
import { lookupLabels, resolveTypedNames } from './lookup';
import { fourEyesRequired } from './settings';

/*
 * What hangs off a record besides its own fields: typed links to other records (made from
 * either side, each with a note), citations of sources with a locator, and for a pledge its
 * dated rating assessments.
 */

/** A kind of link as seen from one side: "Contradicts pledge" on a case. */
export interface LinkChoice {
	key: string;
	label: string;
	kind: LinkKind;
	/** Whether this record is the link's `from` side. */
	outgoing: boolean;
	other: Lookup & RecordType;
	otherSlug: string;
}

const CHOICES: Partial<Record<RecordType, LinkChoice[]>> = {
	pledge: [
		{
			key: 'contradicted_by',
			label: 'Contradicted by case',
			kind: 'contradicted_by',
			outgoing: true,
			other: 'case',
			otherSlug: 'cases'
		},
		{
			key: 'supported_by',
			label: 'Supported by case',
			kind: 'supported_by',
			outgoing: true,
			other: 'case',
			otherSlug: 'cases'
		},
		{
			key: 'made_at',
			label: 'Made at engagement',
			kind: 'made_at',
			outgoing: true,
			other: 'engagement',
			otherSlug: 'engagements'
		}
	],
	case: [
		{
			key: 'contradicts',
			label: 'Contradicts pledge',
			kind: 'contradicted_by',
			outgoing: false,
			other: 'pledge',
			otherSlug: 'pledges'
		},
		{
			key: 'supports',
			label: 'Supports pledge',
			kind: 'supported_by',
			outgoing: false,
			other: 'pledge',
			otherSlug: 'pledges'
		},
		{
			key: 'related_to',
			label: 'Related case',
			kind: 'related_to',
			outgoing: true,
			other: 'case',
			otherSlug: 'cases'
		}
	],
	ask: [
		{
			key: 'made_for',
			label: 'Made for engagement (written ahead of it)',
			kind: 'made_for',
			outgoing: true,
			other: 'engagement',
			otherSlug: 'engagements'
		},
		{
			key: 'raised_at',
			label: 'Raised at engagement (known to have been raised there)',
			kind: 'raised_at',
			outgoing: true,
			other: 'engagement',
			otherSlug: 'engagements'
		}
	],
	engagement: [
		{
			key: 'pledge_made_at',
			label: 'Pledge made here',
			kind: 'made_at',
			outgoing: false,
			other: 'pledge',
			otherSlug: 'pledges'
		},
		{
			key: 'ask_made_for',
			label: 'Ask made for this engagement',
			kind: 'made_for',
			outgoing: false,
			other: 'ask',
			otherSlug: 'asks'
		},
		{
			key: 'ask_raised_at',
			label: 'Ask raised here',
			kind: 'raised_at',
			outgoing: false,
			other: 'ask',
			otherSlug: 'asks'
		}
	]
};

export function linkChoices(type: RecordType): LinkChoice[] {
	return CHOICES[type] ?? [];
}

export interface LinkView {
	id: string;
	label: string;
	otherId: string;
	otherTitle: string;
	otherSlug: string;
	note: string;
	/** False until the record is published (or its pending changes are) by a reviewer. */
	published: boolean;
}

export interface CitationView {
	id: string;
	sourceId: string;
	sourceTitle: string;
	locator: string;
	note: string;
	published: boolean;
}

export interface AssessmentView {
	id: string;
	rating: Rating;
	ratingLabel: string;
	assessed_on: string;
	rationale: string;
	status: string;
	version: number;
}

export interface Relations {
	linkChoices: LinkChoice[];
	links: LinkView[];
	/** Sources are what others cite, so they carry no citations themselves. */
	citable: boolean;
	citations: CitationView[];
	assessments: AssessmentView[] | null;
	ratingOptions: { value: string; label: string }[];
}

export async function loadRelations(
	db: Executor,
	type: RecordType,
	id: string
): Promise<Relations> {
	const choices = linkChoices(type);
	const links: LinkView[] = [];
	for (const link of await listLinksOf(db, type, id)) {
		const outgoing = link.from_type === type && link.from_id === id;
		const choice =
			choices.find((c) => c.kind === link.kind && c.outgoing === outgoing) ??
			choices.find((c) => c.kind === link.kind);
		if (!choice) continue;
		const otherId = outgoing ? link.to_id : link.from_id;
		const labels = await lookupLabels(db, choice.other, [otherId]);
		links.push({
			id: link.id,
			label: choice.label,
			otherId,
			otherTitle: labels.get(otherId) ?? otherId,
			otherSlug: choice.otherSlug,
			note: link.note,
			published: link.published_at !== null
		});
	}
	const citations = type === 'source' ? [] : await listCitations(db, type, id);
	const assessments =
		type === 'pledge'
			? (await listAssessments(db, id)).map((a) => ({
					id: a.id,
					rating: a.rating,
					ratingLabel: RATING_LABELS[a.rating],
					assessed_on: a.assessed_on,
					rationale: a.rationale,
					status: a.status,
					version: a.version
				}))
			: null;
	return {
		linkChoices: choices,
		links,
		citable: type !== 'source',
		citations: citations.map((c) => ({
			id: c.id,
			sourceId: c.source_id,
			sourceTitle: c.source_title,
			locator: c.locator,
			note: c.note,
			published: c.published_at !== null
		})),
		assessments,
		ratingOptions: RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r] }))
	};
}

/* The id picked in a single combobox, or the record named in its no-JavaScript text box. */
async function pickedOrTyped(
	db: Executor,
	data: FormData,
	name: string,
	lookup: Lookup
): Promise<{ id: string; problem: string | null }> {
	const picked = String(data.get(name) ?? '');
	if (picked) return { id: picked, problem: null };
	const typed = String(data.get(`${name}__add`) ?? '');
	if (!typed.trim()) return { id: '', problem: null };
	const { ids, problem } = await resolveTypedNames(db, lookup, typed);
	return { id: ids[0] ?? '', problem };
}

const linkForm = z.object({
	choice: z.string(),
	other: z.string().min(1, { error: 'Pick the record to link: type a few letters and choose.' }),
	note: z.string().trim().max(2000, { error: 'Keep the note under 2,000 characters.' })
});

/** Links the record to another from this side; returns a sentence when something is wrong. */
export async function addLinkFromForm(
	db: Executor,
	type: RecordType,
	id: string,
	data: FormData,
	userId: string | null
): Promise<string | null> {
	const choice = linkChoices(type).find((c) => c.key === String(data.get('choice') ?? ''));
	if (!choice) return 'That kind of link does not exist for this record.';
	const other = await pickedOrTyped(db, data, 'other', choice.other);
	if (other.problem) return other.problem;
	const parsed = linkForm.safeParse({
		choice: choice.key,
		other: other.id,
		note: String(data.get('note') ?? '')
	});
	if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Check the link.';
	const self = { type, id };
	const target = { type: choice.other, id: parsed.data.other };
	const [from, to] = choice.outgoing ? [self, target] : [target, self];
	await createLink(
		db,
		{
			kind: choice.kind,
			from_type: from.type,
			from_id: from.id,
			to_type: to.type,
			to_id: to.id,
			note: parsed.data.note
		},
		userId
	);
	return null;
}

/*
 * Removing a link or citation that is still waiting for review takes nothing from the public,
 * so anyone who may edit does it; removing a published one is a withdrawal (see
 * mayChangeRecord), allowed only when `mayRemovePublished`. Returns a sentence when refused.
 */

/** Removes a link of this record (and only of this record). */
export async function removeLinkOf(
	db: Executor,
	type: RecordType,
	id: string,
	linkId: string,
	mayRemovePublished: boolean,
	refusal: string
): Promise<string | null> {
	const link = await getLink(db, linkId);
	const mine =
		(link.from_type === type && link.from_id === id) ||
		(link.to_type === type && link.to_id === id);
	if (!mine) return null;
	if (link.published_at !== null && !mayRemovePublished) return refusal;
	await deleteLink(db, linkId);
	return null;
}

const citationForm = z.object({
	source: z
		.string()
		.min(1, { error: 'Pick the source: type a few letters of its title and choose.' }),
	locator: z.string().trim().max(200, { error: 'Keep the locator short: "p. 4", "para. 12".' }),
	note: z.string().trim().max(2000)
});

export async function addCitationFromForm(
	db: Executor,
	type: RecordType,
	id: string,
	data: FormData,
	userId: string | null
): Promise<string | null> {
	const source = await pickedOrTyped(db, data, 'source', 'source');
	if (source.problem) return source.problem;
	const parsed = citationForm.safeParse({
		source: source.id,
		locator: String(data.get('locator') ?? ''),
		note: String(data.get('note') ?? '')
	});
	if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Check the citation.';
	await citeSource(
		db,
		{
			source_id: parsed.data.source,
			record_type: type,
			record_id: id,
			locator: parsed.data.locator,
			note: parsed.data.note
		},
		userId
	);
	return null;
}

export async function removeCitationOf(
	db: Executor,
	type: RecordType,
	id: string,
	citationId: string,
	mayRemovePublished: boolean,
	refusal: string
): Promise<string | null> {
	const mine = (await listCitations(db, type, id)).find((c) => c.id === citationId);
	if (!mine) return null;
	if (mine.published_at !== null && !mayRemovePublished) return refusal;
	await removeCitation(db, citationId);
	return null;
}

const assessmentForm = z.object({
	rating: z.enum(RATINGS, { error: 'Choose a rating.' }),
	assessed_on: z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Write the day of the assessment as YYYY-MM-DD.' }),
	rationale: z
		.string()
		.trim()
		.min(1, { error: 'Say why: the rating is judged on outcomes, with its sources.' })
});

export async function addAssessmentFromForm(
	db: Executor,
	pledgeId: string,
	data: FormData,
	userId: string | null
): Promise<string | null> {
	const parsed = assessmentForm.safeParse({
		rating: String(data.get('rating') ?? ''),
		assessed_on: String(data.get('assessed_on') ?? ''),
		rationale: String(data.get('rationale') ?? '')
	});
	if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Check the assessment.';
	await addAssessment(db, pledgeId, parsed.data, userId);
	return null;
}

/**
 * Publishes an assessment of a published pledge; the four-eyes rule applies to whoever
 * wrote it. Returns a sentence when refused.
 */
export async function publishAssessment(
	db: Executor,
	pledgeId: string,
	assessmentId: string,
	userId: string | null
): Promise<string | null> {
	const assessment = await getAssessment(db, assessmentId);
	if (assessment.pledge_id !== pledgeId) return 'That assessment belongs to another pledge.';
	const authors = await contentAuthorsSincePublished(db, 'assessment', assessmentId);
	if ((await fourEyesRequired(db)) && userId !== null && authors.includes(userId)) {
		return 'You wrote or changed this assessment, so someone else must publish it (four-eyes rule).';
	}
	await setAssessmentStatus(db, assessmentId, assessment.version, 'published', userId);
	return null;
}

/** When a pledge is published, its unpublished assessments go with it. */
export async function publishPledgeAssessments(
	db: Executor,
	pledgeId: string,
	userId: string | null
): Promise<void> {
	for (const a of await listAssessments(db, pledgeId)) {
		if (a.status !== 'published') {
			await setAssessmentStatus(db, a.id, a.version, 'published', userId);
		}
	}
}
