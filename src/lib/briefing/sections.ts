import type { BriefingContent, PackEndnote, PackIssue, PackSectionKey } from '$lib/domain/briefing';
import { formatDate, formatPeriod } from '$lib/dates';
import { markdownBlocks, type Block, type Run } from '$lib/briefing/markdown-blocks';
import { DEFAULT_CONTENT_LANG, fieldLang, type ContentLang } from '$lib/domain/translations';
import {
	askStatusLabel,
	caseTypeLabel,
	engagementKindLabel,
	ratingLabel
} from '$lib/localized-labels';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { AskStatus } from '$lib/domain/vocabulary';
import type {
	PackCaseRef,
	PackEuItem,
	PackLaw,
	PackPerson,
	PackUnpublishedCase,
	PackUnpublishedStatus
} from '$lib/domain/briefing';

/*
 * What a pack's documents print, in words, in one place: the print page, the PDF and the .docx
 * all take their section order, headings and the lines under each record from here, so the three
 * read the same. Safe in browser code.
 */

/** The language tags a pack's files carry (PDF /Lang, Word's proofing language). */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU', kk: 'kk-KZ' };

/** A pack's language: the one it was built in; packs built before languages are English. */
export function packLocale(content: Pick<BriefingContent, 'language'>): Locale {
	return content.language ?? 'en';
}

/**
 * The language a piece of record text prints in (a record's title, a pledge's rationale, an EU
 * item's note, a person's name): a published translation into the pack's language where the
 * builder found one, else the language the record declares for the field. `id` is the pack
 * item's id (a pledge's, a case's, a person's); packs built before they kept languages print
 * record text in English, as written.
 */
export function packTextLang(
	content: Pick<BriefingContent, 'textLangs'>,
	id: string,
	field: string
): ContentLang {
	return fieldLang(content.textLangs, id, field);
}

/**
 * The language to mark a piece of record text with (HTML `lang`, PDF /Lang, Word's w:lang):
 * its own where that is not the pack's, none where it is. The web page, the PDF and the .docx
 * all ask here.
 */
export function packTextMark(
	content: Pick<BriefingContent, 'language' | 'textLangs'>,
	id: string,
	field: string
): ContentLang | undefined {
	return packLangMark(content, packTextLang(content, id, field));
}

/**
 * The one rule for marking text in a pack: a language is marked where it is not the pack's.
 * Record text asks through packTextMark; the pack's own text (the occasion's title, the
 * summary, the asks, the talking points) keeps its language beside it and asks here directly.
 * Unknown (a pack built before it was kept): the pack's language, unmarked.
 */
export function packLangMark(
	content: Pick<BriefingContent, 'language'>,
	lang: ContentLang | undefined
): ContentLang | undefined {
	return lang === undefined || lang === packLocale(content) ? undefined : lang;
}

/**
 * `runs` with the first place each of `inner` stands in them marked with its language (a
 * record's title inside a line in the pack's words); an inner text that is not found, has no
 * mark or stands only inside text already marked leaves the runs as they are.
 */
export function markWithin(
	runs: readonly Run[],
	inner: readonly { text: string; lang: string | undefined }[]
): Run[] {
	const out = [...runs];
	for (const { text, lang } of inner) {
		if (!lang || !text) continue;
		const i = out.findIndex((r) => r.lang === undefined && r.text.includes(text));
		const run = out[i];
		if (!run) continue;
		const at = run.text.indexOf(text);
		const parts = [
			{ ...run, text: run.text.slice(0, at) },
			{ ...run, text, lang },
			{ ...run, text: run.text.slice(at + text.length) }
		];
		out.splice(i, 1, ...parts.filter((p) => p.text !== ''));
	}
	return out;
}

/** The occasion's title inside a text of the pack's, marked when it is in another language. */
function occasionWithin(content: BriefingContent, runs: readonly Run[], lang?: ContentLang): Run[] {
	const own = content.occasion.lang;
	const mark = own !== undefined && own !== (lang ?? packLocale(content)) ? own : undefined;
	return markWithin(runs, [{ text: content.occasion.title, lang: mark }]);
}

/** The pack's title ("Briefing on Kazakhstan: <occasion>, <date>") as runs. */
export function packTitleRuns(content: BriefingContent): Run[] {
	return occasionWithin(content, [{ text: content.title }]);
}

/** The summary's Markdown blocks, the occasion's title in them marked, and the blocks' mark. */
export function summaryBlocks(content: BriefingContent): { blocks: Block[]; lang?: ContentLang } {
	const lang = content.summary.lang;
	const blocks = markdownBlocks(content.summary.text).map(
		(b): Block =>
			b.kind === 'paragraph'
				? { ...b, runs: occasionWithin(content, b.runs, lang) }
				: { ...b, items: b.items.map((runs) => occasionWithin(content, runs, lang)) }
	);
	const mark = packLangMark(content, lang);
	return mark ? { blocks, lang: mark } : { blocks };
}

/** The talking points that print, each with its mark (packs built before kept none). */
export function talkingPointLines(
	content: BriefingContent
): { text: string; lang: ContentLang | undefined }[] {
	return content.talkingPoints
		.map((text, i) => ({ text, lang: packLangMark(content, content.talkingPointLangs?.[i]) }))
		.filter((t) => t.text.trim() !== '');
}

const UNTRANSLATED: Record<ContentLang, (i: object, o: { locale: Locale }) => string> = {
	en: m.record_untranslated_en,
	ru: m.record_untranslated_ru,
	kk: m.record_untranslated_kk
};

/**
 * "Not yet translated; shown in English", in the pack's language, for the first of `marks`
 * (languages from packTextMark) that is not the pack's; '' when there is none.
 */
export function untranslatedMark(
	content: Pick<BriefingContent, 'language'>,
	marks: readonly (ContentLang | undefined)[]
): string {
	const shown = marks.find((l) => l !== undefined);
	return shown ? UNTRANSLATED[shown]({}, { locale: packLocale(content) }) : '';
}

/** The mark for an item one of whose `fields` prints in another language than the pack's. */
export function untranslatedNote(
	content: Pick<BriefingContent, 'language' | 'textLangs'>,
	id: string,
	fields: readonly string[]
): string {
	return untranslatedMark(
		content,
		fields.map((f) => packTextMark(content, id, f))
	);
}

/**
 * The language to mark a note on a link with (why a case contradicts a pledge): such notes have
 * no versions per language yet, so they print as written, in English.
 */
export function linkNoteLang(content: Pick<BriefingContent, 'language'>): ContentLang | undefined {
	return packLangMark(content, DEFAULT_CONTENT_LANG);
}

/** A case's line's mark: its title, and the note on its link, when not in the pack's language. */
export function caseRefNote(
	content: Pick<BriefingContent, 'language' | 'textLangs'>,
	c: Pick<PackCaseRef, 'id' | 'note'>
): string {
	return untranslatedMark(content, [
		packTextMark(content, c.id, 'title'),
		c.note.trim() ? linkNoteLang(content) : undefined
	]);
}

const SECTION_MESSAGES: Record<PackSectionKey, (i: object, o: { locale: Locale }) => string> = {
	summary: m.pack_doc_section_summary,
	pledges: m.pack_doc_section_pledges,
	figure: m.pack_doc_section_figure,
	people: m.pack_doc_section_people,
	laws: m.pack_doc_section_laws,
	unpublished: m.pack_doc_section_unpublished,
	eu: m.pack_doc_section_eu,
	sinceLast: m.pack_doc_section_since_last,
	asks: m.pack_doc_section_asks,
	talkingPoints: m.pack_doc_section_talking_points,
	endnotes: m.pack_doc_section_endnotes
};

/** A section's heading in the pack's language. */
export function sectionTitle(key: PackSectionKey, locale: Locale = 'en'): string {
	return SECTION_MESSAGES[key]({}, { locale });
}

/** The section headings in English, for the builder's controls (the workspace is English). */
export const SECTION_TITLES = Object.fromEntries(
	(Object.keys(SECTION_MESSAGES) as PackSectionKey[]).map((key) => [key, sectionTitle(key)])
) as Record<PackSectionKey, string>;

/** Every section in print order; the builder offers them in this order too. */
export const PACK_SECTION_ORDER: readonly PackSectionKey[] = [
	'summary',
	'pledges',
	'figure',
	'people',
	'laws',
	'unpublished',
	'eu',
	'sinceLast',
	'asks',
	'talkingPoints',
	'endnotes'
];

function hasContent(content: BriefingContent, key: PackSectionKey): boolean {
	switch (key) {
		case 'summary':
			return content.summary.text.trim() !== '' || content.summary.figures.length > 0;
		case 'figure':
			return content.figure !== null && content.figure.svg.trim() !== '';
		case 'sinceLast':
			return content.sinceLast !== null;
		case 'talkingPoints':
			return content.talkingPoints.some((t) => t.trim() !== '');
		case 'unpublished':
			return (content.unpublished ?? []).length > 0;
		default:
			return content[key].length > 0;
	}
}

/** The sections a pack prints, in order: those the director kept that have something to say. */
export function packSections(content: BriefingContent): PackSectionKey[] {
	return PACK_SECTION_ORDER.filter(
		(key) => !content.omitted.includes(key) && hasContent(content, key)
	);
}

export function classificationLabel(
	classification: BriefingContent['classification'],
	locale: Locale = 'en'
): string {
	return classification === 'internal'
		? m.pack_doc_classification_internal({}, { locale })
		: m.pack_doc_classification_public({}, { locale });
}

/** The classifications in English, for the workspace's controls. */
export const CLASSIFICATION_LABELS = {
	internal: classificationLabel('internal'),
	public: classificationLabel('public')
} as const;

const day = (text: string) => ({ text, precision: 'day' });

/** The date an issue is dated: the day of issuing, in UTC ("25 November 2021"). */
export function issueDateText(issue: PackIssue, locale: Locale = 'en'): string {
	return formatDate(day(issue.issuedAt.slice(0, 10)), locale);
}

/** The running header: classification and issue date, or a plain warning for a draft. */
export function runningHeader(content: BriefingContent, issue: PackIssue | null): string {
	const locale = packLocale(content);
	if (!issue)
		return `${classificationLabel(content.classification, locale)} · ${m.pack_doc_draft_not_issued({}, { locale })}`;
	return m.pack_doc_header_issued(
		{
			classification: classificationLabel(issue.classification, locale),
			date: issueDateText(issue, locale)
		},
		{ locale }
	);
}

export function pageLabel(
	page: number | string,
	pages: number | string,
	locale: Locale = 'en'
): string {
	return m.pack_doc_page({ page: String(page), pages: String(pages) }, { locale });
}

/**
 * When the occasion takes place, at each end's own precision: "25–26 November 2021" for a
 * two-day visit, "25 November 2021" for a meeting, "May 2022" for one known to the month.
 */
export function occasionWhen(occasion: BriefingContent['occasion'], locale: Locale = 'en'): string {
	return occasion.end?.text
		? formatPeriod(occasion.date, occasion.end, false, null, locale)
		: formatDate(occasion.date, locale);
}

/** A window's two ends as the title block gives them ("1 January 2016 – 26 November 2021"). */
export function windowText(window: BriefingContent['window'], locale: Locale = 'en'): string {
	if (!window.from && !window.to) return m.pack_doc_window_whole({}, { locale });
	return m.pack_doc_window_span(
		{
			from: window.from
				? formatDate(day(window.from), locale)
				: m.pack_doc_window_start({}, { locale }),
			to: window.to ? formatDate(day(window.to), locale) : m.pack_doc_window_latest({}, { locale })
		},
		{ locale }
	);
}

/** The title page block's lines after the title, as label and value. */
export function titleBlock(
	content: BriefingContent,
	issue: PackIssue | null
): { label: string; value: string; runs: Run[] }[] {
	const locale = packLocale(content);
	const o = { locale };
	const occasion = `${content.occasion.title}, ${occasionWhen(content.occasion, locale)}`;
	const rows = [
		{ label: m.pack_doc_label_country({}, o), value: content.country.name },
		{ label: m.pack_doc_label_occasion({}, o), value: occasion },
		{ label: m.pack_doc_label_period({}, o), value: windowText(content.window, locale) }
	];
	if (content.themes.length > 0) {
		rows.push({
			label: m.pack_doc_label_themes({}, o),
			value: content.themes.map((t) => t.name).join(', ')
		});
	}
	rows.push({
		label: m.pack_doc_label_classification({}, o),
		value: classificationLabel(issue?.classification ?? content.classification, locale)
	});
	rows.push({
		label: m.pack_doc_label_issued({}, o),
		value: issue
			? m.pack_doc_issued_by({ date: issueDateText(issue, locale), by: issue.issuedBy }, o)
			: m.pack_doc_draft_not_issued({}, o)
	});
	// The occasion's title is the director's or an engagement's, in its own language.
	return rows.map((row) => ({
		...row,
		runs:
			row.value === occasion
				? occasionWithin(content, [{ text: row.value }])
				: [{ text: row.value }]
	}));
}

/** An endnote marker as printed after a sentence: "[3]" or "[1, 4]"; empty without refs. */
export function refMarker(refs: readonly number[]): string {
	return refs.length > 0 ? `[${refs.join(', ')}]` : '';
}

const statusWord = (status: PackUnpublishedStatus, locale: Locale) =>
	status === 'in_review'
		? m.pack_doc_unpublished_in_review({}, { locale })
		: m.pack_doc_unpublished_draft({}, { locale });

/** What an internal pack prints on a record not yet published: "Not published (draft): internal only". */
export function unpublishedMark(status: PackUnpublishedStatus, locale: Locale = 'en'): string {
	return m.pack_doc_unpublished_mark({ status: statusWord(status, locale) }, { locale });
}

export function pledgeMeta(
	pledge: BriefingContent['pledges'][number],
	locale: Locale = 'en'
): string {
	const o = { locale };
	const parts = pledge.unpublished ? [unpublishedMark(pledge.unpublished, locale)] : [];
	parts.push(
		m.pack_doc_rating({ rating: ratingLabel(pledge.rating ?? 'not_yet_rated', locale) }, o)
	);
	parts.push(m.pack_doc_made({ date: formatDate(pledge.made, locale) }, o));
	if (pledge.deadline)
		parts.push(m.pack_doc_deadline({ date: formatDate(pledge.deadline, locale) }, o));
	return parts.join(' · ');
}

export function caseLine(c: PackCaseRef, locale: Locale = 'en'): string {
	return c.unpublished
		? unpublishedLine({ ...c, status: c.unpublished }, locale)
		: `${c.title} (${caseTypeLabel(c.type, locale)}, ${formatDate(c.start, locale)})`;
}

/** A case under a law: "Title, May 2021", and when it is not published, that it is not. */
export function lawCaseLine(c: PackLaw['cases'][number], locale: Locale = 'en'): string {
	const line = `${c.title}, ${formatDate(c.start, locale)}`;
	return c.unpublished
		? m.pack_doc_unpublished_suffix({ line, status: statusWord(c.unpublished, locale) }, { locale })
		: line;
}

/** An unpublished case's line: what it is and that it is not on the published record. */
export function unpublishedLine(
	c: Pick<PackUnpublishedCase, 'title' | 'type' | 'start' | 'status'>,
	locale: Locale = 'en'
): string {
	return m.pack_doc_unpublished_line(
		{
			title: c.title,
			type: caseTypeLabel(c.type, locale),
			date: formatDate(c.start, locale),
			status: statusWord(c.status, locale)
		},
		{ locale }
	);
}

/**
 * A person and what happened to them: "Max Bokaev imprisoned; travel ban, since 2016". A
 * situation that already names the person (a case's title usually does) is not prefixed with
 * the name again; the pseudonym mark follows the name where the situation gives it.
 */
export function personLine(person: PackPerson, locale: Locale = 'en'): string {
	const o = { locale };
	const pseudonym = person.pseudonymised ? ` (${m.pseudonym({}, o)})` : '';
	const rest = {
		period: formatPeriod(person.since, null, false, null, locale),
		ongoing: person.ongoingAsOf
			? m.pack_doc_person_ongoing({ date: formatDate(person.ongoingAsOf, locale) }, o)
			: ''
	};
	const at = person.name.trim() ? person.situation.indexOf(person.name) : -1;
	if (at >= 0) {
		const end = at + person.name.length;
		const situation = `${person.situation.slice(0, end)}${pseudonym}${person.situation.slice(end)}`;
		return m.pack_doc_person_named({ situation, ...rest }, o);
	}
	return m.pack_doc_person(
		{ name: person.name, pseudonym, situation: person.situation, ...rest },
		o
	);
}

/**
 * A person's line as runs, each case title in it and the name marked with its own language
 * where that is not the pack's. Packs built before each title kept its language mark the
 * situation as a whole, by its first case.
 */
export function personLineRuns(content: BriefingContent, person: PackPerson): Run[] {
	const titles = person.situation.split('; ');
	const perTitle =
		titles.length === person.caseIds.length &&
		person.caseIds.every((id) => content.textLangs?.[id]?.title !== undefined);
	const pieces = perTitle
		? titles.map((text, i) => ({ text, lang: packTextMark(content, person.caseIds[i]!, 'title') }))
		: [{ text: person.situation, lang: packTextMark(content, person.id, 'situation') }];
	return markWithin(
		[{ text: personLine(person, packLocale(content)) }],
		[...pieces, { text: person.name, lang: packTextMark(content, person.id, 'name') }]
	);
}

const RAISED = {
	yes: m.pack_doc_raised_yes,
	no: m.pack_doc_raised_no,
	unknown: m.pack_doc_raised_unknown
} as const;

export function euLine(item: PackEuItem, locale: Locale = 'en'): string {
	const o = { locale };
	const raised =
		item.rightsRaised &&
		(item.kind === 'summit' || item.kind === 'visit' || item.kind === 'dialogue')
			? m.pack_doc_eu_raised({ answer: RAISED[item.rightsRaised]({}, o) }, o)
			: '';
	// Its span at each end's own precision, as the country page shows it: "25–26 November 2021".
	const line = `${engagementKindLabel(item.kind, locale)}, ${formatPeriod(item.date, item.end ?? null, false, null, locale)}${raised}`;
	return item.unpublished ? `${unpublishedMark(item.unpublished, locale)} · ${line}` : line;
}

export function askOutcomeLine(status: AskStatus, locale: Locale = 'en'): string {
	return askStatusLabel(status, locale);
}

/** An endnote as one line: authors, title, publisher, date, address, then its locators. */
export function endnoteText(note: PackEndnote, locale: Locale = 'en'): string {
	const parts = [
		note.authors,
		`“${note.title}”`,
		note.publisher,
		note.published ? formatDate(note.published, locale) : ''
	]
		.map((p) => p.trim())
		.filter((p) => p !== '' && p !== '“”');
	let text = parts.join(', ');
	if (note.url) text += `. ${note.url}`;
	if (note.locators.length > 0)
		text += `. ${m.pack_doc_cited_at({ locators: note.locators.join('; ') }, { locale })}`;
	return `${text}.`;
}

export function ratingChangeLine(
	change: {
		pledgeTitle: string;
		from: BriefingContent['pledges'][number]['rating'];
		to: NonNullable<BriefingContent['pledges'][number]['rating']>;
		on: string;
	},
	locale: Locale = 'en'
): string {
	const from = ratingLabel(change.from ?? 'not_yet_rated', locale);
	return `${change.pledgeTitle}: ${from} → ${ratingLabel(change.to, locale)} (${formatDate(day(change.on.slice(0, 10)), locale)})`;
}
