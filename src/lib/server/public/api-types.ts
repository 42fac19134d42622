import type { Rating } from '$lib/server/db/schema';
import type {
	PublicCase,
	PublicCitation,
	PublicCountrySummary,
	PublicEngagement,
	PublicLinkedRecord,
	PublicPledge,
	PublicSource
} from '$lib/domain/public-records';

/*
 * The open-data shapes: what /api/v1 lists, exports as CSV and feeds. Like the rest of the
 * public read model they are built field by field from published rows; each record names its
 * country by code, since a list mixes countries.
 */

export interface ApiRating {
	/**
	 * The current assessment's id, which its rationale's translations belong to (issue 12);
	 * null while the pledge is not yet rated.
	 */
	assessmentId: string | null;
	rating: Rating;
	/** YYYY-MM-DD of the current assessment; null while the pledge is not yet rated. */
	assessedOn: string | null;
	rationale: string;
	citations: PublicCitation[];
}

/** A pledge as its page gives it, but rated by its current assessment only, its cases by title. */
export interface ApiPledge
	extends Omit<
		PublicPledge,
		| 'rating'
		| 'current'
		| 'earlierAssessments'
		| 'contradictedBy'
		| 'contradictedTotal'
		| 'supportedBy'
	> {
	country: string;
	current: ApiRating;
	contradictedBy: PublicLinkedRecord[];
	supportedBy: PublicLinkedRecord[];
}

export interface ApiCase extends PublicCase {
	country: string;
}

export interface ApiEngagement extends Omit<PublicEngagement, 'pledgesMade'> {
	country: string;
}

/** A country with the sources its page cites for the summary, as the page shows them. */
export type ApiCountry = Omit<PublicCountrySummary, 'recentCases'> & {
	citations: PublicCitation[];
};

/** One page of a list: the records, every published source they cite, and the match count. */
export interface ApiPage<T> {
	items: T[];
	sources: PublicSource[];
	total: number;
}
