/*
 * The domain's vocabulary: the closed lists of values records use (roles, workflow statuses,
 * date precisions, ratings, case types...). Shared by the server (db/schema.ts builds the
 * Database interface from them) and the browser (labels, badges, the timeline), so nothing
 * browser-side needs to import from $lib/server.
 */

/*
 * A list too long for one line is written as rows of values, not one value a line (hence the
 * prettier-ignore comments): a vocabulary reads at a glance, and a list one value a line would
 * look, line for line, like every other list of words.
 */

export const ROLES = ['viewer', 'researcher', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const WORKFLOW_STATUSES = ['draft', 'in_review', 'published'] as const;
export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year', 'range', 'before'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

// prettier-ignore
export const ACTOR_KINDS = [
	'person', 'group', 'party', 'media', 'ngo', 'trade_union', 'state_body', 'court',
	'international_body', 'company'
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const LAW_STATUSES = ['draft', 'in_force', 'amended', 'repealed'] as const;
export type LawStatus = (typeof LAW_STATUSES)[number];

// prettier-ignore
export const RATINGS = ['not_yet_rated', 'in_the_works', 'stalled', 'kept', 'compromise', 'broken'] as const;
export type Rating = (typeof RATINGS)[number];

// prettier-ignore
export const CASE_TYPES = [
	'party_ban', 'website_blocking', 'imprisonment', 'detention', 'prosecution',
	'criminal_investigation', 'assembly_dispersal', 'registration_denial', 'activity_restriction',
	'other'
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

export const VERIFICATION_LEVELS = ['reported', 'corroborated', 'verified'] as const;
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];

// prettier-ignore
export const ENGAGEMENT_KINDS = [
	'agreement', 'resolution', 'summit', 'visit', 'dialogue', 'statement', 'sanction', 'funding'
] as const;
export type EngagementKind = (typeof ENGAGEMENT_KINDS)[number];

export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];

export const ASK_STATUSES = ['open', 'raised', 'acted_on', 'ignored'] as const;
export type AskStatus = (typeof ASK_STATUSES)[number];

// prettier-ignore
export const LINK_KINDS = [
	'contradicted_by', 'supported_by', 'made_at', 'made_for', 'raised_at', 'related_to'
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

// prettier-ignore
export const RECORD_TYPES = [
	'country', 'actor', 'theme', 'law', 'pledge', 'assessment', 'case', 'engagement', 'ask',
	'source', 'briefing'
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

// prettier-ignore
export const SOURCE_KINDS = [
	'report', 'article', 'opinion', 'court_document', 'official_statement', 'interview',
	'social_media'
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const RELIABILITY_GRADES = ['high', 'medium', 'low', 'unknown'] as const;
export type Reliability = (typeof RELIABILITY_GRADES)[number];

export type CaseActorRole = 'affected' | 'responsible';
export type EngagementSide = 'eu' | 'counterpart';
export type ThemedRecordType = 'pledge' | 'case' | 'ask' | 'law';
