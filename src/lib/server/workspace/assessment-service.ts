import { m } from '$lib/paraglide/messages';
import { ratingLabel } from '$lib/localized-labels';
import { z } from 'zod';
import type { AssessmentView } from '$lib/domain/relation-views';
import { RATINGS } from '$lib/server/db/schema';
import {
	addAssessment,
	getAssessment,
	listAssessments,
	setAssessmentStatus
} from '$lib/server/repositories/assessments';
import type { Executor } from '$lib/server/repositories/records';
import { contentAuthorsSincePublished } from './contributors';
import { fourEyesRequired } from './settings';

/* A pledge's dated rating assessments: as its page shows them, added and published. */

/** The ratings an assessment may give, as the form offers them. */
/** The ratings to choose from, in the interface language. */
export const ratingOptions = () => RATINGS.map((r) => ({ value: r, label: ratingLabel(r) }));

/** The pledge's assessments as its page shows them. */
export async function loadAssessmentViews(
	db: Executor,
	pledgeId: string
): Promise<AssessmentView[]> {
	return (await listAssessments(db, pledgeId)).map((a) => ({
		id: a.id,
		rating: a.rating,
		ratingLabel: ratingLabel(a.rating),
		assessed_on: a.assessed_on,
		rationale: a.rationale,
		status: a.status,
		version: a.version
	}));
}

const assessmentForm = z.object({
	rating: z.enum(RATINGS, { error: () => m.ws_a_choose_rating() }),
	assessed_on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => m.ws_a_day() }),
	rationale: z
		.string()
		.trim()
		.min(1, { error: () => m.ws_a_why() })
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
	if (!parsed.success) return parsed.error.issues[0]?.message ?? m.ws_a_check();
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
	if (assessment.pledge_id !== pledgeId) return m.ws_a_other_pledge();
	const authors = await contentAuthorsSincePublished(db, 'assessment', assessmentId);
	if ((await fourEyesRequired(db)) && userId !== null && authors.includes(userId)) {
		return m.ws_a_four_eyes();
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
