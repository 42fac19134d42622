import * as messages from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import {
	ACTOR_KINDS,
	ASK_STATUSES,
	CASE_TYPES,
	ENGAGEMENT_KINDS,
	LAW_STATUSES,
	RATINGS,
	RELIABILITY_GRADES,
	SOURCE_KINDS,
	VERIFICATION_LEVELS,
	YES_NO_UNKNOWN
} from '$lib/domain/vocabulary';

/*
 * The stored enum values in the reader's language, from the interface messages
 * (messages/{locale}.json, keys `<vocabulary>_<value>`). labels.ts takes its English words
 * from here; tests/i18n/messages.test.ts checks that every value has its message in every
 * language.
 */

/** The vocabularies readers see words for, by the prefix of their messages. */
export const LABELLED_VOCABULARIES = {
	rating: RATINGS,
	case_type: CASE_TYPES,
	verification: VERIFICATION_LEVELS,
	engagement_kind: ENGAGEMENT_KINDS,
	yes_no_unknown: YES_NO_UNKNOWN,
	ask_status: ASK_STATUSES,
	law_status: LAW_STATUSES,
	actor_kind: ACTOR_KINDS,
	source_kind: SOURCE_KINDS,
	reliability: RELIABILITY_GRADES
} as const;
export type LabelledVocabulary = keyof typeof LABELLED_VOCABULARIES;
export type ValueOf<V extends LabelledVocabulary> = (typeof LABELLED_VOCABULARIES)[V][number];

type Message = (inputs?: object, options?: { locale?: Locale }) => string;
const byKey = messages as unknown as Record<string, Message | undefined>;

function labeller<V extends LabelledVocabulary>(vocabulary: V) {
	return (value: ValueOf<V>, locale?: Locale): string => {
		const message = byKey[`${vocabulary}_${value}`];
		// A value added to the vocabulary without its message shows as stored, not as a crash.
		return message ? message({}, { locale }) : value;
	};
}

export const ratingLabel = labeller('rating');
export const caseTypeLabel = labeller('case_type');
export const verificationLabel = labeller('verification');
export const engagementKindLabel = labeller('engagement_kind');
export const yesNoUnknownLabel = labeller('yes_no_unknown');
export const askStatusLabel = labeller('ask_status');
export const lawStatusLabel = labeller('law_status');
export const actorKindLabel = labeller('actor_kind');
export const sourceKindLabel = labeller('source_kind');
export const reliabilityLabel = labeller('reliability');

/** Every value of a vocabulary with its word in one language, in the vocabulary's order. */
export function vocabularyLabels<V extends LabelledVocabulary>(
	vocabulary: V,
	locale: Locale
): Record<ValueOf<V>, string> {
	const label = labeller(vocabulary);
	const values: readonly ValueOf<V>[] = LABELLED_VOCABULARIES[vocabulary];
	return Object.fromEntries(values.map((value) => [value, label(value, locale)])) as Record<
		ValueOf<V>,
		string
	>;
}
