import type { PreciseDate } from '$lib/dates';
import type { Locale } from '$lib/paraglide/runtime';
import type { ContentLang, FieldLangs } from './translations';
import type { AskStatus, CaseType, EngagementKind, Rating, YesNoUnknown } from './vocabulary';

/*
 * A briefing pack's content: everything its documents (print page, PDF, .docx) show, as plain
 * data. The builder assembles a draft of it from the record through the public read path; the
 * director edits it; issuing freezes it (stored as JSON beside the documents' bytes), so an
 * issued pack never changes when the record does. Nothing here points back into live records
 * except ids, kept for links; every text a document prints is in the content itself.
 *
 * Sources are cited by endnote number: `refs` lists the numbers of `endnotes` entries (1-based,
 * in order of first citation), so every document numbers them the same way.
 */

export const PACK_CONTENT_VERSION = 1;

export type PackClassification = 'internal' | 'public';

export type PackSectionKey =
	| 'summary'
	| 'pledges'
	| 'figure'
	| 'people'
	| 'laws'
	| 'unpublished'
	| 'eu'
	| 'sinceLast'
	| 'asks'
	| 'talkingPoints'
	| 'endnotes';

/**
 * Where a record not yet published stands. Only an internal pack holds such records (ticked in
 * by the director), each printed with it, so no reader takes it for the published record.
 */
export type PackUnpublishedStatus = 'draft' | 'in_review';

/** One source in the endnotes, with every locator the pack cites it at. */
export interface PackEndnote {
	number: number;
	sourceId: string;
	title: string;
	authors: string;
	publisher: string;
	published: PreciseDate | null;
	url: string | null;
	locators: string[];
}

/** A headline figure, with how it is computed so a reader can check it against the record. */
export interface PackFigure {
	key: string;
	label: string;
	value: number;
	computed: string;
}

export interface PackCaseRef {
	id: string;
	title: string;
	type: CaseType;
	start: PreciseDate | null;
	/** The researcher's note on the link (why this case contradicts the pledge). */
	note: string;
	refs: number[];
	/** Internal packs only: the case is not yet published. */
	unpublished?: PackUnpublishedStatus;
}

export interface PackPledge {
	id: string;
	title: string;
	made: PreciseDate | null;
	deadline: PreciseDate | null;
	rating: Rating | null;
	/** Markdown, from the latest published assessment. */
	rationale: string;
	contradictedBy: PackCaseRef[];
	refs: number[];
	/** Internal packs only: the pledge is not yet published (ticked in by the director). */
	unpublished?: PackUnpublishedStatus;
}

/** A political prisoner or a person under restriction; `name` is the pseudonym when at risk. */
export interface PackPerson {
	id: string;
	name: string;
	pseudonymised: boolean;
	situation: string;
	since: PreciseDate | null;
	/** Still held or restricted at the latest source ("ongoing as of"). */
	ongoingAsOf: PreciseDate | null;
	caseIds: string[];
	refs: number[];
}

export interface PackLaw {
	id: string;
	title: string;
	article: string;
	cases: {
		id: string;
		title: string;
		start: PreciseDate | null;
		unpublished?: PackUnpublishedStatus;
	}[];
	refs: number[];
	/** Internal packs only: the law's record is not yet published (ticked in by the director). */
	unpublished?: PackUnpublishedStatus;
}

/**
 * A case not yet published, ticked in by the director: internal packs only, never public, and
 * printed as such so no reader takes it for part of the published record.
 */
export interface PackUnpublishedCase {
	id: string;
	title: string;
	type: CaseType;
	start: PreciseDate | null;
	status: PackUnpublishedStatus;
	/** Markdown. */
	description: string;
}

/** Something the EU did: an agreement (with its human-rights clause), resolution, statement, meeting. */
export interface PackEuItem {
	id: string;
	kind: EngagementKind;
	title: string;
	date: PreciseDate | null;
	/** Where it ends (the last day of a visit); packs built before it was kept have none. */
	end?: PreciseDate | null;
	/** For meetings: whether human rights were raised. */
	rightsRaised: YesNoUnknown | null;
	/** Markdown: the clause, the resolution's words, the outcome. */
	note: string;
	refs: number[];
	/** Internal packs only: the engagement is not yet published (ticked in by the director). */
	unpublished?: PackUnpublishedStatus;
}

export interface PackRatingChange {
	pledgeId: string;
	pledgeTitle: string;
	from: Rating | null;
	to: Rating;
	on: string;
}

export interface PackAskOutcome {
	askId: string;
	text: string;
	status: AskStatus;
}

/** What changed between the previous engagement with the country and this occasion. */
export interface PackSinceLast {
	previous: { id: string; title: string; date: PreciseDate | null } | null;
	newCases: PackCaseRef[];
	ratingChanges: PackRatingChange[];
	asks: PackAskOutcome[];
}

/** An ask to put to the officials: drawn from an open ask on the record, or written for this pack. */
export interface PackAsk {
	/** The ask's record id, or null for one written for this pack. */
	askId: string | null;
	/** Markdown. */
	text: string;
	refs: number[];
	/**
	 * The language the text is in: the ask record's, drawn from it; the director's, written or
	 * changed by them. Absent in packs built before: the pack's language.
	 */
	lang?: ContentLang;
}

/** The timeline for the window, drawn static as SVG (vectors) by the country page's timeline. */
export interface PackTimelineFigure {
	svg: string;
	width: number;
	height: number;
	caption: string;
}

export interface BriefingContent {
	version: typeof PACK_CONTENT_VERSION;
	title: string;
	country: { code: string; name: string };
	occasion: {
		engagementId: string | null;
		title: string;
		date: PreciseDate | null;
		/** A visit over several days ends here; packs built before it was kept have none. */
		end?: PreciseDate | null;
		/**
		 * The language of the title: an engagement's title's, or the one the director typed it
		 * in. Absent in packs built before: the pack's language.
		 */
		lang?: ContentLang;
	};
	window: { from: string | null; to: string | null };
	themes: { slug: string; name: string }[];
	classification: PackClassification;
	/**
	 * The language of the pack's own words (headings, labels, dates, figures). Packs built
	 * before packs had a language are English.
	 */
	language?: Locale;
	/**
	 * The language each piece of record text prints in, by pack item id (a pledge's, a case's,
	 * a person's `id`) and field (`title`, `rationale`, `note`, `description`, `name`,
	 * `situation`): the pack's language where the builder found a published translation, else
	 * the language the record declares for it. Built with the content, so an issued pack keeps
	 * the translations it was built with. Absent in packs built before: record text in English.
	 */
	textLangs?: FieldLangs;
	/** Internal packs only: at-risk people under their real names. */
	realNames: boolean;
	/** The summary's text is in `lang` (absent: the pack's language), its figures in the pack's. */
	summary: { text: string; figures: PackFigure[]; lang?: ContentLang };
	pledges: PackPledge[];
	figure: PackTimelineFigure | null;
	people: PackPerson[];
	laws: PackLaw[];
	/** Internal packs only; absent in packs built before it existed. */
	unpublished?: PackUnpublishedCase[];
	eu: PackEuItem[];
	sinceLast: PackSinceLast | null;
	asks: PackAsk[];
	talkingPoints: string[];
	/**
	 * The language of each talking point, by position: an ask's title's where drawn from one,
	 * the director's where written by them. Absent in packs built before: the pack's language.
	 */
	talkingPointLangs?: ContentLang[];
	/**
	 * The language the director said they write the pack's own text in (the draft editor's
	 * "written in"); what they write or change takes it. Absent: the pack's language.
	 */
	authorLang?: ContentLang;
	endnotes: PackEndnote[];
	/** Sentences stating where the pack aggregates instead of listing (a window with thousands of cases). */
	limits: string[];
	/** Sections the director dropped, left out of every document. */
	omitted: PackSectionKey[];
}

/** How an issued pack is identified in print: classification, issue date and author. */
export interface PackIssue {
	issuedAt: string;
	issuedBy: string;
	classification: PackClassification;
}

/**
 * Whether a pack holds anything not yet published: a public pack never may (the leak rule), so
 * issuing and the public pages refuse one that does, however it came to.
 */
export function holdsUnpublished(content: BriefingContent): boolean {
	const marked = (items: readonly { unpublished?: PackUnpublishedStatus }[]) =>
		items.some((x) => x.unpublished !== undefined);
	return (
		(content.unpublished ?? []).length > 0 ||
		marked(content.pledges) ||
		content.pledges.some((p) => marked(p.contradictedBy)) ||
		marked(content.laws) ||
		content.laws.some((l) => marked(l.cases)) ||
		marked(content.eu) ||
		marked(content.sinceLast?.newCases ?? [])
	);
}
