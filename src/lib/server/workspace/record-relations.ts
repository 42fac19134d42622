import type { RecordType } from '$lib/server/db/schema';
import type { Executor } from '$lib/server/repositories/records';
import type { Relations } from '$lib/domain/relation-views';
import { loadAssessmentViews, ratingOptions } from './assessment-service';
import { loadCitationViews } from './citation-service';
import { linkChoices, loadLinkViews } from './link-service';

/* Loads what hangs off a record (links, citations, assessments) for its workspace page. */

export async function loadRelations(
	db: Executor,
	type: RecordType,
	id: string
): Promise<Relations> {
	return {
		linkChoices: linkChoices(type),
		links: await loadLinkViews(db, type, id),
		// A source is what others cite; a theme names a right and its treaty article, no claim to cite.
		citable: type !== 'source' && type !== 'theme',
		citations: await loadCitationViews(db, type, id),
		assessments: type === 'pledge' ? await loadAssessmentViews(db, id) : null,
		ratingOptions: ratingOptions()
	};
}
