import type { RecordType } from '../db/schema.js';
import { ACTOR } from './actors.js';
import { ASSESSMENT } from './assessments.js';
import { ASK } from './asks.js';
import { CASE } from './cases.js';
import { COUNTRY } from './countries.js';
import { ENGAGEMENT } from './engagements.js';
import { LAW } from './laws.js';
import { PLEDGE } from './pledges.js';
import type { RECORD_TABLES, RecordKind } from './records.js';
import { SOURCE } from './sources.js';
import { THEME } from './themes.js';

/* Every record type's repository kind, for code that works on any record by its type. */

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
