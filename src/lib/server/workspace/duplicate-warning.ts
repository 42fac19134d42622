import { formatDate, type PreciseDate } from '$lib/dates';
import {
	listDuplicateCandidates,
	type DuplicateCandidateRow
} from '$lib/server/repositories/duplicates';
import type { Executor } from '$lib/server/repositories/records';
import type { WorkspaceKind } from './kinds/types';

/*
 * A likely duplicate, shown before a new record is saved so the researcher can open the
 * existing one instead. Candidates are the records of the same country whose type is the same
 * or a related one (a detention and an imprisonment of one person are often one story told
 * twice), scored on what they share: who was affected, an overlapping period, and the words of
 * the title. No one signal is enough on its own; two together are.
 */

export interface DuplicateCandidate {
	id: string;
	title: string;
	date: string;
	status: string;
}

/*
 * Types a researcher may reasonably pick for the same event. 'other' is related to every case
 * type: it is what one picks when unsure.
 */
const RELATED_TYPES: readonly (readonly string[])[] = [
	['detention', 'imprisonment', 'prosecution', 'criminal_investigation'],
	['party_ban', 'registration_denial', 'activity_restriction'],
	['summit', 'visit', 'dialogue'],
	['resolution', 'statement']
];
const CASE_WILDCARD = 'other';

/** Dates this close (in days) count as the same period: sources date events loosely. */
const SLACK_DAYS = 45;

/* Weights of each signal, and the score a candidate needs to be shown. */
const SHARED_AFFECTED = 1;
const SAME_TYPE = 0.5;
const RELATED_TYPE = 0.25;
const PERIOD_OVERLAPS = 0.5;
const PERIOD_UNKNOWN = 0.25;
const PERIOD_APART = -1;
const THRESHOLD = 1.5;

function words(title: string): Set<string> {
	return new Set(
		title
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u)
			.filter((w) => w.length > 2)
	);
}

/** Share of the smaller title's words found in the other: 1 when one contains the other. */
export function titleSimilarity(a: string, b: string): number {
	const wa = words(a);
	const wb = words(b);
	if (wa.size === 0 || wb.size === 0) return 0;
	let shared = 0;
	for (const w of wa) if (wb.has(w)) shared += 1;
	return shared / Math.min(wa.size, wb.size);
}

/** The given type and those related to it; all types when none is given. */
function typesRelatedTo(type: string | undefined, isCase: boolean): string[] | undefined {
	if (!type) return undefined;
	if (isCase && type === CASE_WILDCARD) return undefined;
	const related = RELATED_TYPES.filter((group) => group.includes(type)).flat();
	return [...new Set([type, ...related, ...(isCase ? [CASE_WILDCARD] : [])])];
}

interface Period {
	from: string;
	to: string;
}

const FOREVER = '9999-12-31';

/** The days a record may cover: from its start's earliest to its end's latest (open while ongoing). */
function periodOf(
	start: PreciseDate | null,
	end: PreciseDate | null,
	ongoing: boolean
): Period | null {
	const from = start?.earliest ?? start?.latest;
	if (!from) return null;
	const to = ongoing ? FOREVER : (end?.latest ?? end?.earliest ?? start?.latest ?? from);
	return { from, to };
}

function shift(day: string, days: number): string {
	if (day === FOREVER) return day;
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function periodScore(a: Period | null, b: Period | null): number {
	// An undated record may still be the same event: a date may be all that differs.
	if (!a || !b) return PERIOD_UNKNOWN;
	const overlaps = a.from <= shift(b.to, SLACK_DAYS) && b.from <= shift(a.to, SLACK_DAYS);
	return overlaps ? PERIOD_OVERLAPS : PERIOD_APART;
}

export interface DuplicateInput {
	title: string;
	country_id?: string;
	type?: string;
	date: PreciseDate | null;
	end?: PreciseDate | null;
	ongoing?: boolean;
	/** Actors the new record names as affected (cases). */
	affectedIds?: readonly string[];
}

export function duplicateScore(input: DuplicateInput, row: DuplicateCandidateRow): number {
	const affected = new Set(input.affectedIds ?? []);
	const shares = row.affectedIds.some((id) => affected.has(id));
	const typeScore = !input.type || !row.type || input.type === row.type ? SAME_TYPE : RELATED_TYPE;
	return (
		titleSimilarity(input.title, row.title) +
		(shares ? SHARED_AFFECTED : 0) +
		typeScore +
		periodScore(
			periodOf(input.date, input.end ?? null, input.ongoing ?? false),
			periodOf(row.start, row.end, row.ongoing)
		)
	);
}

/** The five most likely duplicates of a new record, most likely first. */
export async function findDuplicates(
	db: Executor,
	kind: WorkspaceKind,
	input: DuplicateInput
): Promise<DuplicateCandidate[]> {
	if (!kind.duplicates || !input.title.trim()) return [];
	if (kind.type !== 'case' && kind.type !== 'pledge' && kind.type !== 'engagement') return [];
	const rows = await listDuplicateCandidates(db, kind.type, {
		countryId: input.country_id,
		types: typesRelatedTo(input.type, kind.type === 'case')
	});
	return rows
		.map((row) => ({ row, score: duplicateScore(input, row) }))
		.filter((c) => c.score >= THRESHOLD)
		.sort((a, b) => b.score - a.score)
		.slice(0, 5)
		.map(({ row }) => ({
			id: row.id,
			title: row.title,
			date: formatDate(row.start),
			status: row.status
		}));
}
