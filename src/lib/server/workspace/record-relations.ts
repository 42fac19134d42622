import type { RecordType } from '$lib/server/db/schema';
import type { Executor } from '$lib/server/repositories/records';
import { loadAssessmentViews, RATING_OPTIONS, type AssessmentView } from './assessment-service';
import { loadCitationViews, type CitationView } from './citation-service';
import { linkChoices, loadLinkViews, type LinkChoice, type LinkView } from './link-service';

/*
 * What hangs off a record besides its own fields, as its workspace page shows them: typed
 * links to other records, citations of sources, and for a pledge its rating assessments.
 */

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
	return {
		linkChoices: linkChoices(type),
		links: await loadLinkViews(db, type, id),
		citable: type !== 'source',
		citations: await loadCitationViews(db, type, id),
		assessments: type === 'pledge' ? await loadAssessmentViews(db, id) : null,
		ratingOptions: RATING_OPTIONS
	};
}
