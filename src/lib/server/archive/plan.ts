import type { Kysely } from 'kysely';
import {
	listColumns,
	listForeignKeys,
	listTables,
	type CatalogTable
} from '../repositories/catalog.js';

/*
 * Which tables the full archive carries, with their columns, in an order that loads: every
 * table after the tables its foreign keys point to. Read from the database's own catalog, so a
 * table a later migration adds is archived without a change here; only what is deliberately
 * left out is named below, each with the reason an operator would be given.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const LEFT_OUT: Record<string, string> = {
	sessions: 'sign-ins do not move with the data: everyone signs in again',
	throttle_buckets: 'short-lived sign-in throttling counters',
	search_documents: 'the search index, rebuilt from the records as they are loaded',
	timeline_spans: "the timeline's spans, rebuilt from the records as they are loaded",
	timeline_months: "the timeline's spans counted per month, rebuilt with them",
	timeline_lane_months: "the timeline's months summed over record types, rebuilt with them",
	timeline_lane_years: "the timeline's lane months summed per year, rebuilt with them",
	timeline_known: "the ongoing cases' known days on the timeline, rebuilt with the spans",
	country_case_counts:
		'the public cases counted per country and type, counted again as the cases load',
	public_pledges:
		"the public pledges' ratings and contradictions, worked out again as the records load",
	schema_migrations: 'the archive names the migrations it was made at instead',
	schema_migrations_lock: 'the migration lock, which holds no data'
};

/** Why a table is not in the archive, or null when it is. */
export function leftOutReason(table: CatalogTable): string | null {
	if (table.kind !== 'table') return "SQLite's full-text index, rebuilt with the search index";
	return LEFT_OUT[table.name] ?? null;
}

export interface ArchiveTable {
	name: string;
	/** Every column, by name, so the archive does not depend on the order columns were added in. */
	columns: string[];
	/** Columns of bytes, written as base64. */
	binary: string[];
	primaryKey: string[];
	/** Columns that point into the same table: loaded after the rows, so order within the table is free. */
	selfReferences: string[];
	/** The order rows are written in: the primary key, then every other comparable column. */
	order: { name: string; text: boolean }[];
}

export interface ArchivePlan {
	tables: ArchiveTable[];
	leftOut: { name: string; reason: string }[];
}

export class ArchivePlanError extends Error {
	override name = 'ArchivePlanError';
}

export async function planArchive(db: AnyDb): Promise<ArchivePlan> {
	const found = await listTables(db);
	const leftOut: ArchivePlan['leftOut'] = [];
	const tables = new Map<string, ArchiveTable>();
	const dependsOn = new Map<string, Set<string>>();
	for (const table of found) {
		const reason = leftOutReason(table);
		if (reason) {
			leftOut.push({ name: table.name, reason });
			continue;
		}
		const columns = await listColumns(db, table.name);
		const keys = await listForeignKeys(db, table.name);
		const primaryKey = columns
			.filter((c) => c.primaryKey > 0)
			.sort((a, b) => a.primaryKey - b.primaryKey)
			.map((c) => c.name);
		const byName = [...columns].sort((a, b) => compareText(a.name, b.name));
		const order = [
			...primaryKey.map((name) => columns.find((c) => c.name === name)!),
			...byName.filter((c) => !primaryKey.includes(c.name))
		]
			.filter((c) => !c.binary)
			.map((c) => ({ name: c.name, text: c.text }));
		tables.set(table.name, {
			name: table.name,
			columns: byName.map((c) => c.name),
			binary: byName.filter((c) => c.binary).map((c) => c.name),
			primaryKey,
			selfReferences: [
				...new Set(keys.filter((k) => k.references === table.name).map((k) => k.column))
			].sort(compareText),
			order
		});
		dependsOn.set(
			table.name,
			new Set(keys.map((k) => k.references).filter((name) => name !== table.name))
		);
	}
	return { tables: loadOrder(tables, dependsOn), leftOut };
}

/** Tables after the tables they depend on; among those free to go, alphabetical. */
function loadOrder(
	tables: Map<string, ArchiveTable>,
	dependsOn: Map<string, Set<string>>
): ArchiveTable[] {
	const ordered: ArchiveTable[] = [];
	const placed = new Set<string>();
	const waiting = [...tables.keys()].sort(compareText);
	while (waiting.length > 0) {
		const next = waiting.findIndex((name) =>
			[...dependsOn.get(name)!].every((dep) => placed.has(dep) || !tables.has(dep))
		);
		if (next === -1) {
			throw new ArchivePlanError(
				`The tables ${waiting.join(', ')} refer to each other in a cycle, so no load order exists; ` +
					'the archive needs a rule for them in src/lib/server/archive/plan.ts'
			);
		}
		const name = waiting.splice(next, 1)[0]!;
		placed.add(name);
		ordered.push(tables.get(name)!);
	}
	return ordered;
}

/** Plain string order; table and column names are ASCII, where it matches the databases' byte order. */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
