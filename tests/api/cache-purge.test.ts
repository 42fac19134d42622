import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/databases.js';
import { seedFictionalCountry, type Fixture } from '../public/fixture.js';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { createUser, enableTotp } from '../../src/lib/server/auth/users.js';
import { PLACEHOLDER_HASH } from '../auth/fixtures.js';
import { answerTags, MAX_RECORD_TAGS } from '../../src/lib/server/http/cache-tags.js';

/*
 * Shared caches and the purge hook: public answers say how long a CDN may keep them and carry
 * the tags of the country and records they hold; a change the public sees POSTs those tags to
 * PLEDGEWATCH_PURGE_URL (here a listener on 127.0.0.1 that records the calls) at once,
 * without holding up the editor's action.
 */

interface PurgeListener {
	url: string;
	calls: string[][];
	/** Milliseconds to wait before answering, to play a slow CDN. */
	delayMs: number;
	close(): Promise<void>;
}

async function startPurgeListener(): Promise<PurgeListener> {
	const listener: Omit<PurgeListener, 'url' | 'close'> = { calls: [], delayMs: 0 };
	const server = http.createServer((request, response) => {
		let body = '';
		request.on('data', (chunk) => (body += String(chunk)));
		request.on('end', () => {
			listener.calls.push((JSON.parse(body) as { tags: string[] }).tags);
			setTimeout(() => response.end('ok'), listener.delayMs);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return Object.assign(listener, {
		url: `http://127.0.0.1:${port}/purge`,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	});
}

async function until(check: () => boolean, ms = 5000): Promise<void> {
	const deadline = Date.now() + ms;
	while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

describe('cache tags', () => {
	it('leave out record tags beyond the limit, keeping countries and the list', () => {
		const records = (n: number) =>
			Array.from({ length: n }, (_, i) => ({ type: 'case', id: `id-${i}` }));
		const few = answerTags({ countries: ['KZ'], records: records(3), lists: ['list:cases'] });
		expect(few).toEqual([
			'pledgewatch',
			'list:cases',
			'country:kz',
			'case:id-0',
			'case:id-1',
			'case:id-2'
		]);
		const many = answerTags({
			countries: ['KZ', 'XT'],
			records: records(MAX_RECORD_TAGS + 1),
			lists: ['list:cases']
		});
		expect(many).toEqual(['pledgewatch', 'list:cases', 'country:kz', 'country:xt']);
	});
});

for (const dialect of testDialects()) {
	describe(`shared caches and purges over HTTP [${dialect}]`, () => {
		let database: TestDatabase;
		let app: AppServer;
		let purges: PurgeListener;
		let fixture: Fixture;
		let cookie = '';

		beforeAll(async () => {
			purges = await startPurgeListener();
			database = await createTestDatabase(dialect);
			fixture = await seedFictionalCountry(database.db);
			app = await startAppServer({
				databaseUrl: database.url,
				env: { PLEDGEWATCH_SKIP_DEMO: '1', PLEDGEWATCH_PURGE_URL: purges.url }
			});
			const editor = await createUser(app.db, {
				email: `editor.${dialect}@example.org`,
				displayName: 'Editor',
				role: 'editor',
				passwordHash: PLACEHOLDER_HASH
			});
			await enableTotp(app.db, editor.id);
			cookie = `pledgewatch_session=${(await createSession(app.db, editor.id, { twoFactorVerified: true })).token}`;
		}, 180_000);

		beforeEach(() => {
			purges.calls.length = 0;
			purges.delayMs = 0;
		});

		afterAll(async () => {
			await app?.stop();
			await database?.drop();
			await purges?.close();
		});

		const get = (path: string) => fetch(`${app.url}${path}`, { redirect: 'manual' });

		function post(path: string, fields: Record<string, string>) {
			return fetch(`${app.url}${path}`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					cookie,
					origin: app.url,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams(fields)
			});
		}

		const versionOf = async (table: 'cases' | 'actors', id: string) =>
			(
				await app.db
					.selectFrom(table)
					.select('version')
					.where('id', '=', id)
					.executeTakeFirstOrThrow()
			).version;

		async function move(id: string, transition: string) {
			const response = await post(`/workspace/cases/${id}?/move`, {
				transition,
				version: String(await versionOf('cases', id))
			});
			expect(response.status, `${transition}: ${(await response.text()).slice(0, 300)}`).toBe(303);
		}

		it('keeps public answers in shared caches briefly, tagged with what they hold', async () => {
			const caseId = fixture.caseIds.imprisonment;
			const expected: Record<string, string[]> = {
				'/': ['pledgewatch', 'list:countries', 'country:xt'],
				'/countries/XT': ['country:xt'],
				'/countries/XT/cases': ['country:xt', 'list:cases'],
				[`/countries/XT/cases/${caseId}`]: ['country:xt', `case:${caseId}`],
				[`/countries/XT/pledges/${fixture.pledgeId}`]: ['country:xt', `pledge:${fixture.pledgeId}`],
				'/api/v1/cases?country=xt': ['list:cases', 'country:xt', `case:${caseId}`],
				'/api/v1/cases.csv': ['list:cases', 'country:xt', `case:${caseId}`],
				'/api/v1/pledges': ['list:pledges', 'country:xt', `pledge:${fixture.pledgeId}`],
				'/api/v1/countries': ['list:countries', 'country:xt'],
				'/api/v1/countries/XT/feed.atom': ['country:xt', `case:${caseId}`],
				// A filter that matches nothing yet is still about its country: a publish may fill it.
				'/api/v1/engagements?country=xt&type=sanction': ['list:engagements', 'country:xt']
			};
			for (const [path, tags] of Object.entries(expected)) {
				const response = await get(path);
				expect(response.status, path).toBe(200);
				expect(response.headers.get('cache-control'), path).toBe(
					'public, max-age=0, s-maxage=30, stale-while-revalidate=30'
				);
				const surrogate = (response.headers.get('surrogate-key') ?? '').split(' ');
				const cacheTag = (response.headers.get('cache-tag') ?? '').split(',');
				for (const tag of ['pledgewatch', ...tags]) {
					expect(surrogate, path).toContain(tag);
					expect(cacheTag, path).toContain(tag);
				}
				expect(response.headers.get('surrogate-key')!.length, path).toBeLessThan(4096);
			}
		});

		it('purges the country and the case when a case is published or unpublished', async () => {
			const id = fixture.caseIds.imprisonment;
			const tags = ['country:xt', `case:${id}`, 'list:cases'];
			// The fixture's case names a draft person (kept internal for the leak checks), and
			// publishing a case now asks to publish the drafts it names too: not this test's subject.
			await app.db
				.deleteFrom('case_actors')
				.where('case_id', '=', id)
				.where('actor_id', 'in', (eb) =>
					eb.selectFrom('actors').select('actors.id').where('actors.status', '!=', 'published')
				)
				.execute();
			await move(id, 'unpublish');
			await until(() => purges.calls.length > 0);
			expect(purges.calls.flat()).toEqual(expect.arrayContaining(tags));

			// Submitting moves the record too; its purge arrives before the publish is tried.
			await move(id, 'submit');
			await until(() => purges.calls.length > 1);
			purges.calls.length = 0;
			await move(id, 'publish');
			await until(() => purges.calls.length > 0);
			await new Promise((r) => setTimeout(r, 300));
			expect(purges.calls).toHaveLength(1);
			expect(purges.calls[0]).toEqual(expect.arrayContaining(tags));
		});

		/** A person of Testland, inserted as the test needs them. */
		async function addPerson(status: 'draft' | 'published'): Promise<string> {
			const id = randomUUID();
			const at = new Date().toISOString();
			await app.db
				.insertInto('actors')
				.values({
					id,
					country_id: fixture.countryId,
					kind: 'person',
					name: `Testland Blogger ${id.slice(0, 4)} (fictional)`,
					status,
					published_at: status === 'published' ? at : null,
					created_at: at,
					updated_at: at
				})
				.execute();
			return id;
		}

		const markAtRisk = async (id: string) =>
			post(`/workspace/actors/${id}?/save`, {
				name: `Testland Blogger ${id.slice(0, 4)} (fictional)`,
				kind: 'person',
				country_id: fixture.countryId,
				at_risk: 'on',
				public_pseudonym: 'a Testland blogger',
				version: String(await versionOf('actors', id))
			});

		it('leaves the CDN alone when a draft the public never sees changes', async () => {
			const response = await markAtRisk(await addPerson('draft'));
			expect(response.status, (await response.text()).slice(0, 300)).toBe(303);
			await new Promise((r) => setTimeout(r, 1000));
			expect(purges.calls, JSON.stringify(purges.calls)).toEqual([]);
		});

		it('purges at once when a published person is marked at risk, without waiting for the CDN', async () => {
			const id = await addPerson('published');
			// A CDN slower than anyone would wait for: the save still answers at once.
			purges.delayMs = 10_000;
			const started = Date.now();
			const response = await markAtRisk(id);
			expect(response.status, (await response.text()).slice(0, 300)).toBe(303);
			expect(Date.now() - started).toBeLessThan(3000);
			await until(() => purges.calls.length > 0);
			expect(purges.calls[0]).toEqual(expect.arrayContaining(['country:xt', `actor:${id}`]));
			const stored = await app.db
				.selectFrom('actors')
				.select('at_risk')
				.where('id', '=', id)
				.executeTakeFirstOrThrow();
			expect(stored.at_risk).toBe(1);
		});

		it('purges when a record goes to the trash and when it comes back', async () => {
			const id = fixture.caseIds.dispersal;
			const trashed = await post(`/workspace/cases/${id}?/delete`, {
				version: String(await versionOf('cases', id))
			});
			expect(trashed.status, (await trashed.text()).slice(0, 300)).toBe(303);
			await until(() => purges.calls.length > 0);
			expect(purges.calls.flat()).toEqual(expect.arrayContaining(['country:xt', `case:${id}`]));

			purges.calls.length = 0;
			const restored = await post('/workspace/trash?/restore', { kind: 'cases', id });
			expect(restored.status, (await restored.text()).slice(0, 300)).toBe(303);
			await until(() => purges.calls.length > 0);
			expect(purges.calls.flat()).toEqual(expect.arrayContaining(['country:xt', `case:${id}`]));
		});
	});
}
