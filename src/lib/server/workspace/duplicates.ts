import { sql, type Kysely } from 'kysely';
import { formatDate, fromColumns, type PreciseDate } from '$lib/dates';
import { RECORD_TABLES, type Executor } from '$lib/server/repositories/records';
import type { WorkspaceKind } from './kinds/types';

/*
 * A likely duplicate: a record of the same type, in the same country, of the same kind (a
 * case type), dated within a few weeks, whose title shares most of its words. Shown before a
 * new record is saved, so the researcher can open the existing one instead.
 */

export interface DuplicateCandidate {
	id: string;
	title: string;
	date: string;
	status: string;
}

const WINDOW_DAYS = 45;
const SIMILAR = 0.5;

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

function shift(day: string, days: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

type Loose = Kysely<Record<string, Record<string, string | null>>>;

export async function findDuplicates(
	db: Executor,
	kind: WorkspaceKind,
	input: { title: string; country_id?: string; type?: string; date: PreciseDate | null }
): Promise<DuplicateCandidate[]> {
	const rule = kind.duplicates;
	if (!rule || !input.title.trim()) return [];
	const table = RECORD_TABLES[kind.type];
	const earliest = sql.ref(`${rule.datePrefix}_earliest`);
	const latest = sql.ref(`${rule.datePrefix}_latest`);
	let query = (db as unknown as Loose)
		.selectFrom(table)
		.selectAll()
		.where('deleted_at', 'is', null);
	if (input.country_id) query = query.where('country_id', '=', input.country_id);
	if (rule.typeColumn && input.type) query = query.where(rule.typeColumn, '=', input.type);
	const from = input.date?.earliest ?? input.date?.latest;
	const to = input.date?.latest ?? input.date?.earliest;
	if (from && to) {
		// Undated records stay candidates: a date may be all that differs.
		query = query.where(
			sql<boolean>`(${earliest} is null or (coalesce(${latest}, ${earliest}) >= ${shift(from, -WINDOW_DAYS)} and ${earliest} <= ${shift(to, WINDOW_DAYS)}))`
		);
	}
	const rows = (await query.limit(500).execute()) as unknown as Record<string, string | null>[];
	return rows
		.filter((row) => titleSimilarity(input.title, String(row.title ?? row.name ?? '')) >= SIMILAR)
		.slice(0, 5)
		.map((row) => ({
			id: String(row.id),
			title: String(row.title ?? row.name ?? ''),
			date: formatDate(fromColumns(row, rule.datePrefix)),
			status: String(row.status)
		}));
}
