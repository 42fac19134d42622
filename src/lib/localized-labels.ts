import { m } from '$lib/paraglide/messages';
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

/*
 * Each value's message, named one by one (not looked up by a built key), so that the browser's
 * bundle holds these messages only, not every message of the interface in every language.
 */
const MESSAGES: { [V in LabelledVocabulary]: Record<ValueOf<V>, Message> } = {
	rating: {
		not_yet_rated: m.rating_not_yet_rated,
		in_the_works: m.rating_in_the_works,
		stalled: m.rating_stalled,
		kept: m.rating_kept,
		compromise: m.rating_compromise,
		broken: m.rating_broken
	},
	case_type: {
		party_ban: m.case_type_party_ban,
		website_blocking: m.case_type_website_blocking,
		imprisonment: m.case_type_imprisonment,
		detention: m.case_type_detention,
		prosecution: m.case_type_prosecution,
		criminal_investigation: m.case_type_criminal_investigation,
		assembly_dispersal: m.case_type_assembly_dispersal,
		registration_denial: m.case_type_registration_denial,
		activity_restriction: m.case_type_activity_restriction,
		other: m.case_type_other
	},
	verification: {
		reported: m.verification_reported,
		corroborated: m.verification_corroborated,
		verified: m.verification_verified
	},
	engagement_kind: {
		agreement: m.engagement_kind_agreement,
		resolution: m.engagement_kind_resolution,
		summit: m.engagement_kind_summit,
		visit: m.engagement_kind_visit,
		dialogue: m.engagement_kind_dialogue,
		statement: m.engagement_kind_statement,
		sanction: m.engagement_kind_sanction,
		funding: m.engagement_kind_funding
	},
	yes_no_unknown: {
		yes: m.yes_no_unknown_yes,
		no: m.yes_no_unknown_no,
		unknown: m.yes_no_unknown_unknown
	},
	ask_status: {
		open: m.ask_status_open,
		raised: m.ask_status_raised,
		acted_on: m.ask_status_acted_on,
		ignored: m.ask_status_ignored
	},
	law_status: {
		draft: m.law_status_draft,
		in_force: m.law_status_in_force,
		amended: m.law_status_amended,
		repealed: m.law_status_repealed
	},
	actor_kind: {
		person: m.actor_kind_person,
		group: m.actor_kind_group,
		party: m.actor_kind_party,
		media: m.actor_kind_media,
		ngo: m.actor_kind_ngo,
		trade_union: m.actor_kind_trade_union,
		state_body: m.actor_kind_state_body,
		court: m.actor_kind_court,
		international_body: m.actor_kind_international_body,
		company: m.actor_kind_company
	},
	source_kind: {
		report: m.source_kind_report,
		article: m.source_kind_article,
		opinion: m.source_kind_opinion,
		court_document: m.source_kind_court_document,
		official_statement: m.source_kind_official_statement,
		interview: m.source_kind_interview,
		social_media: m.source_kind_social_media
	},
	reliability: {
		high: m.reliability_high,
		medium: m.reliability_medium,
		low: m.reliability_low,
		unknown: m.reliability_unknown
	}
};

function labeller<V extends LabelledVocabulary>(vocabulary: V) {
	const messages: Record<string, Message | undefined> = MESSAGES[vocabulary];
	return (value: ValueOf<V>, locale?: Locale): string => {
		const message = messages[value];
		// A value stored before the vocabulary knew it shows as stored, not as a crash.
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
