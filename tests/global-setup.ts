import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { ensureBuilt } from './helpers/built-app.js';
import { makeMigratedTemplates } from './helpers/templates.js';

/*
 * Runs once before the suite: builds the app that the HTTP, browser and start-up tests serve if it is
 * stale, checks the databases and makes the migrated templates every test database is copied
 * from (removed again after the run). When TEST_DATABASE_URL is set, PostgreSQL must answer:
 * a suite that silently skipped its PostgreSQL half would hide exactly the bugs it exists to find.
 */
export default async function setup(
	project: TestProject
): Promise<(() => Promise<void>) | undefined> {
	// The projects of vite.config.ts inherit this file with the rest of the root config; the root
	// runs it once for all of them, and what it provides reaches every project's tests.
	if (!project.isRootProject()) return undefined;
	// Built once, before any test file starts the app (tests/helpers/app-server.ts), so no build
	// races another and every server serves the same build.
	await ensureBuilt();
	const url = process.env.TEST_DATABASE_URL;
	if (url) await checkPostgres(url);
	else console.log('[pledgewatch tests] databases: sqlite (set TEST_DATABASE_URL to add postgres)');
	const { templates, remove } = await makeMigratedTemplates(url);
	project.provide('migratedTemplates', templates);
	return remove;
}

async function checkPostgres(url: string): Promise<void> {
	const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
	try {
		await client.connect();
		const { rows } = await client.query<{ version: string }>('select version()');
		console.log(
			`[pledgewatch tests] databases: sqlite, postgres (${rows[0]?.version.split(',')[0]})`
		);
	} catch (error) {
		throw new Error(
			`TEST_DATABASE_URL is set but PostgreSQL does not answer: ${(error as Error).message}`
		);
	} finally {
		await client.end().catch(() => undefined);
	}
}
