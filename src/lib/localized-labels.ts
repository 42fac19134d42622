import * as messages from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type {
	ActorKind,
	AskStatus,
	CaseType,
	EngagementKind,
	LawStatus,
	Rating,
	Reliability,
	SourceKind,
	VerificationLevel,
	YesNoUnknown
} from '$lib/domain/vocabulary';

/*
 * The stored enum values in the reader's language, from the interface messages
 * (messages/{locale}.json, keys `<vocabulary>_<value>`). The English words are the same as
 * labels.ts, which exports and the workspace still use; tests/i18n/messages.test.ts checks
 * that every value has its message in every language and that the English ones agree.
 */

type Message = (inputs?: object, options?: { locale?: Locale }) => string;
const byKey = messages as unknown as Record<string, Message | undefined>;

function labeller<V extends string>(prefix: string) {
	return (value: V, locale?: Locale): string => {
		const message = byKey[`${prefix}_${value}`];
		// A value added to the vocabulary without its message shows as stored, not as a crash.
		return message ? message({}, { locale }) : value;
	};
}

export const ratingLabel = labeller<Rating>('rating');
export const caseTypeLabel = labeller<CaseType>('case_type');
export const verificationLabel = labeller<VerificationLevel>('verification');
export const engagementKindLabel = labeller<EngagementKind>('engagement_kind');
export const yesNoUnknownLabel = labeller<YesNoUnknown>('yes_no_unknown');
export const askStatusLabel = labeller<AskStatus>('ask_status');
export const lawStatusLabel = labeller<LawStatus>('law_status');
export const actorKindLabel = labeller<ActorKind>('actor_kind');
export const sourceKindLabel = labeller<SourceKind>('source_kind');
export const reliabilityLabel = labeller<Reliability>('reliability');
