import type { PackIssue } from '$lib/domain/briefing';
import { currentTime } from '../../clock.js';

/*
 * The date a document says it was made: the issue's time for an issued pack, so rendering the
 * same issued content again gives the same bytes; now for a draft preview, which is never stored.
 */
export function documentDate(issue: PackIssue | null): Date {
	if (!issue) return currentTime();
	const date = new Date(issue.issuedAt);
	if (Number.isNaN(date.getTime())) {
		throw new Error(`The pack's issue date "${issue.issuedAt}" is not an ISO timestamp.`);
	}
	return date;
}
