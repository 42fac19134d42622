import { RATINGS, type PledgeAssessment, type Rating } from '../db/schema.js';
import { newestAssessmentFirst } from './assessment-order.js';
import { Checks } from './checks.js';
import { PLEDGE } from './pledges.js';
import {
	createRecord,
	defineRecordKind,
	getRecord,
	recordOperations,
	updateRecord,
	type Executor
} from './records.js';

/*
 * A pledge's assessments: dated ratings judged on outcomes, each a workflow record of its
 * own. The latest one not in the trash is the pledge's current rating.
 */

export const ASSESSMENT = defineRecordKind({
	type: 'assessment',
	/* Never listed by name; the trash shows its rating. */
	title: 'rating'
});
const assessmentOps = recordOperations(ASSESSMENT);

export interface AssessmentInput {
	rating: Rating;
	/** YYYY-MM-DD: the day the judgement was made, on outcomes rather than intentions. */
	assessed_on: string;
	rationale: string;
	internal_notes?: string;
}

export interface AssessmentScope {
	/** Only published assessments count (what the public sees). */
	publishedOnly?: boolean;
}

function checkAssessment(input: Partial<AssessmentInput>, creating: boolean): void {
	new Checks()
		.oneOf('rating', input.rating, RATINGS)
		.text('rating', input.rating, creating)
		.text('assessed_on', input.assessed_on, creating)
		.day('assessed_on', input.assessed_on)
		.text('rationale', input.rationale, creating)
		.throwIfAny();
}

/** Records a dated rating of the pledge; the latest assessment is its current rating. */
export async function addAssessment(
	db: Executor,
	pledgeId: string,
	input: AssessmentInput,
	userId: string | null
): Promise<PledgeAssessment> {
	checkAssessment(input, true);
	await getRecord(db, PLEDGE, pledgeId);
	return createRecord(
		db,
		ASSESSMENT,
		{
			pledge_id: pledgeId,
			rating: input.rating,
			assessed_on: input.assessed_on,
			rationale: input.rationale.trim(),
			internal_notes: input.internal_notes
		},
		userId
	);
}

export async function updateAssessment(
	db: Executor,
	id: string,
	expectedVersion: number,
	patch: Partial<AssessmentInput>,
	userId: string | null
): Promise<PledgeAssessment> {
	checkAssessment(patch, false);
	return updateRecord(
		db,
		ASSESSMENT,
		id,
		expectedVersion,
		{ ...patch, rationale: patch.rationale?.trim() },
		userId
	);
}

export const getAssessment = assessmentOps.get;
export const deleteAssessment = assessmentOps.remove;
export const restoreAssessment = assessmentOps.restore;
export const setAssessmentStatus = assessmentOps.setStatus;

/** The pledge's assessments, latest first (by assessed_on, then when recorded). */
export async function listAssessments(
	db: Executor,
	pledgeId: string,
	scope: AssessmentScope & { includeDeleted?: boolean } = {}
): Promise<PledgeAssessment[]> {
	return db
		.selectFrom('pledge_assessments')
		.selectAll()
		.where('pledge_id', '=', pledgeId)
		.$if(!scope.includeDeleted, (q) => q.where('deleted_at', 'is', null))
		.$if(Boolean(scope.publishedOnly), (q) => q.where('status', '=', 'published'))
		.orderBy(newestAssessmentFirst())
		.execute();
}

export interface CurrentRating {
	rating: Rating;
	/** The assessment that set it; null for a pledge not yet assessed. */
	assessment: PledgeAssessment | null;
}

/** The latest assessment's rating, or "not yet rated". */
export async function getCurrentRating(
	db: Executor,
	pledgeId: string,
	scope: AssessmentScope = {}
): Promise<CurrentRating> {
	const [latest] = await listAssessments(db, pledgeId, scope);
	return { rating: latest?.rating ?? 'not_yet_rated', assessment: latest ?? null };
}

/** Assessments not in the trash and not yet published, for the review queue. */
export function listUnpublishedAssessments(db: Executor) {
	return db
		.selectFrom('pledge_assessments')
		.select(['pledge_id', 'updated_at', 'updated_by'])
		.where('status', '!=', 'published')
		.where('deleted_at', 'is', null)
		.execute();
}
