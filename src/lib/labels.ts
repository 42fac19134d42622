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
 * Human-readable words for the stored enum values, in one place so every page (public,
 * workspace, briefing packs, exports) says the same thing. Only types are imported from the
 * schema, so this module is safe in browser code.
 */

export const RATING_LABELS: Record<Rating, string> = {
	not_yet_rated: 'Not yet rated',
	in_the_works: 'In the works',
	stalled: 'Stalled',
	kept: 'Kept',
	compromise: 'Compromise',
	broken: 'Broken'
};

/** Display order on the promise-tracker scale, from unrated through to the outcomes. */
export const RATING_ORDER: readonly Rating[] = [
	'broken',
	'stalled',
	'compromise',
	'in_the_works',
	'kept',
	'not_yet_rated'
];

export const CASE_TYPE_LABELS: Record<CaseType, string> = {
	party_ban: 'Party ban',
	website_blocking: 'Website blocking',
	imprisonment: 'Imprisonment',
	detention: 'Detention',
	prosecution: 'Prosecution',
	criminal_investigation: 'Criminal investigation',
	assembly_dispersal: 'Assembly dispersal',
	registration_denial: 'Registration denial',
	activity_restriction: 'Activity restriction',
	other: 'Other'
};

export const VERIFICATION_LABELS: Record<VerificationLevel, string> = {
	reported: 'Reported',
	corroborated: 'Corroborated',
	verified: 'Verified'
};

export const ENGAGEMENT_KIND_LABELS: Record<EngagementKind, string> = {
	agreement: 'Agreement',
	resolution: 'Parliament resolution',
	summit: 'Summit',
	visit: 'Visit',
	dialogue: 'Human-rights dialogue',
	statement: 'Statement',
	sanction: 'Sanction',
	funding: 'Funding'
};

export const YES_NO_UNKNOWN_LABELS: Record<YesNoUnknown, string> = {
	yes: 'Yes',
	no: 'No',
	unknown: 'Not known'
};

export const ASK_STATUS_LABELS: Record<AskStatus, string> = {
	open: 'Open',
	raised: 'Raised',
	acted_on: 'Acted on',
	ignored: 'Ignored'
};

export const LAW_STATUS_LABELS: Record<LawStatus, string> = {
	draft: 'Draft',
	in_force: 'In force',
	amended: 'Amended',
	repealed: 'Repealed'
};

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
	person: 'Person',
	group: 'Group',
	party: 'Political party',
	media: 'Media outlet',
	ngo: 'NGO',
	trade_union: 'Trade union',
	state_body: 'State body',
	court: 'Court',
	international_body: 'International body',
	company: 'Company'
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
	report: 'Report',
	article: 'Article',
	opinion: 'Opinion piece',
	court_document: 'Court document',
	official_statement: 'Official statement',
	interview: 'Interview',
	social_media: 'Social media post'
};

export const RELIABILITY_LABELS: Record<Reliability, string> = {
	high: 'High',
	medium: 'Medium',
	low: 'Low',
	unknown: 'Not graded'
};
