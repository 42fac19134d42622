import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, sessionCookieName } from '../../src/lib/server/auth/sessions.js';
import { getCase } from '../../src/lib/server/repositories/cases.js';
import { setCountryStatus } from '../../src/lib/server/repositories/countries.js';
import { getRevisionAtVersion } from '../../src/lib/server/repositories/revisions.js';
import { saveRecord } from '../../src/lib/server/workspace/editing.js';
import { caseKind } from '../../src/lib/server/workspace/kinds/case.js';
import { ensureBuilt } from '../helpers/built-app.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import {
	getPage,
	newSecretKey,
	postForm,
	startInstance,
	type Instance
} from '../helpers/instances.js';
import { addStaffUser } from '../helpers/staff.js';
import { formOf, testland } from '../workspace/fixture.js';

/*
 * The production server when things go wrong: killed with SIGKILL in the middle of a CSV
 * import and of record saves, then started again on the same database (nothing half-written:
 * an import is there whole or not at all, each record agrees with its revisions); a burst of
 * concurrent saves on SQLite from two processes (no "database is locked", nothing lost); and,
 * on PostgreSQL, the database going away under a running server (requests fail cleanly, and
 * succeed again once it is back, without restarting the app). The outage is made for this
 * test's database alone (no new connections, the app's ones ended), not by restarting the
 * PostgreSQL others share.
 */

const IMPORT_ROWS = 2000;
const SAVES_IN_FLIGHT = 30;
const BURST = 50;

/* A cases CSV of `rows` fictional detentions, titled with `label` so each import is its own. */
function casesCsv(label: string, rows: number): string {
	const lines = ['title,case_type,start,description'];
	for (let i = 1; i <= rows; i++)
		lines.push(
			`${label} detention ${i} in Testland (fictional),detention,2021-05,Fictional case for a crash test.`
		);
	return lines.join('\n') + '\n';
}

const caseFields = (countryId: string, title: string) => ({
	title,
	case_type: 'detention',
	country_id: countryId,
	start: '2022-01',
	end: '',
	verification: 'reported'
});

/** Resolves with what `promise` gave, or with the error it failed with: nothing is thrown. */
const settle = <T>(promise: Promise<T>) =>
	promise.then(
		(value) => ({ ok: true as const, value }),
		(error: unknown) => ({ ok: false as const, error })
	);

for (const dialect of testDialects()) {
	describe(`the server killed, crowded or cut off from its database [${dialect}]`, () => {
		let database: TestDatabase;
		const secret = newSecretKey();
		let env: Record<string, string>;
		let instance: Instance | undefined;
		const others: Instance[] = [];
		let cookie = '';
		let countryId = '';
		let editorId = '';

		const countCases = async (titlePrefix: string) =>
			Number(
				(
					await database.db
						.selectFrom('cases')
						.select((eb) => eb.fn.countAll().as('n'))
						.where('title', 'like', `${titlePrefix}%`)
						.executeTakeFirstOrThrow()
				).n
			);

		/** Kills the running instance and starts a new one on the same database. */
		async function restart(): Promise<Instance> {
			await instance?.kill();
			instance = await startInstance(env);
			return instance;
		}

		beforeAll(async () => {
			await ensureBuilt();
			database = await createTestDatabase(dialect);
			env = {
				DATABASE_URL: database.url,
				PLEDGEWATCH_SECRET_KEY: secret.env,
				// Every public read goes to the database, so an outage shows at once.
				PUBLIC_MEMO_MS: '0',
				PUBLIC_RENDER_CACHE_MS: '0'
			};
			editorId = await addStaffUser(
				{ db: database.db, secretKey: secret.key },
				{
					email: `editor.failures.${dialect}@example.org`,
					role: 'editor',
					name: 'Crash-test editor (fictional)',
					totpKey: crypto.getRandomValues(new Uint8Array(20))
				}
			);
			const { token } = await createSession(database.db, editorId, { twoFactorVerified: true });
			cookie = `${sessionCookieName(true)}=${token}`;
			const { country } = await testland(database.db, editorId);
			await setCountryStatus(database.db, country.id, country.version, 'published', null);
			countryId = country.id;
			instance = await startInstance(env);
		}, 180_000);

		afterAll(async () => {
			await Promise.all([instance, ...others].map((i) => i?.stop()));
			await database?.drop();
		});

		const importCsv = (label: string, rows = IMPORT_ROWS) =>
			postForm(
				instance!,
				'/workspace/import?/commit',
				{ type: 'cases', country_id: countryId, csv: casesCsv(label, rows) },
				cookie
			);

		it(
			'an import cut off by SIGKILL is there whole or not at all after a restart',
			{ timeout: 180_000 },
			async () => {
				// A whole import first, to know how long one takes on this machine.
				const start = performance.now();
				const whole = await importCsv('Whole');
				const took = performance.now() - start;
				expect(whole.status, (await whole.text()).slice(0, 300)).toBe(303);
				expect(await countCases('Whole')).toBe(IMPORT_ROWS);

				// Then killed part-way through: later each time the answer came first, up to three tries.
				let killedInFlight = false;
				for (const share of [0.6, 0.4, 0.2]) {
					const label = `Cut${Math.round(share * 10)}`;
					const answer = settle(importCsv(label));
					await new Promise((r) => setTimeout(r, took * share));
					await restart();
					const outcome = await answer;
					const count = await countCases(label);
					expect([0, IMPORT_ROWS], `${label}: ${count} of ${IMPORT_ROWS} rows`).toContain(count);
					if (!outcome.ok) {
						killedInFlight = true;
						break;
					}
				}
				expect(killedInFlight, 'the server was killed before the import answered').toBe(true);
				// The restarted server works, and takes the import again.
				const again = await importCsv('Again', 10);
				expect(again.status).toBe(303);
				expect(await countCases('Again')).toBe(10);
			}
		);

		it(
			'saves cut off by SIGKILL leave every record agreeing with its history',
			{ timeout: 120_000 },
			async () => {
				const ids: string[] = [];
				for (let i = 0; i < SAVES_IN_FLIGHT; i++) {
					const saved = await saveRecord(
						database.db,
						caseKind,
						formOf(caseFields(countryId, `Kill-save case ${i} (fictional)`)),
						{ userId: editorId, confirmedNotDuplicate: true }
					);
					if (saved.kind !== 'saved') throw new Error(saved.kind);
					ids.push(saved.id);
				}
				const saves = ids.map((id, i) =>
					settle(
						postForm(
							instance!,
							`/workspace/cases/${id}?/save`,
							{ ...caseFields(countryId, `Kill-save case ${i}, edited (fictional)`), version: '1' },
							cookie
						)
					)
				);
				// Killed as soon as the first save has answered: the others are under way.
				await Promise.race(saves);
				await restart();
				const outcomes = await Promise.all(saves);
				expect(outcomes.some((o) => !o.ok)).toBe(true);
				for (const [i, id] of ids.entries()) {
					const record = await getCase(database.db, id);
					const revision = await getRevisionAtVersion(database.db, 'case', id, record.version);
					expect(revision.snapshot.title, `case ${i} at version ${record.version}`).toBe(
						record.title
					);
					expect(record.title).toBe(
						record.version === 1
							? `Kill-save case ${i} (fictional)`
							: `Kill-save case ${i}, edited (fictional)`
					);
					// A save that answered is kept.
					const outcome = outcomes[i]!;
					if (outcome.ok && outcome.value.status === 303) expect(record.version).toBe(2);
				}
			}
		);

		it.runIf(dialect === 'sqlite')(
			`${BURST} concurrent saves through two processes on one SQLite file: none locked out, none lost`,
			{ timeout: 120_000 },
			async () => {
				const second = await startInstance(env);
				others.push(second);
				const answers = await Promise.all(
					Array.from({ length: BURST }, (_, i) =>
						postForm(
							i % 2 === 0 ? instance! : second,
							'/workspace/cases/new?/save',
							{
								...caseFields(countryId, `Burst case ${i} (fictional)`),
								confirm_duplicate: 'yes'
							},
							cookie
						).then(async (r) => ({
							status: r.status,
							body: r.status === 303 ? '' : await r.text()
						}))
					)
				);
				for (const process of [instance!, second])
					expect(process.started.output()).not.toMatch(/database is locked|SQLITE_BUSY/i);
				const refused = answers.filter((a) => a.status !== 303);
				expect(refused.map((a) => `${a.status} ${a.body.slice(0, 200)}`)).toEqual([]);
				expect(await countCases('Burst case')).toBe(BURST);
			}
		);

		it.runIf(dialect === 'postgres')(
			'requests fail cleanly while PostgreSQL is unreachable and succeed after, without a restart',
			{ timeout: 120_000 },
			async () => {
				const name = new URL(database.url).pathname.slice(1);
				const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
				admin.on('error', () => undefined);
				await admin.connect();
				const pages = ['/countries/XT', `/workspace/cases`];
				const read = (pathname: string) =>
					getPage(instance!, pathname, pathname.startsWith('/workspace') ? cookie : undefined);
				try {
					for (const pathname of pages) expect((await read(pathname)).status, pathname).toBe(200);

					// The outage: no new connections to this database, and the app's own ones ended.
					await admin.query(`ALTER DATABASE ${name} CONNECTION LIMIT 0`);
					await admin.query(
						'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
						[name]
					);
					for (const pathname of pages) {
						const started = performance.now();
						const response = await read(pathname);
						const body = await response.text();
						expect(response.status, pathname).toBeGreaterThanOrEqual(500);
						// The error page (the static one when it failed before any page rendered).
						expect(body, pathname).toMatch(/<h1>(Something went wrong|Internal Error)<\/h1>/);
						// No database details for the reader.
						expect(body, pathname).not.toMatch(/connection|terminat|postgres|pg_|stack/i);
						expect(performance.now() - started, pathname).toBeLessThan(15_000);
					}
					expect(instance!.started.child.exitCode).toBeNull();

					await admin.query(`ALTER DATABASE ${name} CONNECTION LIMIT -1`);
					for (const pathname of pages) expect((await read(pathname)).status, pathname).toBe(200);
					expect(instance!.started.child.exitCode).toBeNull();
				} finally {
					await admin.query(`ALTER DATABASE ${name} CONNECTION LIMIT -1`).catch(() => undefined);
					await admin.end();
				}
			}
		);
	});
}
