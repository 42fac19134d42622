import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb } from '../../src/lib/server/db/connect.js';
import { migrateToLatest } from '../../src/lib/server/db/migrate.js';

/*
 * Migrated template databases, made once per test run by the global setup: a test database
 * "at the latest schema" is then a copy (a file copy for SQLite, CREATE DATABASE ... TEMPLATE
 * for PostgreSQL) instead of running every migration again, which took over a second each
 * time on a busy two-core machine. Migrations write no rows, so a copy is exactly what
 * migrating a new database gives.
 */

export interface MigratedTemplates {
	/** A closed, migrated SQLite file; copy it, never open it. */
	sqlite: string;
	/** A migrated PostgreSQL database nobody may connect to (so it can always be copied). */
	postgres?: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		migratedTemplates: MigratedTemplates;
	}
}

export function withDatabase(adminUrl: string, name: string): string {
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return url.toString();
}

export async function makeMigratedTemplates(
	adminUrl: string | undefined
): Promise<{ templates: MigratedTemplates; remove: () => Promise<void> }> {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledgewatch-template-'));
	const sqlite = path.join(dir, 'migrated.db');
	const lite = createDb({ kind: 'sqlite', file: sqlite });
	try {
		await migrateToLatest(lite);
	} finally {
		// Closing checkpoints the write-ahead log into the file, so the file alone is the database.
		await lite.destroy();
	}
	let postgres: string | undefined;
	if (adminUrl) {
		postgres = `pledgewatch_template_${randomBytes(6).toString('hex')}`;
		await adminQuery(adminUrl, `CREATE DATABASE ${postgres}`);
		const db = createDb({ kind: 'postgres', url: withDatabase(adminUrl, postgres) });
		try {
			await migrateToLatest(db);
		} finally {
			await db.destroy();
		}
		// No connection, not even autovacuum's, may hold it while it is being copied.
		await adminQuery(adminUrl, `ALTER DATABASE ${postgres} WITH ALLOW_CONNECTIONS false`);
	}
	return {
		templates: { sqlite, postgres },
		async remove() {
			fs.rmSync(dir, { recursive: true, force: true });
			if (adminUrl && postgres) await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${postgres}`);
		}
	};
}

export async function adminQuery(adminUrl: string, statement: string): Promise<void> {
	const admin = new pg.Client({ connectionString: adminUrl });
	admin.on('error', () => undefined);
	await admin.connect();
	try {
		await admin.query(statement);
	} finally {
		await admin.end().catch(() => undefined);
	}
}
