import type { PreciseDate } from '$lib/dates';
import type { Rating } from '$lib/server/db/schema';
import type {
	PublicActor,
	PublicCase,
	PublicCitation,
	PublicCountrySummary,
	PublicEngagement,
	PublicLinkedRecord,
	PublicRecordRef,
	PublicSource,
	PublicTheme
} from '$lib/domain/public-records';

/*
 * The open-data shapes: what /api/v1 lists, exports as CSV and feeds. Like the rest of the
 * public read model they are built field by field from published rows; each record names its
 * country by code, since a list mixes countries.
 */

export interface ApiRating {
	rating: Rating;
	/** YYYY-MM-DD of the current assessment; null while the pledge is not yet rated. */
	assessedOn: string | null;
	rationale: string;
	citations: PublicCitation[];
}

export interface ApiPledge {
	id: string;
	country: string;
	title: string;
	promise: string;
	description: string;
	madeBy: PublicActor | null;
	occasion: string;
	made: PreciseDate | null;
	engagement: PublicRecordRef | null;
	deadline: string | null;
	deadlineMissed: boolean;
	themes: PublicTheme[];
	current: ApiRating;
	contradictedBy: PublicLinkedRecord[];
	supportedBy: PublicLinkedRecord[];
	laws: PublicRecordRef[];
	citations: PublicCitation[];
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
