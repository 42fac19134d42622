import type { PreciseDate } from '$lib/dates';
import type { TimelineData } from '$lib/timeline/types';
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
} from './vocabulary';

/*
 * The public read model: the only shapes public pages, feeds and exports may send. Every
 * field here is deliberately public; anything not listed (internal notes, authorship,
 * workflow state, an at-risk person's name) has no place to go.
 */

/** A source as the public sees it; `id` is the anchor the citations point at. */
export interface PublicSource {
	id: string;
	title: string;
	authors: string;
	publisher: string;
	kind: SourceKind;
	published: PreciseDate | null;
	capturedOn: string | null;
	url: string | null;
	archiveUrl: string | null;
	reliability: Reliability;
}

/** One claim's citation: enough of the source to read inline, plus where in it to look. */
export interface PublicCitation {
	sourceId: string;
	title: string;
	authors: string;
	publisher: string;
	published: PreciseDate | null;
	locator: string;
}

/** A person or organisation; an at-risk person carries only the pseudonym staff chose. */
export interface PublicActor {
	/** What the name's translations are found by; null for an at-risk person. */
	id: string | null;
	name: string;
	kind: ActorKind;
	pseudonymised: boolean;
	aliases: string[];
	description: string;
}

export interface PublicTheme {
	slug: string;
	name: string;
	instrument: string;
	article: string;
}

export interface PublicRecordRef {
	id: string;
	title: string;
}

export interface PublicAssessment {
	/** What the rationale's translations are found by. */
	assessmentId: string;
	rating: Rating;
	assessedOn: string;
	rationale: string;
	citations: PublicCitation[];
}

/** A pledge-case link: the heart of the gap view, with the researcher's note on why. */
export interface PublicPledgeCaseLink {
	caseId: string;
	caseTitle: string;
	caseType: CaseType;
	start: PreciseDate | null;
	end: PreciseDate | null;
	ongoing: boolean;
	note: string;
	/**
	 * What the note's translations are found by (domain/translations.ts): the link's id, or the
	 * case actor's or case law's key; null where it has none (an at-risk person's part).
	 */
	noteId: string | null;
}

export interface PublicPledge {
	id: string;
	title: string;
	promise: string;
	description: string;
	madeBy: PublicActor | null;
	occasion: string;
	made: PreciseDate | null;
	engagement: PublicRecordRef | null;
	/** YYYY-MM-DD or null. */
	deadline: string | null;
	/** The deadline has passed and the pledge is not rated Kept. */
	deadlineMissed: boolean;
	themes: PublicTheme[];
	/** The latest published assessment's rating, or not_yet_rated when there is none. */
	rating: Rating;
	current: PublicAssessment | null;
	earlierAssessments: PublicAssessment[];
	contradictedBy: PublicPledgeCaseLink[];
	/** How many published cases contradict it (a bounded page may list fewer). */
	contradictedTotal: number;
	supportedBy: PublicPledgeCaseLink[];
	laws: PublicRecordRef[];
	citations: PublicCitation[];
}

export interface PublicCaseLaw extends PublicRecordRef {
	note: string;
	/**
	 * What the note's translations are found by (domain/translations.ts): the link's id, or the
	 * case actor's or case law's key; null where it has none (an at-risk person's part).
	 */
	noteId: string | null;
}

export interface PublicCaseActor extends PublicActor {
	note: string;
	/**
	 * What the note's translations are found by (domain/translations.ts): the link's id, or the
	 * case actor's or case law's key; null where it has none (an at-risk person's part).
	 */
	noteId: string | null;
}

export interface PublicLinkedRecord extends PublicRecordRef {
	note: string;
	/**
	 * What the note's translations are found by (domain/translations.ts): the link's id, or the
	 * case actor's or case law's key; null where it has none (an at-risk person's part).
	 */
	noteId: string | null;
}

export interface PublicCase {
	id: string;
	title: string;
	type: CaseType;
	description: string;
	start: PreciseDate | null;
	end: PreciseDate | null;
	ongoing: boolean;
	/**
	 * When ongoing: the latest publication date among its published cited sources, the last
	 * date the record is known to be ongoing ("ongoing as of"); null otherwise or when undated.
	 */
	ongoingAsOf: PreciseDate | null;
	place: string;
	outcome: string;
	verification: VerificationLevel;
	themes: PublicTheme[];
	affected: PublicCaseActor[];
	responsible: PublicCaseActor[];
	laws: PublicCaseLaw[];
	/** Pledges this case is linked as contradicting. */
	contradicts: PublicLinkedRecord[];
	related: PublicLinkedRecord[];
	citations: PublicCitation[];
}

export interface PublicLaw {
	id: string;
	title: string;
	reference: string;
	status: LawStatus;
	dated: PreciseDate | null;
	description: string;
	themes: PublicTheme[];
	citations: PublicCitation[];
}

export interface PublicEngagement {
	id: string;
	title: string;
	kind: EngagementKind;
	euActors: string;
	counterparts: string;
	euActorRecords: PublicActor[];
	counterpartRecords: PublicActor[];
	start: PreciseDate | null;
	end: PreciseDate | null;
	humanRightsClause: YesNoUnknown;
	humanRightsRaised: YesNoUnknown;
	description: string;
	/** Asks written ahead of this engagement: whether they were raised is not known from that. */
	asksMadeFor: PublicLinkedRecord[];
	/** Asks known to have been raised here. */
	asksRaised: PublicLinkedRecord[];
	/** Pledges made at this engagement. */
	pledgesMade: PublicLinkedRecord[];
	citations: PublicCitation[];
}

export interface PublicAsk {
	id: string;
	title: string;
	recommendation: string;
	addressedTo: string;
	madeWhere: string;
	made: PreciseDate | null;
	status: AskStatus;
	themes: PublicTheme[];
	/** Engagements the ask was written ahead of. */
	madeFor: PublicLinkedRecord[];
	/** Engagements where it is known to have been raised. */
	raisedAt: PublicLinkedRecord[];
	citations: PublicCitation[];
}

export interface PublicCountry {
	code: string;
	/** On a page, in the page's language (src/lib/server/country-names.ts, withCountryNames). */
	name: string;
	region: string;
	summary: string;
	isFictional: boolean;
}

/* Political prisoners, derived from imprisonment and detention cases (see src/lib/server/public/prisoners.ts). */

export interface PublicRestriction {
	id: string;
	title: string;
	start: PreciseDate | null;
	end: PreciseDate | null;
	ongoing: boolean;
	/** When ongoing, the latest date among its published sources, as on PublicCase. */
	ongoingAsOf: PreciseDate | null;
	/** The researcher's note on the related link; empty when matched by person and date. */
	note: string;
}

export interface PublicPrisoner {
	caseId: string;
	title: string;
	type: CaseType;
	people: PublicActor[];
	start: PreciseDate | null;
	end: PreciseDate | null;
	ongoing: boolean;
	/** When ongoing, the latest date among its published sources, as on PublicCase. */
	ongoingAsOf: PreciseDate | null;
	/** Still held: the case is ongoing, or its end lies after today. */
	current: boolean;
	/** When a former prisoner was released (the end of the period held), if known. */
	release: PreciseDate | null;
	outcome: string;
	restrictions: PublicRestriction[];
}

export interface PublicPrisonerList {
	total: number;
	current: number;
	former: number;
	/** Current prisoners first, then the most recently released. */
	items: PublicPrisoner[];
}

/** The figures at the top of a country page; each is explained beside it on the page. */
export interface PublicCountryFigures {
	pledges: number;
	/** Every rating on the scale, in display order, zeros included. */
	ratings: PublicRatingCount[];
	/** Published pledges with at least one published case linked as contradicting them. */
	contradicted: number;
	cases: number;
	engagements: number;
	/** Engagements by whether human rights were raised. */
	raised: { yes: number; no: number; unknown: number };
	laws: number;
	asks: number;
}

/** A law with how often it was applied and the most recent cases under it. */
export interface PublicLawUse {
	lawId: string;
	total: number;
	cases: PublicRecentCase[];
}

/*
 * Descriptions and country summaries are Markdown. Pages get them as sanitised HTML in place
 * of the source text, rendered on the server so the browser needs no Markdown code; the
 * open-data API and CSV keep the source text.
 */

/** A record as a public page shows it: `descriptionHtml` (safe HTML) instead of `description`. */
export type PageRecord<T extends { description: string }> = Omit<T, 'description'> & {
	descriptionHtml: string;
};

/** A country as its page shows it: `summaryHtml` (safe HTML) instead of `summary`. */
export type PageCountry = Omit<PublicCountry, 'summary'> & { summaryHtml: string };

export interface PublicCountryPage {
	country: PageCountry & { citations: PublicCitation[] };
	figures: PublicCountryFigures;
	/** The timeline for the requested view: raw events where they fit, counts elsewhere. */
	timeline: TimelineData;
	/** The most recently made pledges (at most the page's limit); `figures` has the totals. */
	pledges: PageRecord<PublicPledge>[];
	/** The most recent cases. */
	cases: PageRecord<PublicCase>[];
	laws: PageRecord<PublicLaw>[];
	lawUses: PublicLawUse[];
	/** The most recent engagements. */
	engagements: PageRecord<PublicEngagement>[];
	asks: PublicAsk[];
	prisoners: PublicPrisonerList;
	/** Every published source cited on the page, oldest first. */
	sources: PublicSource[];
}

export interface PublicRecentCase {
	id: string;
	title: string;
	type: CaseType;
	start: PreciseDate | null;
	end: PreciseDate | null;
	ongoing: boolean;
}

export interface PublicRatingCount {
	rating: Rating;
	count: number;
}

/** One country on the overview: its pledge ratings at a glance and its most recent cases. */
export interface PublicCountrySummary extends PublicCountry {
	pledgeCount: number;
	caseCount: number;
	/** Published pledges counted by current rating; ratings with no pledges are left out. */
	ratings: PublicRatingCount[];
	recentCases: PublicRecentCase[];
}
