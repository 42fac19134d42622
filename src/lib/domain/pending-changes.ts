import type { ContentLang } from './translations';

/*
 * What waits for review on a published record, as its workspace page shows it. The server
 * builds it (src/lib/server/workspace/pending.ts); the page draws it (PendingChanges.svelte).
 */

/** One field as it was and as it is, in the form's own words. */
export interface FieldChange {
	field: string;
	label: string;
	before: string;
	after: string;
	/** The language `before` and `after` are written in when they are record text (not a choice's label). */
	lang?: ContentLang;
}

/** What is waiting on a published record, for its page. */
export interface PendingChanges {
	/** The pending revision, if any. */
	revision: {
		version: number;
		baseVersion: number;
		action: string;
		restoredVersion: number | null;
		updatedAt: string;
		/** Published version against changed version, field by field. */
		changes: FieldChange[];
		/** The record changed since these changes were made: they must be saved again. */
		stale: boolean;
	} | null;
	/** How many links, citations and assessments wait for review. */
	attached: number;
	contributors: string[];
	mayPublish: boolean;
	mayDiscard: boolean;
	/** Why publishing would be refused now, if it would. */
	blockers: string[];
}
