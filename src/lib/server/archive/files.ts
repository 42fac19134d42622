import { currentTime } from '../clock.js';
import fs from 'node:fs';
import path from 'node:path';

/*
 * The files the operations commands read and write: backups (a SQLite database file, or a
 * PostgreSQL custom-format dump) and full archives (JSON Lines). Each is recognised by its first
 * bytes, so a file given to the wrong command gets a sentence saying which command it is for.
 */

export const ARCHIVE_FORMAT = 'pledgewatch-archive';
export const ARCHIVE_VERSION = 1;

export type FileKind = 'sqlite-backup' | 'postgres-backup' | 'archive' | 'empty' | 'unknown';

export class OperationError extends Error {
	override name = 'OperationError';
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const POSTGRES_MAGIC = 'PGDMP';

/** What a file holds, judged by its first bytes; a missing or unreadable file is an error. */
export function fileKind(file: string): FileKind {
	let head: Buffer;
	try {
		const fd = fs.openSync(file, 'r');
		try {
			head = Buffer.alloc(64);
			head = head.subarray(0, fs.readSync(fd, head, 0, 64, 0));
		} finally {
			fs.closeSync(fd);
		}
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') throw new OperationError(`${file} does not exist; check the path`);
		if (code === 'EISDIR') throw new OperationError(`${file} is a folder; give the file inside it`);
		throw new OperationError(`Cannot read ${file}: ${(error as Error).message}`);
	}
	if (head.length === 0) return 'empty';
	const text = head.toString('latin1');
	if (text.startsWith(SQLITE_MAGIC)) return 'sqlite-backup';
	if (text.startsWith(POSTGRES_MAGIC)) return 'postgres-backup';
	if (/^\{\s*"format"\s*:\s*"pledgewatch-archive"/.test(text)) return 'archive';
	return 'unknown';
}

export const KIND_NAMES: Record<FileKind, string> = {
	'sqlite-backup':
		'a SQLite backup (made by npm run backup on SQLite; load it with npm run restore)',
	'postgres-backup':
		'a PostgreSQL backup (pg_dump custom format, made by npm run backup on PostgreSQL; load it with npm run restore)',
	archive: 'a full archive (made by npm run export-all; load it with npm run import-all)',
	empty: 'empty (a backup or export that did not finish?)',
	unknown: 'not a Pledgewatch backup or archive'
};

/** A dated file name under `folder`, e.g. data/backups/pledgewatch-20261201-070000Z.db. */
export function datedFile(folder: string, extension: string, now = currentTime()): string {
	const stamp = now
		.toISOString()
		.replace(/\.\d+Z$/, 'Z')
		.replace(/[-:]/g, '')
		.replace('T', '-');
	return path.resolve(folder, `pledgewatch-${stamp}${extension}`);
}

/**
 * Writes a file through a temporary name beside it and renames it into place when complete,
 * so an interrupted command never leaves a half file under the name asked for. Owner-only, as
 * the file holds accounts and unpublished work.
 */
export async function writeAtomically(
	file: string,
	write: (temporary: string) => Promise<void>
): Promise<void> {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	const temporary = `${file}.partial-${process.pid}`;
	try {
		await write(temporary);
		fs.chmodSync(temporary, 0o600);
		fs.renameSync(temporary, file);
	} finally {
		fs.rmSync(temporary, { force: true });
	}
}
