import { compareDates, formatDate, type PreciseDate } from '$lib/dates';
import { drawnOverlaps, drawnSpan } from '$lib/date-spans';
import {
	PACK_CONTENT_VERSION,
	type BriefingContent,
	type PackCaseRef,
	type PackClassification,
	type PackEndnote,
	type PackEuItem,
	type PackFigure,
	type PackPerson,
	type PackSinceLast
} from '$lib/domain/briefing';
import { occasionWhen } from '$lib/briefing/sections';
import { countryName } from '$lib/server/country-names';
import { formatNumber } from '$lib/i18n';
import { ratingLabel } from '$lib/localized-labels';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { DB } from '$lib/server/db/connect';
import type { PublicEngagement, PublicSource } from '$lib/domain/public-records';
import { listAtRiskNames } from '$lib/server/repositories/unpublished-records';
import { fieldLang, type ContentLang } from '$lib/domain/translations';
import { localizeRecords } from '$lib/server/translations/localize';
import { renumberEndnotes } from './endnotes';
import { packTextLangs } from './text-langs';
import { readSourceRecord, type SourceRecord } from './source-record';
import {
	readUnpublished,
	selectionSize,
	type PackCitation,
	type UnpublishedSelection
} from './unpublished';
import { drawTimelineFigure } from './timeline-figure';
import { currentTime } from '../clock.js';

/*
 * Assembles a draft pack from the published record through the public read path
 * (source-record.ts), so the figures agree with the country page for the same window. The
 * result is plain content the director then edits; nothing here writes.
 */

/** Cases listed per section; beyond it the pack counts and says so in `limits`. */
export const PACK_CASE_LIMIT = 50;

/*
 * What the other lists hold at most, so a pack stays a few dozen pages however large the
 * record: beyond each, the pack lists the first and says in `limits` how many it left out.
 */
export const PACK_LIST_LIMITS = {
	pledges: 25,
	contradictedBy: 10,
	laws: 15,
	lawCases: 5,
	eu: 25,
	newCases: 25,
	asks: 20
} as const;

/** A limit's sentence in the pack's language, from how many there are and how many it lists. */
type LimitMessage = (
	inputs: { total: string; limit: string },
	options: { locale: Locale }
) => string;

/** The first `limit` items; when there are more, a sentence saying so goes into `limits`. */
function capped<T>(
	items: readonly T[],
	limit: number,
	say: LimitMessage,
	limits: string[],
	locale: Locale
): T[] {
	if (items.length > limit)
		limits.push(
			say({ total: formatNumber(items.length, locale), limit: String(limit) }, { locale })
		);
	return items.slice(0, limit);
}

export type PackOccasionInput =
	| { engagementId: string }
	| {
			engagementId?: undefined;
			title: string;
			date: string;
			/** The language the director typed the title in; the pack's when not given. */
			lang?: ContentLang;
	  };

export interface AssembleInput {
	country: string;
	occasion: PackOccasionInput;
	window: { from: string | null; to: string | null };
	themes: string[];
	classification: PackClassification;
	realNames: boolean;
	/** The language of the pack's own words; English when not given. */
	language?: Locale;
	/** Internal packs only: unpublished records of the country the director ticked in. */
	unpublished?: UnpublishedSelection;
	/** YYYY-MM-DD: decides who is still held and which occasions lie in the future. */
	today?: string;
}

/** Input the builder cannot honour; `field` names the form field to fix. */
export class PackInputError extends Error {
	override name = 'PackInputError';
	constructor(
		readonly field: string,
		message: string
	) {
		super(message);
	}
}

/** Numbers sources in order of first citation and gathers every locator each is cited at. */
class Endnotes {
	readonly notes: PackEndnote[] = [];
	private bySource = new Map<string, PackEndnote>();
	constructor(private sources: Map<string, PublicSource>) {}

	cite(citations: readonly PackCitation[]): number[] {
		const refs: number[] = [];
		for (const c of citations) {
			let note = this.bySource.get(c.sourceId);
			if (!note) {
				note = {
					number: this.notes.length + 1,
					sourceId: c.sourceId,
					title: c.title,
					authors: c.authors,
					publisher: c.publisher,
					published: c.published,
					url: c.url !== undefined ? c.url : (this.sources.get(c.sourceId)?.url ?? null),
					locators: []
				};
				this.notes.push(note);
				this.bySource.set(c.sourceId, note);
			}
			if (c.locator && !note.locators.includes(c.locator)) note.locators.push(c.locator);
			if (!refs.includes(note.number)) refs.push(note.number);
		}
		return refs;
	}
}

/** A message that takes no values, in the pack's language. */
type Message = (inputs: Record<string, never>, options: { locale: Locale }) => string;

function summaryFigures(
	record: SourceRecord,
	window: AssembleInput['window'],
	locale: Locale
): PackFigure[] {
	const f = record.page.figures;
	const p = record.page.prisoners;
	const o = { locale };
	const day = (text: string) => formatDate({ text, precision: 'day' }, locale);
	const windowText =
		window.from || window.to
			? m.pack_doc_fig_window(
					{
						from: window.from ? day(window.from) : m.pack_doc_window_start({}, o),
						to: window.to ? day(window.to) : m.pack_doc_window_latest({}, o)
					},
					o
				)
			: m.pack_doc_fig_window_whole({}, o);
	/** A figure whose label and explanation take no values. */
	const figure = (key: string, value: number, label: Message, how: Message): PackFigure => ({
		key,
		label: label({}, o),
		value,
		computed: how({}, o)
	});
	return [
		figure('pledges', f.pledges, m.pack_doc_fig_pledges, m.pack_doc_fig_pledges_how),
		...f.ratings
			.filter((r) => r.count > 0)
			.map((r) => ({
				key: `rating:${r.rating}`,
				label: m.pack_doc_fig_rated({ rating: ratingLabel(r.rating, locale) }, o),
				value: r.count,
				computed: m.pack_doc_fig_rated_how({ rating: ratingLabel(r.rating, locale) }, o)
			})),
		figure(
			'contradicted',
			f.contradicted,
			m.pack_doc_fig_contradicted,
			m.pack_doc_fig_contradicted_how
		),
		figure('cases', f.cases, m.pack_doc_fig_cases, m.pack_doc_fig_cases_how),
		{
			key: 'casesInWindow',
			label: m.pack_doc_fig_cases_window({}, o),
			value: record.casesInWindow,
			computed: m.pack_doc_fig_cases_window_how({ window: windowText }, o)
		},
		figure('prisonersHeld', p.current, m.pack_doc_fig_held, m.pack_doc_fig_held_how),
		figure('prisonersReleased', p.former, m.pack_doc_fig_released, m.pack_doc_fig_released_how),
		{
			key: 'engagements',
			label: m.pack_doc_fig_engagements({}, o),
			value: f.engagements,
			computed: m.pack_doc_fig_engagements_how(
				{ yes: f.raised.yes, no: f.raised.no, unknown: f.raised.unknown },
				o
			)
		}
	];
}

const byTitle = <T extends { title: string; id: string }>(items: readonly T[]) =>
	[...items].sort((a, b) => a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id));

/**
 * The EU's record oldest first; undated items (a resolution whose date the source does not
 * give) after the dated ones, by title, so their order never depends on the database.
 */
export function euOrder(items: readonly PackEuItem[]): PackEuItem[] {
	const dated = items
		.filter((e) => e.date?.text)
		.sort(
			(a, b) =>
				compareDates(a.date, b.date) ||
				a.title.localeCompare(b.title, 'en') ||
				a.id.localeCompare(b.id)
		);
	return [...dated, ...byTitle(items.filter((e) => !e.date?.text))];
}

/** How many of the pledges the timeline does not draw in its window (dated outside it). */
function notDrawnIn(
	pledges: readonly { made: PreciseDate | null }[],
	window: { from: string; to: string } | null
): number {
	if (!window) return 0;
	return pledges.filter((p) => {
		const span = drawnSpan(p.made, null, false);
		return span !== null && !drawnOverlaps(span, window.from, window.to);
	}).length;
}

const dayOf = (d: PreciseDate | null) => d?.latest ?? d?.earliest ?? null;

function resolveOccasion(input: AssembleInput, record: SourceRecord, today: string) {
	if (input.occasion.engagementId !== undefined) {
		const e = record.engagements.find((x) => x.id === input.occasion.engagementId);
		if (!e) throw new PackInputError('engagement', m.pack_build_err_engagement());
		return { engagementId: e.id, title: e.title, date: e.start, end: e.end, engagement: e };
	}
	const title = input.occasion.title.trim();
	if (!title) throw new PackInputError('occasionTitle', m.pack_build_err_occasion_title());
	const date = input.occasion.date;
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
		throw new PackInputError('occasionDate', m.pack_build_err_occasion_date());
	/*
	 * A pack is written before its meeting, so a date ahead is normal; more than a year ahead
	 * is most likely a mistyped year.
	 */
	if (date > yearAfter(today))
		throw new PackInputError('occasionDate', m.pack_build_err_occasion_far({ date }));
	const d: PreciseDate = { text: date, precision: 'day', earliest: date, latest: date, note: '' };
	return { engagementId: null, title, date: d, end: null, engagement: null };
}

const yearAfter = (day: string) => `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;

function checkWindow(window: AssembleInput['window']) {
	for (const [field, day] of [
		['from', window.from],
		['to', window.to]
	] as const) {
		if (day !== null && !/^\d{4}-\d{2}-\d{2}$/.test(day))
			throw new PackInputError(
				field,
				field === 'from' ? m.pack_build_err_window_from() : m.pack_build_err_window_to()
			);
	}
	if (window.from && window.to && window.from > window.to)
		throw new PackInputError(
			'to',
			m.pack_build_err_window_empty({ from: window.from, to: window.to })
		);
}

function sinceLast(
	record: SourceRecord,
	occasion: { engagementId: string | null; date: PreciseDate | null },
	caseRef: (id: string) => PackCaseRef | null,
	limits: string[],
	locale: Locale
): PackSinceLast | null {
	if (!occasion.engagementId) return null;
	const occasionDay = occasion.date?.earliest ?? null;
	const earlier = record.engagements
		.filter((e) => e.id !== occasion.engagementId && e.kind !== 'agreement')
		.filter((e) => occasionDay === null || (dayOf(e.start) ?? '') < occasionDay)
		.filter((e) => dayOf(e.start) !== null)
		.sort((a, b) => compareDates(b.start, a.start));
	const previous: PublicEngagement | undefined = earlier[0];
	if (!previous) return { previous: null, newCases: [], ratingChanges: [], asks: [] };
	const from = dayOf(previous.start) ?? '';
	const to = occasionDay ?? '9999-12-31';
	const newCases = capped(
		record.cases.filter((c) => {
			const day = c.start?.earliest ?? null;
			return day !== null && day > from && day <= to;
		}),
		PACK_LIST_LIMITS.newCases,
		m.pack_doc_limit_new_cases,
		limits,
		locale
	).flatMap((c) => caseRef(c.id) ?? []);
	const ratingChanges = record.pledges.flatMap((p) => {
		const history = [p.current, ...p.earlierAssessments]
			.filter((a) => a !== null)
			.sort((a, b) => a.assessedOn.localeCompare(b.assessedOn));
		return history.flatMap((a, i) => {
			const before = history[i - 1]?.rating ?? null;
			return a.assessedOn > from && a.assessedOn <= to && before !== a.rating
				? [
						{
							pledgeId: p.id,
							pledgeTitle: p.title,
							from: before,
							to: a.rating,
							on: a.assessedOn
						}
					]
				: [];
		});
	});
	const askIds = new Set([...previous.asksMadeFor, ...previous.asksRaised].map((a) => a.id));
	const asks = record.asks
		.filter((a) => askIds.has(a.id))
		.map((a) => ({ askId: a.id, text: a.title, status: a.status }));
	return {
		previous: { id: previous.id, title: previous.title, date: previous.start },
		newCases,
		ratingChanges,
		asks
	};
}

/**
 * A draft pack's content for a country, occasion and window. Throws PackInputError for input
 * it cannot honour (an empty window, a country with no published record, a future occasion).
 */
export async function assembleBriefing(db: DB, input: AssembleInput): Promise<BriefingContent> {
	const locale = input.language ?? 'en';
	const o = { locale };
	const today = input.today ?? currentTime().toISOString().slice(0, 10);
	checkWindow(input.window);
	const asWritten = await readSourceRecord(db, input.country, {
		window: { ...input.window, themes: input.themes },
		today,
		caseLimit: PACK_CASE_LIMIT
	});
	if (!asWritten)
		throw new PackInputError('country', m.pack_build_err_no_country({ country: input.country }));
	// Record text in the pack's language where a translation is published, as on its pages.
	const { data: record, fieldLangs } = await localizeRecords(db, asWritten, locale);
	const occasion = resolveOccasion(input, record, today);
	if (record.casesInWindow === 0 && record.pledges.length === 0) {
		const name = record.page.country.name;
		throw new PackInputError(
			record.page.figures.cases + record.page.figures.pledges === 0 ? 'country' : 'from',
			record.page.figures.cases + record.page.figures.pledges === 0
				? m.pack_build_err_nothing({ country: name })
				: input.themes.length
					? m.pack_build_err_nothing_themes({ country: name })
					: m.pack_build_err_nothing_window({ country: name })
		);
	}
	const internal = input.classification === 'internal';
	if (!internal && selectionSize(input.unpublished) > 0)
		throw new PackInputError('unpublished', m.pack_build_err_public_unpublished());
	const realNames = internal && input.realNames;
	const realNameRows = realNames
		? await listAtRiskNames(
				db,
				record.prisoners.items.flatMap((item) => item.caseId)
			)
		: [];
	/*
	 * The public read path names at-risk people by pseudonym ("Name withheld" without one); an
	 * internal pack that asks for real names swaps them back, matched by case and pseudonym.
	 */
	const realName = (caseId: string, shown: string) =>
		realNameRows.find(
			(r) => r.case_id === caseId && (r.public_pseudonym ?? 'Name withheld') === shown
		)?.name ?? null;

	const notes = new Endnotes(new Map(record.sources.map((s) => [s.id, s])));
	const caseById = new Map(record.cases.map((c) => [c.id, c]));
	const caseRef = (id: string, note = ''): PackCaseRef | null => {
		const c = caseById.get(id);
		if (!c) return null;
		return {
			id: c.id,
			title: c.title,
			type: c.type,
			start: c.start,
			note,
			refs: notes.cite(c.citations)
		};
	};

	const limits: string[] = [];
	const pledges = capped(
		record.pledges,
		PACK_LIST_LIMITS.pledges,
		m.pack_doc_limit_pledges,
		limits,
		locale
	).map((p) => ({
		id: p.id,
		title: p.title,
		made: p.made,
		deadline: p.deadline
			? {
					text: p.deadline,
					precision: 'day' as const,
					earliest: p.deadline,
					latest: p.deadline,
					note: ''
				}
			: null,
		rating: p.rating,
		rationale: p.current?.rationale ?? '',
		refs: notes.cite([...p.citations, ...(p.current?.citations ?? [])]),
		contradictedBy: p.contradictedBy.slice(0, PACK_LIST_LIMITS.contradictedBy).map(
			(l) =>
				caseRef(l.caseId, l.note) ?? {
					id: l.caseId,
					title: l.caseTitle,
					type: l.caseType,
					start: l.start,
					note: l.note,
					refs: []
				}
		)
	}));

	const people: PackPerson[] = record.prisoners.items.flatMap((item) =>
		item.people.map((person, i) => {
			const real = person.pseudonymised ? realName(item.caseId, person.name) : null;
			return {
				id: `${item.caseId}:${i}`,
				name: real ?? person.name,
				pseudonymised: person.pseudonymised && real === null,
				situation: [item.title, ...item.restrictions.map((r) => r.title)].join('; '),
				since: item.start,
				ongoingAsOf: item.ongoing ? (caseById.get(item.caseId)?.ongoingAsOf ?? null) : null,
				caseIds: [item.caseId, ...item.restrictions.map((r) => r.id)],
				refs: notes.cite(caseById.get(item.caseId)?.citations ?? [])
			};
		})
	);

	// What the director ticked in, cited after the published record (renumbered at the end).
	const unpublished = internal
		? await localizeRecords(
				db,
				await readUnpublished(db, record.countryId, input.unpublished ?? {}, {
					cite: (citations) => notes.cite(citations),
					caseRef
				}),
				locale
			)
		: null;

	const usesByLaw = new Map(record.lawUses.map((u) => [u.lawId, u]));
	if (record.pledges.some((p) => p.contradictedBy.length > PACK_LIST_LIMITS.contradictedBy))
		limits.push(
			m.pack_doc_limit_contradicted({ limit: String(PACK_LIST_LIMITS.contradictedBy) }, o)
		);
	const laws = capped(
		record.laws,
		PACK_LIST_LIMITS.laws,
		m.pack_doc_limit_laws,
		limits,
		locale
	).map((l) => ({
		id: l.id,
		title: l.title,
		article: l.reference,
		cases: (usesByLaw.get(l.id)?.cases ?? []).slice(0, PACK_LIST_LIMITS.lawCases).map((c) => ({
			id: c.id,
			title: c.title,
			start: c.start
		})),
		refs: notes.cite(l.citations)
	}));

	// The most recent engagements in the window are kept; undated ones after them.
	const inWindow = record.engagements.filter(
		(e) => input.window.to === null || (e.start?.earliest ?? '') <= (input.window.to ?? '')
	);
	const dated = inWindow
		.filter((e) => e.start?.text)
		.sort((a, b) => compareDates(b.start, a.start) || a.title.localeCompare(b.title, 'en'));
	const undated = inWindow.filter((e) => !e.start?.text);
	const kept = capped(
		[...dated, ...byTitle(undated)],
		PACK_LIST_LIMITS.eu,
		m.pack_doc_limit_eu,
		limits,
		locale
	);
	const eu = kept.map((e) => ({
		id: e.id,
		kind: e.kind,
		title: e.title,
		date: e.start,
		end: e.end,
		rightsRaised: e.kind === 'agreement' ? null : e.humanRightsRaised,
		note: e.description,
		refs: notes.cite(e.citations)
	}));

	const since = sinceLast(record, occasion, (id) => caseRef(id), limits, locale);

	const openAsks = capped(
		record.asks.filter((a) => a.status === 'open'),
		PACK_LIST_LIMITS.asks,
		m.pack_doc_limit_asks,
		limits,
		locale
	);
	// Asks are written in one language (they have no translations): as written, in theirs.
	const asks = openAsks.map((a) => ({
		askId: a.id,
		text: a.recommendation.trim() || a.title,
		refs: notes.cite(a.citations),
		lang: fieldLang(fieldLangs, a.id, a.recommendation.trim() ? 'recommendation' : 'title')
	}));

	const occasionDay = occasion.date?.earliest ?? null;
	if (occasionDay !== null && occasionDay > today)
		limits.push(
			m.pack_doc_limit_ahead(
				{
					date: formatDate(occasion.date, locale),
					today: formatDate({ text: today, precision: 'day' }, locale)
				},
				o
			)
		);
	if (record.casesInWindow > record.cases.length)
		limits.push(
			m.pack_doc_limit_cases(
				{ count: record.casesInWindow, listed: String(record.cases.length) },
				o
			)
		);
	if (record.prisoners.total > record.prisoners.items.length)
		limits.push(
			m.pack_doc_limit_prisoners(
				{ count: record.prisoners.total, listed: String(record.prisoners.items.length) },
				o
			)
		);

	const captionDay = (text: string) => formatDate({ text, precision: 'day' }, locale);
	/*
	 * The list holds every pledge made by the window's end; the figure draws those dated in the
	 * window (one known only as "by November 2021" at the end of November). The caption counts
	 * the difference, as the figure's pledge lane does, so the two never seem to disagree.
	 */
	const notDrawn = notDrawnIn(pledges, record.page.timeline.window);
	const figure = await drawTimelineFigure(record.page.timeline, {
		caption: [
			m.pack_doc_caption(
				{
					from: input.window.from ? captionDay(input.window.from) : m.pack_doc_caption_start({}, o),
					to: input.window.to ? captionDay(input.window.to) : m.pack_doc_caption_latest({}, o)
				},
				o
			),
			notDrawn > 0 ? m.pack_doc_caption_not_drawn({ count: formatNumber(notDrawn, locale) }, o) : ''
		]
			.filter(Boolean)
			.join(' '),
		today,
		locale
	});
	const country = {
		code: record.page.country.code,
		name: countryName(record.page.country, locale)
	};
	const occasionText = occasion.date
		? `${occasion.title}, ${occasionWhen(occasion, locale)}`
		: occasion.title;

	const allPledges = [...pledges, ...(unpublished?.data.pledges ?? [])];
	const allLaws = [...laws, ...(unpublished?.data.laws ?? [])];
	const allEu = euOrder([...eu, ...(unpublished?.data.eu ?? [])]);
	const textLangs = packTextLangs([fieldLangs, unpublished?.fieldLangs ?? {}], {
		pledges: allPledges,
		rationales: record.pledges.map((p) => [p.id, p.current?.assessmentId]),
		laws: allLaws,
		eu: allEu,
		unpublished: unpublished?.data.cases ?? [],
		cases: [
			...allPledges.flatMap((p) => p.contradictedBy),
			...allLaws.flatMap((l) => l.cases),
			...(since?.newCases ?? [])
		],
		people: record.prisoners.items.flatMap((item) =>
			item.people.map((person, i) => ({
				id: `${item.caseId}:${i}`,
				actorId: person.id,
				caseIds: [item.caseId, ...item.restrictions.map((r) => r.id)]
			}))
		)
	});

	return renumberEndnotes({
		version: PACK_CONTENT_VERSION,
		// "Briefing on Kazakhstan: President Tokayev visits Brussels, 25–26 November 2021".
		title: m.pack_doc_title({ country: country.name, occasion: occasionText }, o),
		country,
		occasion: {
			engagementId: occasion.engagementId,
			title: occasion.title,
			date: occasion.date,
			end: occasion.end,
			// An engagement's title in the language it shows in; a typed one in the director's.
			lang: occasion.engagementId
				? fieldLang(fieldLangs, occasion.engagementId, 'title')
				: input.occasion.engagementId === undefined
					? (input.occasion.lang ?? locale)
					: locale
		},
		window: { ...input.window },
		themes: record.page.timeline.themes.filter((t) => input.themes.includes(t.slug)),
		classification: input.classification,
		// English packs keep the content they always had; others say their language.
		...(locale === 'en' ? {} : { language: locale }),
		textLangs,
		realNames,
		summary: {
			text: m.pack_doc_summary_text(
				{
					occasion: occasion.date
						? `${occasion.title} (${occasionWhen(occasion, locale)})`
						: occasion.title
				},
				o
			),
			figures: summaryFigures(record, input.window, locale),
			lang: locale
		},
		pledges: allPledges,
		figure,
		people,
		laws: allLaws,
		...(unpublished ? { unpublished: unpublished.data.cases } : {}),
		eu: allEu,
		sinceLast: since,
		asks,
		talkingPoints: openAsks.map((a) => a.title),
		talkingPointLangs: openAsks.map((a) => fieldLang(fieldLangs, a.id, 'title')),
		endnotes: notes.notes,
		limits,
		omitted: []
	});
}
