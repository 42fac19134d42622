import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type {
	Role,
	WorkflowStatus,
	DatePrecision,
	ActorKind,
	LawStatus,
	Rating,
	CaseType,
	VerificationLevel,
	EngagementKind,
	YesNoUnknown,
	AskStatus,
	LinkKind,
	RecordType,
	SourceKind,
	Reliability,
	CaseActorRole,
	EngagementSide,
	ThemedRecordType
} from '../../domain/vocabulary.js';
import type { TranslationOwner } from '../../domain/translations.js';

/* The vocabulary is defined in $lib/domain so the browser can share it; re-exported for server modules. */
export * from '../../domain/vocabulary.js';

/*
 * The one Database interface, matching migrations/. Timestamps are ISO-8601 UTC text and
 * booleans are 0/1 integers on both SQLite and PostgreSQL (see migrations/0001_domain.ts).
 */

export type Flag = 0 | 1;
export type Timestamp = string;

/** Columns every workflow record carries. */
export interface RecordColumns {
	status: Generated<WorkflowStatus>;
	version: Generated<number>;
	internal_notes: Generated<string>;
	created_at: Timestamp;
	updated_at: Timestamp;
	created_by: string | null;
	updated_by: string | null;
	published_at: Timestamp | null;
	published_by: string | null;
	deleted_at: Timestamp | null;
	deleted_by: string | null;
}

/* A date with precision, spelled out per prefix because Kysely needs literal column names. */
export interface StartDate {
	start_text: string | null;
	start_precision: DatePrecision | null;
	start_earliest: string | null;
	start_latest: string | null;
	start_note: Generated<string>;
}
export interface EndDate {
	end_text: string | null;
	end_precision: DatePrecision | null;
	end_earliest: string | null;
	end_latest: string | null;
	end_note: Generated<string>;
}
export interface MadeDate {
	made_text: string | null;
	made_precision: DatePrecision | null;
	made_earliest: string | null;
	made_latest: string | null;
	made_note: Generated<string>;
}

export interface UsersTable {
	id: string;
	email: string;
	display_name: string;
	role: Role;
	password_hash: string | null;
	totp_key: string | null;
	totp_enabled: Generated<Flag>;
	totp_last_step: number | null;
	active: Generated<Flag>;
	/** Set for a printed one-time password: the user must choose a new one before anything else. */
	must_change_password: Generated<Flag>;
	/** The language chosen for this person's workspace, account and admin pages; null until chosen. */
	interface_language: string | null;
	version: Generated<number>;
	created_at: Timestamp;
	updated_at: Timestamp;
}

export interface SessionsTable {
	id: string;
	user_id: string;
	secret_hash: string;
	two_factor_verified: Generated<Flag>;
	created_at: Timestamp;
	last_renewed_at: Timestamp;
	idle_expires_at: Timestamp;
	absolute_expires_at: Timestamp;
	ip: string | null;
	user_agent: string | null;
	/** The language of the page the session was started on (sign-in or invitation). */
	language: Generated<string>;
}

export interface RecoveryCodesTable {
	id: string;
	user_id: string;
	code_hash: string;
	used_at: Timestamp | null;
	created_at: Timestamp;
}

export interface InvitesTable {
	id: string;
	email: string;
	role: Role;
	token_hash: string;
	expires_at: Timestamp;
	created_at: Timestamp;
	created_by: string | null;
	used_at: Timestamp | null;
	used_by: string | null;
	revoked_at: Timestamp | null;
}

export interface ThrottleBucketsTable {
	key: string;
	attempts: Generated<number>;
	window_started_at: Timestamp;
	blocked_until: Timestamp | null;
}

export interface AuditEventsTable {
	id: string;
	occurred_at: Timestamp;
	user_id: string | null;
	actor_email: string | null;
	action: string;
	outcome: Generated<string>;
	target_type: string | null;
	target_id: string | null;
	ip: string | null;
	user_agent: string | null;
	/** JSON object; never secrets or passwords. */
	detail: Generated<string>;
}

export interface SettingsTable {
	key: string;
	value: string;
	updated_at: Timestamp;
	updated_by: string | null;
}

export interface CountriesTable extends RecordColumns {
	id: string;
	code: string;
	name: string;
	region: Generated<string>;
	summary: Generated<string>;
	is_fictional: Generated<Flag>;
}

export interface ThemesTable extends RecordColumns {
	id: string;
	slug: string;
	name: string;
	instrument: Generated<string>;
	article: Generated<string>;
	description: Generated<string>;
}

export interface ActorsTable extends RecordColumns {
	id: string;
	country_id: string | null;
	kind: ActorKind;
	name: string;
	/** JSON array of strings. */
	aliases: Generated<string>;
	description: Generated<string>;
	at_risk: Generated<Flag>;
	public_pseudonym: string | null;
}

export interface LawsTable extends RecordColumns {
	id: string;
	country_id: string;
	title: string;
	reference: Generated<string>;
	law_status: LawStatus;
	dated_text: string | null;
	dated_precision: DatePrecision | null;
	dated_earliest: string | null;
	dated_latest: string | null;
	dated_note: Generated<string>;
	description: Generated<string>;
}

export interface SourcesTable extends RecordColumns {
	id: string;
	title: string;
	authors: Generated<string>;
	publisher: Generated<string>;
	kind: SourceKind;
	published_text: string | null;
	published_precision: DatePrecision | null;
	published_earliest: string | null;
	published_latest: string | null;
	published_note: Generated<string>;
	captured_on: string | null;
	url: string | null;
	archive_url: string | null;
	reliability: Generated<Reliability>;
	description: Generated<string>;
}

export interface EngagementsTable extends RecordColumns, EndDate {
	id: string;
	country_id: string;
	title: string;
	kind: EngagementKind;
	eu_actors: Generated<string>;
	counterparts: Generated<string>;
	start_text: string;
	start_precision: DatePrecision;
	start_earliest: string | null;
	start_latest: string | null;
	start_note: Generated<string>;
	human_rights_clause: Generated<YesNoUnknown>;
	human_rights_raised: Generated<YesNoUnknown>;
	description: Generated<string>;
}

export interface PledgesTable extends RecordColumns {
	id: string;
	country_id: string;
	title: string;
	promise: Generated<string>;
	made_by_actor_id: string | null;
	occasion: Generated<string>;
	engagement_id: string | null;
	made_text: string;
	made_precision: DatePrecision;
	made_earliest: string | null;
	made_latest: string | null;
	made_note: Generated<string>;
	/** YYYY-MM-DD, or null when no deadline was set. */
	deadline: string | null;
	description: Generated<string>;
}

export interface PledgeAssessmentsTable extends RecordColumns {
	id: string;
	pledge_id: string;
	rating: Rating;
	/** YYYY-MM-DD. */
	assessed_on: string;
	rationale: string;
}

export interface CasesTable extends RecordColumns, StartDate, EndDate {
	id: string;
	country_id: string;
	title: string;
	case_type: CaseType;
	description: Generated<string>;
	ongoing: Generated<Flag>;
	place: Generated<string>;
	outcome: Generated<string>;
	verification: Generated<VerificationLevel>;
}

export interface CaseActorsTable {
	case_id: string;
	actor_id: string;
	role: CaseActorRole;
	note: Generated<string>;
}

export interface CaseLawsTable {
	case_id: string;
	law_id: string;
	note: Generated<string>;
}

export interface PledgeLawsTable {
	pledge_id: string;
	law_id: string;
}

export interface AsksTable extends RecordColumns, MadeDate {
	id: string;
	country_id: string;
	title: string;
	recommendation: string;
	addressed_to: Generated<string>;
	made_where: Generated<string>;
	ask_status: Generated<AskStatus>;
}

export interface RecordThemesTable {
	record_type: ThemedRecordType;
	record_id: string;
	theme_id: string;
}

export interface EngagementActorsTable {
	engagement_id: string;
	actor_id: string;
	side: EngagementSide;
}

export interface LinksTable {
	id: string;
	kind: LinkKind;
	from_type: RecordType;
	from_id: string;
	to_type: RecordType;
	to_id: string;
	note: Generated<string>;
	created_at: Timestamp;
	created_by: string | null;
	/** Null until the record it was added to is published (four-eyes rule). */
	published_at: Timestamp | null;
	published_by: string | null;
}

export interface CitationsTable {
	id: string;
	source_id: string;
	record_type: RecordType;
	record_id: string;
	locator: Generated<string>;
	note: Generated<string>;
	created_at: Timestamp;
	created_by: string | null;
	/** Null until the record it was added to is published (four-eyes rule). */
	published_at: Timestamp | null;
	published_by: string | null;
}

/**
 * Columns of what several people may write before another publishes it (a pending revision,
 * a translation): everyone who wrote any of it since it was last published, as a JSON array of
 * their ids, and a version that makes a concurrent save lose rather than overwrite.
 */
export interface ContributedColumns {
	contributors: Generated<string>;
	version: Generated<number>;
	created_at: Timestamp;
	created_by: string | null;
	updated_at: Timestamp;
	updated_by: string | null;
}

/** Changes to a published record waiting for review; at most one per record. */
export interface PendingRevisionsTable extends ContributedColumns {
	id: string;
	record_type: RecordType;
	record_id: string;
	/** The record version the changes were made against. */
	base_version: number;
	/** "edit", or "restore" of restored_version. */
	action: Generated<string>;
	restored_version: number | null;
	/** JSON of the submitted form values. */
	values: string;
}

export interface RevisionsTable {
	id: string;
	record_type: RecordType;
	record_id: string;
	version: number;
	/** create, import, update, restore, publish_changes, status, delete, undelete */
	action: string;
	/** JSON of the row after the change. */
	snapshot: string;
	/** JSON array of column names changed by this revision. */
	changed_fields: Generated<string>;
	/** Why the move was made: the comment given when a record goes back to draft. */
	note: string | null;
	created_at: Timestamp;
	created_by: string | null;
}

export interface BriefingPacksTable extends RecordColumns {
	id: string;
	country_id: string;
	title: string;
	occasion: Generated<string>;
	window_start: string | null;
	window_end: string | null;
	theme_ids: Generated<string>;
	selection: Generated<string>;
	body: Generated<string>;
	is_public: Generated<Flag>;
	snapshot: string | null;
	issued_at: Timestamp | null;
	issued_by: string | null;
	withdrawn_at: Timestamp | null;
	withdrawn_by: string | null;
	withdrawn_reason: Generated<string>;
	/** The issued pack a draft was started from. */
	based_on: string | null;
}

/** The bytes of an issued pack's documents, kept so every download is identical. */
export interface BriefingDocumentsTable {
	pack_id: string;
	format: 'pdf' | 'docx';
	bytes: Uint8Array;
	sha256: string;
	size: number;
	created_at: Timestamp;
}

/**
 * A record field's text in a language other than its original (migrations/0013). `text` is
 * the latest wording; `published_text` what the public sees, set when someone who wrote none
 * of it publishes it.
 */
export interface TranslationsTable extends ContributedColumns {
	id: string;
	/** A record's type, or the join table whose note it translates (domain/translations.ts). */
	record_type: TranslationOwner;
	record_id: string;
	field: string;
	lang: 'en' | 'ru' | 'kk';
	text: string;
	published_text: string | null;
	published_at: Timestamp | null;
	published_by: string | null;
}

/** The language a field's original text is written in, when declared (English otherwise). */
export interface FieldLanguagesTable {
	record_type: TranslationOwner;
	record_id: string;
	field: string;
	lang: Generated<'en' | 'ru' | 'kk'>;
	/** A changed language waiting for review. */
	pending_lang: 'en' | 'ru' | 'kk' | null;
	pending_by: string | null;
	updated_at: Timestamp;
}

/**
 * One row per searchable record, kept current by triggers (migrations/0003_search.ts) and
 * indexed by FTS5 on SQLite and a tsvector column on PostgreSQL. Never written by the app.
 */
export interface SearchDocumentsTable {
	id: Generated<number>;
	record_type: 'case' | 'pledge' | 'engagement' | 'ask' | 'actor' | 'law' | 'source';
	record_id: string;
	country_id: string | null;
	status: WorkflowStatus;
	deleted: Flag;
	/** case_type, engagement/actor/source kind, law_status or ask_status. */
	kind: string | null;
	verification: VerificationLevel | null;
	/** A pledge's current rating: its latest assessment not in the trash. */
	rating: Rating | null;
	date_text: string | null;
	date_precision: DatePrecision | null;
	date_earliest: string | null;
	/** For cases and engagements the end of the span; 9999-12-31 while a case is ongoing. */
	date_latest: string | null;
	updated_at: Timestamp;
	title: string;
	names: string;
	body: string;
}

/**
 * Where the timeline draws each published, dated pledge, case and engagement (the rule "drawn"
 * of $lib/date-spans), kept current by triggers on their tables
 * (migrations/0015_timeline_spans.ts). Never written by the app.
 */
export interface TimelineSpansTable {
	lane: 'pledge' | 'case' | 'engagement';
	record_id: string;
	country_id: string;
	/** A case's type; the lane for pledges and engagements. */
	record_type: string;
	ongoing: Flag;
	first_day: string;
	first_last_day: string | null;
	closed_last_day: string | null;
	anchor_day: string;
	/** The anchor day's month, YYYY-MM. */
	anchor_month: string;
}

/**
 * timeline_spans counted per country, lane, record type and anchor month, with the minima and
 * maxima of their days (closed ones for spans that are not ongoing); kept by triggers on
 * timeline_spans. Never written by the app.
 */
export interface TimelineMonthsTable {
	country_id: string;
	lane: 'pledge' | 'case' | 'engagement';
	record_type: string;
	anchor_month: string;
	n: number;
	n_ongoing: number;
	min_first: string;
	max_first: string;
	min_closed: string | null;
	max_closed: string | null;
	max_ongoing_last: string | null;
}

/**
 * timeline_months summed over the record types, per country, lane and anchor month; kept by
 * triggers on timeline_months (migrations/0017_timeline_lane_months.ts). Never written by the app.
 */
export type TimelineLaneMonthsTable = Omit<TimelineMonthsTable, 'record_type'>;

/**
 * timeline_lane_months summed per country, lane and year (the anchor month's first four
 * characters); kept by triggers on timeline_lane_months (migrations/0022_timeline_lane_years.ts).
 * Never written by the app.
 */
export type TimelineLaneYearsTable = Omit<TimelineLaneMonthsTable, 'anchor_month'> & {
	anchor_year: string;
};

/**
 * Per ongoing case on the timeline, the day it is known to run to (the latest day of its latest
 * cited published source's publication date), when known; kept by triggers on timeline_spans,
 * citations and sources (migrations/0017_timeline_lane_months.ts). Never written by the app.
 */
export interface TimelineKnownTable {
	record_id: string;
	country_id: string;
	known_day: string;
}

/**
 * Per country and case type, how many cases the public sees (published, not in the trash); kept
 * by triggers on cases (migrations/0019_country_figures.ts). Never written by the app.
 */
export interface CountryCaseCountsTable {
	country_id: string;
	case_type: CaseType;
	n: number;
}

/**
 * Per pledge the public sees, its country, current rating and whether a published case of its
 * country contradicts it (1 or 0); kept by triggers on pledges, pledge_assessments, links and
 * cases (migrations/0019_country_figures.ts). Never written by the app.
 */
export interface PublicPledgesTable {
	pledge_id: string;
	country_id: string;
	rating: Rating;
	contradicted: number;
}

export interface Database {
	users: UsersTable;
	sessions: SessionsTable;
	recovery_codes: RecoveryCodesTable;
	invites: InvitesTable;
	throttle_buckets: ThrottleBucketsTable;
	audit_events: AuditEventsTable;
	settings: SettingsTable;
	countries: CountriesTable;
	themes: ThemesTable;
	actors: ActorsTable;
	laws: LawsTable;
	sources: SourcesTable;
	engagements: EngagementsTable;
	pledges: PledgesTable;
	pledge_assessments: PledgeAssessmentsTable;
	cases: CasesTable;
	case_actors: CaseActorsTable;
	case_laws: CaseLawsTable;
	pledge_laws: PledgeLawsTable;
	asks: AsksTable;
	record_themes: RecordThemesTable;
	engagement_actors: EngagementActorsTable;
	links: LinksTable;
	citations: CitationsTable;
	revisions: RevisionsTable;
	pending_revisions: PendingRevisionsTable;
	briefing_packs: BriefingPacksTable;
	briefing_documents: BriefingDocumentsTable;
	search_documents: SearchDocumentsTable;
	timeline_spans: TimelineSpansTable;
	timeline_months: TimelineMonthsTable;
	timeline_lane_months: TimelineLaneMonthsTable;
	timeline_lane_years: TimelineLaneYearsTable;
	timeline_known: TimelineKnownTable;
	country_case_counts: CountryCaseCountsTable;
	public_pledges: PublicPledgesTable;
	translations: TranslationsTable;
	field_languages: FieldLanguagesTable;
}

export type User = Selectable<UsersTable>;
export type Session = Selectable<SessionsTable>;
export type Country = Selectable<CountriesTable>;
export type NewCountry = Insertable<CountriesTable>;
export type CountryUpdate = Updateable<CountriesTable>;
export type Theme = Selectable<ThemesTable>;
export type Actor = Selectable<ActorsTable>;
export type Law = Selectable<LawsTable>;
export type Source = Selectable<SourcesTable>;
export type Engagement = Selectable<EngagementsTable>;
export type Pledge = Selectable<PledgesTable>;
export type PledgeAssessment = Selectable<PledgeAssessmentsTable>;
export type Case = Selectable<CasesTable>;
export type Ask = Selectable<AsksTable>;
export type Link = Selectable<LinksTable>;
export type Citation = Selectable<CitationsTable>;
export type Revision = Selectable<RevisionsTable>;
export type PendingRevision = Selectable<PendingRevisionsTable>;
export type AuditEvent = Selectable<AuditEventsTable>;
export type Translation = Selectable<TranslationsTable>;
