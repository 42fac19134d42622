import type { Database, RecordType } from '../db/schema.js';
import { ACTOR } from './actors.js';
import { ASSESSMENT } from './assessments.js';
import { ASK } from './asks.js';
import { CASE } from './cases.js';
import { COUNTRY } from './countries.js';
import { ENGAGEMENT } from './engagements.js';
import { LAW } from './laws.js';
import { PLEDGE } from './pledges.js';
import type { OwnedRows, RECORD_TABLES, RecordKind } from './records.js';
import { SOURCE } from './sources.js';
import { THEME } from './themes.js';

/*
 * Every record type's repository kind, for code that works on any record by its type: the
 * one description of each kind's table, the column it is known by, and the rows that belong
 * to one record of it. The trash, the purge, the lookups and the review queues read it.
 */

/** The record types with a repository kind (briefing packs have none yet). */
export type KindType = Exclude<RecordType, 'briefing'>;

/** Each record type's repository kind. */
export const RECORD_KINDS = {
	country: COUNTRY,
	actor: ACTOR,
	theme: THEME,
	law: LAW,
	pledge: PLEDGE,
	assessment: ASSESSMENT,
	case: CASE,
	engagement: ENGAGEMENT,
	ask: ASK,
	source: SOURCE
} as const satisfies { [T in KindType]: RecordKind<(typeof RECORD_TABLES)[T]> };

/** Any kind, for code that picks one at run time. */
export type AnyRecordKind = (typeof RECORD_KINDS)[KindType];

/** Rows found by a record-type column and a record-id column. */
export type PointingRows = {
	[T in keyof Database]: {
		table: T;
		type: keyof Database[T] & string;
		id: keyof Database[T] & string;
	};
}[keyof Database];

/** Rows any record may have, found by its type and id: they belong to it. */
export const EVERY_RECORD_OWNS = [
	{ table: 'record_themes', type: 'record_type', id: 'record_id' },
	{ table: 'links', type: 'from_type', id: 'from_id' },
	{ table: 'links', type: 'to_type', id: 'to_id' },
	{ table: 'citations', type: 'record_type', id: 'record_id' },
	{ table: 'pending_revisions', type: 'record_type', id: 'record_id' },
	{ table: 'revisions', type: 'record_type', id: 'record_id' },
	{ table: 'translations', type: 'record_type', id: 'record_id' },
	{ table: 'field_languages', type: 'record_type', id: 'record_id' }
] as const satisfies readonly PointingRows[];

/** The kind of `type`, typed loosely enough to be used for any of them. */
export function recordKind(type: KindType): AnyRecordKind {
	return RECORD_KINDS[type];
}

/** The rows of other tables that belong to one record of `type` beyond EVERY_RECORD_OWNS. */
export function ownedRows(type: KindType): readonly OwnedRows[] {
	const kind: { owns?: readonly OwnedRows[] } = RECORD_KINDS[type];
	return kind.owns ?? [];
}

/** The column a record of `type` is known by (a title or a name; an assessment's rating). */
export function titleColumn(type: KindType): string {
	return RECORD_KINDS[type].title;
}
