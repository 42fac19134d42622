import type { BriefingContent, PackEndnote, PackIssue, PackSectionKey } from '$lib/domain/briefing';
import { formatDate, formatPeriod } from '$lib/dates';
import {
	ASK_STATUS_LABELS,
	CASE_TYPE_LABELS,
	ENGAGEMENT_KIND_LABELS,
	RATING_LABELS
} from '$lib/labels';
import type {
	PackCaseRef,
	PackEuItem,
	PackPerson,
	PackUnpublishedCase
} from '$lib/domain/briefing';

/*
 * What a pack's documents print, in words, in one place: the print page, the PDF and the .docx
 * all take their section order, headings and the lines under each record from here, so the three
 * read the same. Safe in browser code.
 */

export const SECTION_TITLES: Record<PackSectionKey, string> = {
	summary: 'Summary',
	pledges: 'Pledge versus practice',
	figure: 'Timeline',
	people: 'Political prisoners and people under restriction',
	laws: 'Laws used against critics',
	unpublished: 'Not yet published (internal)',
	eu: "The EU's record",
	sinceLast: 'Since the last engagement',
	asks: 'Recommended asks',
	talkingPoints: 'Talking points',
	endnotes: 'Sources'
};

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

export const CLASSIFICATION_LABELS = { internal: 'Internal', public: 'Public' } as const;

/** The date an issue is dated: the day of issuing, in UTC ("25 November 2021"). */
export function issueDateText(issue: PackIssue): string {
	return formatDate({ text: issue.issuedAt.slice(0, 10), precision: 'day' });
}

/** The running header: classification and issue date, or a plain warning for a draft. */
export function runningHeader(content: BriefingContent, issue: PackIssue | null): string {
	if (!issue) return `${CLASSIFICATION_LABELS[content.classification]} · Draft — not issued`;
	return `${CLASSIFICATION_LABELS[issue.classification]} · Issued ${issueDateText(issue)}`;
}

export function pageLabel(page: number, pages: number): string {
	return `Page ${page} of ${pages}`;
}

/**
 * When the occasion takes place, at each end's own precision: "25–26 November 2021" for a
 * two-day visit, "25 November 2021" for a meeting, "May 2022" for one known to the month.
 */
export function occasionWhen(occasion: BriefingContent['occasion']): string {
	return occasion.end?.text
		? formatPeriod(occasion.date, occasion.end, false)
		: formatDate(occasion.date);
}

/** The title page block's lines after the title, as label and value. */
export function titleBlock(
	content: BriefingContent,
	issue: PackIssue | null
): { label: string; value: string }[] {
	const window =
		content.window.from || content.window.to
			? `${content.window.from ? formatDate({ text: content.window.from, precision: 'day' }) : 'the start of the record'} – ${content.window.to ? formatDate({ text: content.window.to, precision: 'day' }) : 'the latest record'}`
			: 'the whole record';
	const rows = [
		{ label: 'Country', value: content.country.name },
		{ label: 'Occasion', value: `${content.occasion.title}, ${occasionWhen(content.occasion)}` },
		{ label: 'Period covered', value: window }
	];
	if (content.themes.length > 0) {
		rows.push({ label: 'Themes', value: content.themes.map((t) => t.name).join(', ') });
	}
	rows.push({
		label: 'Classification',
		value: CLASSIFICATION_LABELS[issue?.classification ?? content.classification]
	});
	rows.push(
		issue
			? { label: 'Issued', value: `${issueDateText(issue)} by ${issue.issuedBy}` }
			: { label: 'Issued', value: 'Draft — not issued' }
	);
	return rows;
}

/** An endnote marker as printed after a sentence: "[3]" or "[1, 4]"; empty without refs. */
export function refMarker(refs: readonly number[]): string {
	return refs.length > 0 ? `[${refs.join(', ')}]` : '';
}

export function pledgeMeta(pledge: BriefingContent['pledges'][number]): string {
	const parts = [`Rating: ${pledge.rating ? RATING_LABELS[pledge.rating] : 'Not yet rated'}`];
	parts.push(`made ${formatDate(pledge.made)}`);
	if (pledge.deadline) parts.push(`deadline ${formatDate(pledge.deadline)}`);
	return parts.join(' · ');
}

export function caseLine(c: PackCaseRef): string {
	return `${c.title} (${CASE_TYPE_LABELS[c.type]}, ${formatDate(c.start)})`;
}

/** An unpublished case's line: what it is and that it is not on the published record. */
export function unpublishedLine(c: PackUnpublishedCase): string {
	const status = c.status === 'in_review' ? 'in review' : 'draft';
	return `${c.title} (${CASE_TYPE_LABELS[c.type]}, ${formatDate(c.start)}) — ${status}, not published`;
}

export function personLine(person: PackPerson): string {
	const period = formatPeriod(person.since, null, false);
	const ongoing = person.ongoingAsOf
		? `, ongoing as of ${formatDate(person.ongoingAsOf)} (latest source)`
		: '';
	const pseudonym = person.pseudonymised ? ' (pseudonym)' : '';
	return `${person.name}${pseudonym}: ${person.situation}, since ${period}${ongoing}`;
}

export function euLine(item: PackEuItem): string {
	const raised =
		item.rightsRaised &&
		(item.kind === 'summit' || item.kind === 'visit' || item.kind === 'dialogue')
			? ` · human rights raised: ${{ yes: 'yes', no: 'no', unknown: 'not known' }[item.rightsRaised]}`
			: '';
	// Its span at each end's own precision, as the country page shows it: "25–26 November 2021".
	return `${ENGAGEMENT_KIND_LABELS[item.kind]}, ${formatPeriod(item.date, item.end ?? null, false)}${raised}`;
}

export function askOutcomeLine(status: keyof typeof ASK_STATUS_LABELS): string {
	return ASK_STATUS_LABELS[status];
}

/** An endnote as one line: authors, title, publisher, date, address, then its locators. */
export function endnoteText(note: PackEndnote): string {
	const parts = [
		note.authors,
		`“${note.title}”`,
		note.publisher,
		note.published ? formatDate(note.published) : ''
	]
		.map((p) => p.trim())
		.filter((p) => p !== '' && p !== '“”');
	let text = parts.join(', ');
	if (note.url) text += `. ${note.url}`;
	if (note.locators.length > 0) text += `. Cited at: ${note.locators.join('; ')}`;
	return `${text}.`;
}

export function ratingChangeLine(change: {
	pledgeTitle: string;
	from: BriefingContent['pledges'][number]['rating'];
	to: NonNullable<BriefingContent['pledges'][number]['rating']>;
	on: string;
}): string {
	const from = change.from ? RATING_LABELS[change.from] : 'Not yet rated';
	return `${change.pledgeTitle}: ${from} → ${RATING_LABELS[change.to]} (${formatDate({ text: change.on.slice(0, 10), precision: 'day' })})`;
}
