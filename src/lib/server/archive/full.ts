import { refreshStatistics } from '../db/statistics.js';
import fs from 'node:fs';
import readline from 'node:readline';
import { once } from 'node:events';
import type { Kysely } from 'kysely';
import { dialectOf, type DB } from '../db/connect.js';
import { appliedMigrations, knownMigrations, migrateToLatest, migrateUpTo } from '../db/migrate.js';
import {
	countTableRows,
	insertRows,
	resetSequences,
	selectRowsInOrder,
	updateRowByKey
} from '../repositories/catalog.js';
import {
	ARCHIVE_FORMAT,
	ARCHIVE_VERSION,
	KIND_NAMES,
	OperationError,
	fileKind,
	writeAtomically
} from './files.js';
import { planArchive, type ArchiveTable } from './plan.js';

/*
 * The full archive: every table the plan carries, as JSON Lines, the same on SQLite and
 * PostgreSQL so data moves between them. The file is
 *
 *   {"format":"pledgewatch-archive","version":1,"migrations":[...]}
 *   {"table":"users","columns":[...],"binary":[...]}
 *   ["row", "values", "in", "column", "order"]        (one line per row)
 *   ...                                               (the next table, and so on)
 *   {"end":{"tables":28,"rows":1234}}
 *
 * Rows are in a fixed order (primary key, byte-wise), bytes are base64, and nothing in it says
 * when or from where it was made, so the same data always gives the same file: an archive
 * taken after an import is identical to the one imported. The last line proves the file whole.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export interface ArchiveHeader {
	format: typeof ARCHIVE_FORMAT;
	version: number;
	migrations: string[];
}

export interface ArchiveCounts {
	tables: number;
	rows: number;
	/** Rows per table, in load order. */
	perTable: Record<string, number>;
}

const PAGE = 1000;

/**
 * Writes the archive of `db` through `write`, one line at a time, from one snapshot: a
 * read-only repeatable-read transaction on PostgreSQL, a read transaction on SQLite.
 */
export async function exportArchive(
	db: DB,
	write: (line: string) => Promise<void> | void
): Promise<ArchiveCounts> {
	const begin =
		dialectOf(db) === 'postgres'
			? db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only')
			: db.transaction();
	return begin.execute(async (trx) => {
		const header: ArchiveHeader = {
			format: ARCHIVE_FORMAT,
			version: ARCHIVE_VERSION,
			migrations: await appliedMigrations(trx)
		};
		await write(JSON.stringify(header));
		const plan = await planArchive(trx);
		const counts: ArchiveCounts = { tables: 0, rows: 0, perTable: {} };
		for (const table of plan.tables) {
			await write(
				JSON.stringify({ table: table.name, columns: table.columns, binary: table.binary })
			);
			let written = 0;
			for (let offset = 0; ; offset += PAGE) {
				const rows = await selectRowsInOrder(trx, table.name, table.columns, table.order, {
					limit: PAGE,
					offset
				});
				for (const row of rows) await write(JSON.stringify(encodeRow(table, row)));
				written += rows.length;
				if (rows.length < PAGE) break;
			}
			counts.tables += 1;
			counts.rows += written;
			counts.perTable[table.name] = written;
		}
		await write(JSON.stringify({ end: { tables: counts.tables, rows: counts.rows } }));
		return counts;
	});
}

function encodeRow(table: ArchiveTable, row: Record<string, unknown>): unknown[] {
	return table.columns.map((column) => {
		const value = row[column];
		if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
		if (value instanceof Date) return value.toISOString();
		if (typeof value === 'bigint') return Number(value);
		return value ?? null;
	});
}

/** `npm run export-all`: the archive written to `file` (owner-only, complete or not at all). */
export async function exportArchiveFile(db: DB, file: string): Promise<ArchiveCounts> {
	let counts: ArchiveCounts | undefined;
	await writeAtomically(file, async (temporary) => {
		const out = fs.createWriteStream(temporary, { mode: 0o600 });
		const failed = new Promise<never>((_, reject) => out.on('error', reject));
		const write = async (line: string) => {
			if (!out.write(`${line}\n`)) await Promise.race([once(out, 'drain'), failed]);
		};
		counts = await exportArchive(db, write);
		out.end();
		await Promise.race([once(out, 'finish'), failed]);
	});
	return counts!;
}

export class ArchiveImportError extends OperationError {
	override name = 'ArchiveImportError';
}

export interface ImportResult extends ArchiveCounts {
	/** Migrations applied after loading, when the archive came from an older Pledgewatch. */
	migrated: string[];
	sequences: number;
}

/**
 * `npm run import-all`: loads an archive into an empty database of either kind, in one
 * transaction (all of it or nothing), keeping every id and timestamp. A blank database is
 * first brought to the archive's own schema; after loading, any newer migrations run.
 */
export async function importArchiveFile(db: DB, file: string): Promise<ImportResult> {
	checkArchiveFile(file);
	const lines = readLines(file);
	try {
		const header = parseHeader(file, (await lines.next()).value);
		await prepareSchema(db, header);
		await refuseNonEmpty(db);
		const counts = await db.transaction().execute(async (trx) => {
			const loaded = await loadTables(trx, file, lines);
			const sequences = await resetSequences(trx, Object.keys(loaded.perTable));
			return { ...loaded, sequences };
		});
		const migrated = await migrateToLatest(db);
		// Planned as empty tables until autovacuum comes round: see statistics.ts.
		await refreshStatistics(db);
		return { ...counts, migrated };
	} finally {
		await lines.return(undefined);
	}
}

/** Throws unless `file` is a full archive, naming what it is instead. */
export function checkArchiveFile(file: string): void {
	const kind = fileKind(file);
	if (kind !== 'archive') {
		throw new ArchiveImportError(`${file} is ${KIND_NAMES[kind]}, not a full archive`);
	}
}

async function* readLines(file: string): AsyncGenerator<{ text: string; number: number }> {
	const input = fs.createReadStream(file, { encoding: 'utf8' });
	const reader = readline.createInterface({ input, crlfDelay: Infinity });
	let number = 0;
	try {
		for await (const text of reader) {
			number += 1;
			yield { text, number };
		}
	} finally {
		reader.close();
		input.destroy();
	}
}

function parseLine(file: string, line: { text: string; number: number }): unknown {
	try {
		return JSON.parse(line.text);
	} catch {
		throw new ArchiveImportError(
			`${file} line ${line.number} is not valid JSON; the archive is damaged (make it again with npm run export-all)`
		);
	}
}

function parseHeader(file: string, line: { text: string; number: number } | void): ArchiveHeader {
	const header = (line ? parseLine(file, line) : null) as Partial<ArchiveHeader> | null;
	if (header?.format !== ARCHIVE_FORMAT || !Array.isArray(header.migrations)) {
		throw new ArchiveImportError(`${file} does not start with a Pledgewatch archive header`);
	}
	if (header.version !== ARCHIVE_VERSION) {
		throw new ArchiveImportError(
			`${file} is archive format version ${header.version}; this Pledgewatch reads version ${ARCHIVE_VERSION}. ` +
				'Import it with the Pledgewatch version that made it'
		);
	}
	const unknown = header.migrations.filter((m) => !knownMigrations.includes(m));
	const prefix = header.migrations.every((m, i) => knownMigrations[i] === m);
	if (unknown.length > 0 || !prefix) {
		throw new ArchiveImportError(
			`${file} was made by a newer or different Pledgewatch (migrations ${unknown.join(', ') || 'in another order'}); ` +
				'upgrade this installation to that version first'
		);
	}
	return header as ArchiveHeader;
}

/** Brings a blank database to the archive's schema; one already migrated must match it. */
async function prepareSchema(db: DB, header: ArchiveHeader): Promise<void> {
	const applied = await appliedMigrations(db);
	if (applied.length === 0) {
		const last = header.migrations.at(-1);
		if (last) await migrateUpTo(db, last);
		return;
	}
	if (applied.join() !== header.migrations.join()) {
		throw new ArchiveImportError(
			`The database at DATABASE_URL is at migration ${applied.at(-1)}, the archive at ` +
				`${header.migrations.at(-1) ?? '(none)'}; import into a new, blank database ` +
				'(it is brought to the archive’s schema, loaded, then migrated to the latest)'
		);
	}
}

async function refuseNonEmpty(db: AnyDb): Promise<void> {
	const plan = await planArchive(db);
	const filled: string[] = [];
	for (const table of plan.tables) {
		const n = await countTableRows(db, table.name);
		if (n > 0) filled.push(`${table.name} (${n})`);
	}
	if (filled.length > 0) {
		throw new ArchiveImportError(
			`The database at DATABASE_URL already holds data: ${filled.join(', ')}. ` +
				'import-all loads only into an empty database; point DATABASE_URL at a new one ' +
				'(and do not start the server on it before importing: the first start creates an admin)'
		);
	}
}

async function loadTables(
	trx: AnyDb,
	file: string,
	lines: AsyncGenerator<{ text: string; number: number }>
): Promise<ArchiveCounts> {
	const plan = new Map((await planArchive(trx)).tables.map((t) => [t.name, t]));
	const counts: ArchiveCounts = { tables: 0, rows: 0, perTable: {} };
	let table: ArchiveTable | null = null;
	let batch: Record<string, unknown>[] = [];
	let later: { key: Record<string, unknown>; values: Record<string, unknown> }[] = [];
	const flush = async () => {
		if (table) await insertRows(trx, table.name, batch);
		batch = [];
	};
	const finishTable = async () => {
		await flush();
		for (const update of later) await updateRowByKey(trx, table!.name, update.key, update.values);
		later = [];
	};
	for await (const line of lines) {
		const item = parseLine(file, line);
		if (Array.isArray(item)) {
			if (!table) throw damaged(file, line.number, 'a row before any table line');
			if (item.length !== table.columns.length)
				throw damaged(
					file,
					line.number,
					`${item.length} values for ${table.columns.length} columns`
				);
			const row = decodeRow(table, item);
			const deferred = Object.fromEntries(
				table.selfReferences.filter((c) => row[c] !== null).map((c) => [c, row[c]])
			);
			if (Object.keys(deferred).length > 0) {
				for (const c of table.selfReferences) row[c] = null;
				later.push({
					key: Object.fromEntries(table.primaryKey.map((c) => [c, row[c]])),
					values: deferred
				});
			}
			batch.push(row);
			counts.rows += 1;
			counts.perTable[table.name] = (counts.perTable[table.name] ?? 0) + 1;
			if (batch.length >= batchSize(table)) await flush();
			continue;
		}
		const entry = item as {
			table?: string;
			columns?: string[];
			end?: { tables: number; rows: number };
		};
		if (entry.end) {
			await finishTable();
			if (entry.end.tables !== counts.tables || entry.end.rows !== counts.rows) {
				throw damaged(file, line.number, 'counts that do not match the lines before it');
			}
			return counts;
		}
		if (typeof entry.table !== 'string') throw damaged(file, line.number, 'an unknown line');
		await finishTable();
		const target = plan.get(entry.table);
		if (!target) {
			throw new ArchiveImportError(
				`${file} holds table ${entry.table}, which this database does not have`
			);
		}
		if (target.columns.join() !== (entry.columns ?? []).join()) {
			throw new ArchiveImportError(
				`${file} has columns ${entry.columns?.join(', ')} for ${entry.table}; this database has ${target.columns.join(', ')}`
			);
		}
		if (target.primaryKey.length === 0 && target.selfReferences.length > 0) {
			throw new ArchiveImportError(`${entry.table} refers to itself but has no primary key`);
		}
		table = target;
		counts.tables += 1;
		counts.perTable[table.name] = 0;
	}
	throw new ArchiveImportError(
		`${file} ends before its last line; the archive is incomplete (make it again with npm run export-all). Nothing was imported`
	);
}

function decodeRow(table: ArchiveTable, values: unknown[]): Record<string, unknown> {
	return Object.fromEntries(
		table.columns.map((column, i) => {
			const value = values[i];
			return [
				column,
				table.binary.includes(column) && typeof value === 'string'
					? Buffer.from(value, 'base64')
					: value
			];
		})
	);
}

/** Within both databases' limits on bound parameters per statement. */
function batchSize(table: ArchiveTable): number {
	return Math.max(1, Math.min(500, Math.floor(30000 / table.columns.length)));
}

function damaged(file: string, line: number, what: string): ArchiveImportError {
	return new ArchiveImportError(
		`${file} line ${line} is ${what}; the archive is damaged. Nothing was imported`
	);
}
