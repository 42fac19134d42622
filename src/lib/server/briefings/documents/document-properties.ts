import type { BriefingContent, PackIssue } from '$lib/domain/briefing';
import { LANGUAGE_TAGS, packLocale } from '$lib/briefing/sections';
import { currentTime } from '../../clock.js';

/* What a pack's file says about itself (the PDF's info, the .docx's core properties). */

export interface DocumentProperties {
	title: string;
	/** Who issued the pack; a draft says so. */
	author: string;
	subject: string;
	date: Date;
	/** The pack's language as a BCP 47 tag (en-GB). */
	language: string;
}

export function documentProperties(
	content: BriefingContent,
	issue: PackIssue | null
): DocumentProperties {
	return {
		title: content.title,
		author: issue?.issuedBy ?? 'Pledgewatch (draft)',
		subject: `${content.country.name}: ${content.occasion.title}`,
		date: documentDate(issue),
		language: LANGUAGE_TAGS[packLocale(content)]
	};
}

/*
 * The date a document says it was made: the issue's time for an issued pack, so rendering the
 * same issued content again gives the same bytes; now for a draft preview, which is never stored.
 */
function documentDate(issue: PackIssue | null): Date {
	if (!issue) return currentTime();
	const date = new Date(issue.issuedAt);
	if (Number.isNaN(date.getTime())) {
		throw new Error(`The pack's issue date "${issue.issuedAt}" is not an ISO timestamp.`);
	}
	return date;
}
