import type { Rating } from '$lib/domain/vocabulary';
import { vocabularyLabels } from '$lib/localized-labels';

/*
 * The stored enum values in English, for what is not yet in the reader's language (exports,
 * the workspace, briefing packs). The words are the English interface messages
 * (messages/en.json), so a value is named the same on every page.
 */

export const RATING_LABELS = vocabularyLabels('rating', 'en');
export const CASE_TYPE_LABELS = vocabularyLabels('case_type', 'en');
export const VERIFICATION_LABELS = vocabularyLabels('verification', 'en');
export const ENGAGEMENT_KIND_LABELS = vocabularyLabels('engagement_kind', 'en');
export const YES_NO_UNKNOWN_LABELS = vocabularyLabels('yes_no_unknown', 'en');
export const ASK_STATUS_LABELS = vocabularyLabels('ask_status', 'en');
export const LAW_STATUS_LABELS = vocabularyLabels('law_status', 'en');
export const ACTOR_KIND_LABELS = vocabularyLabels('actor_kind', 'en');
export const SOURCE_KIND_LABELS = vocabularyLabels('source_kind', 'en');
export const RELIABILITY_LABELS = vocabularyLabels('reliability', 'en');

/** Display order on the promise-tracker scale, from unrated through to the outcomes. */
export const RATING_ORDER: readonly Rating[] = [
	'broken',
	'stalled',
	'compromise',
	'in_the_works',
	'kept',
	'not_yet_rated'
];
