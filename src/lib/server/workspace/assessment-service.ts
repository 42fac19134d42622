import { z } from 'zod';
import type { AssessmentView } from '$lib/domain/relation-views';
import { RATING_LABELS } from '$lib/labels';
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
export const RATING_OPTIONS = RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r] }));

/** The pledge's assessments as its page shows them. */
export async function loadAssessmentViews(
	db: Executor,
	pledgeId: string
): Promise<AssessmentView[]> {
	return (await listAssessments(db, pledgeId)).map((a) => ({
		id: a.id,
		rating: a.rating,
		ratingLabel: RATING_LABELS[a.rating],
		assessed_on: a.assessed_on,
		rationale: a.rationale,
		status: a.status,
		version: a.version
	}));
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
