import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects, createTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { startAppServer, type AppServer } from '../helpers/app-server.js';
import { actorFor, decide, type Actor, type Decision } from '../../src/lib/server/policy.js';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { createUser, enableTotp } from '../../src/lib/server/auth/users.js';
import type { Role } from '../../src/lib/server/db/schema.js';
import { PLACEHOLDER_HASH } from './fixtures.js';

/*
 * Every route and every form action or endpoint method, for each kind of visitor, with the
 * outcome the policy must give. Routes are discovered from src/routes, so a new route or
 * action without a row here fails this test until someone decides who may use it.
 */

const PRINCIPALS = [
	'anonymous',
	'second-factor',
	'enrol',
	'viewer',
	'researcher',
	'editor',
	'admin'
] as const;
type Principal = (typeof PRINCIPALS)[number];
type Outcome = Decision['kind'];
type Row = Record<Principal, Outcome>;

const row = (
	anonymous: Outcome,
	partial: Outcome,
	viewer: Outcome,
	researcher: Outcome,
	editor: Outcome,
	admin: Outcome,
	enrol: Outcome = partial
): Row => ({
	anonymous,
	'second-factor': partial,
	enrol,
	viewer,
	researcher,
	editor,
	admin
});

const PUBLIC = row('allow', 'allow', 'allow', 'allow', 'allow', 'allow');
const SIGNED_IN = row('sign-in', 'finish-sign-in', 'allow', 'allow', 'allow', 'allow');
// Staff pages a signed-in role may not use answer a staff-worded 403, not a 404.
const EDITING = row('sign-in', 'finish-sign-in', 'forbidden', 'allow', 'allow', 'allow');
const ADMIN = row('sign-in', 'finish-sign-in', 'forbidden', 'forbidden', 'forbidden', 'allow');
const SECOND_FACTOR = row(
	'sign-in',
	'allow',
	'not-found',
	'not-found',
	'not-found',
	'not-found',
	'finish-sign-in'
);
const ENROL = row('sign-in', 'finish-sign-in', 'allow', 'allow', 'allow', 'allow', 'allow');

interface Entry {
	/** GET (and HEAD). */
	read: Row;
	/** Each form action (by name, 'default' for the unnamed one) or endpoint method other than GET. */
	writes?: Record<string, Row>;
	/** A concrete path for checking over HTTP (routes of this issue). */
	sample?: string;
}

const EXPECTED: Record<string, Entry> = {
	'/': { read: PUBLIC },
	'/open-data': { read: PUBLIC, sample: '/open-data' },
	'/healthz': { read: PUBLIC, sample: '/healthz' },
	'/login': { read: PUBLIC, writes: { default: PUBLIC }, sample: '/login' },
	'/login/two-factor': {
		read: SECOND_FACTOR,
		writes: { default: SECOND_FACTOR },
		sample: '/login/two-factor'
	},
	'/logout': { read: PUBLIC, writes: { default: PUBLIC }, sample: '/logout' },
	'/invite/[token]': {
		read: PUBLIC,
		writes: { default: PUBLIC },
		sample: '/invite/aaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'
	},
	'/account': { read: SIGNED_IN, writes: { language: SIGNED_IN }, sample: '/account' },
	'/account/password': {
		read: SIGNED_IN,
		writes: { default: SIGNED_IN },
		sample: '/account/password'
	},
	'/account/two-factor': {
		read: ENROL,
		writes: { start: ENROL, enrol: ENROL, recoveryCodes: ENROL, disable: ENROL },
		sample: '/account/two-factor'
	},
	'/account/sessions': {
		read: SIGNED_IN,
		writes: { revoke: SIGNED_IN, others: SIGNED_IN },
		sample: '/account/sessions'
	},
	'/admin': { read: ADMIN, sample: '/admin' },
	'/admin/users': {
		read: ADMIN,
		writes: { role: ADMIN, deactivate: ADMIN, reactivate: ADMIN, resetTwoFactor: ADMIN },
		sample: '/admin/users'
	},
	'/admin/invites': {
		read: ADMIN,
		writes: { create: ADMIN, revoke: ADMIN },
		sample: '/admin/invites'
	},
	'/admin/audit': { read: ADMIN, sample: '/admin/audit' },
	'/admin/settings': { read: ADMIN, writes: { save: ADMIN }, sample: '/admin/settings' },
	'/workspace': { read: SIGNED_IN, sample: '/workspace' },
	'/workspace/[kind=kind]': { read: SIGNED_IN },
	'/workspace/[kind=kind]/new': { read: SIGNED_IN, writes: { save: EDITING } },
	// Route level only: actions that publish ask the policy for publish:records themselves.
	'/workspace/[kind=kind]/[id]': {
		read: SIGNED_IN,
		writes: {
			save: EDITING,
			move: EDITING,
			delete: EDITING,
			publishChanges: EDITING,
			discardChanges: EDITING,
			link: EDITING,
			unlink: EDITING,
			cite: EDITING,
			uncite: EDITING,
			assess: EDITING,
			publishAssessment: EDITING,
			// Publishing a translation needs publish:records too, checked by the action itself.
			saveTranslation: EDITING,
			publishTranslation: EDITING,
			originalLanguage: EDITING
		}
	},
	'/workspace/[kind=kind]/[id]/history': { read: SIGNED_IN, writes: { restore: EDITING } },
	'/workspace/[kind=kind]/export': { read: SIGNED_IN, sample: '/workspace/cases/export' },
	'/workspace/import': {
		read: EDITING,
		writes: { preview: EDITING, commit: EDITING },
		sample: '/workspace/import'
	},
	'/workspace/import/template': { read: EDITING, sample: '/workspace/import/template?type=cases' },
	'/workspace/api/lookup/[lookup]': { read: SIGNED_IN },
	'/workspace/drafts': { read: SIGNED_IN },
	'/workspace/review': { read: SIGNED_IN },
	'/workspace/trash': { read: SIGNED_IN, writes: { restore: EDITING, empty: EDITING } },
	// Viewers read issued packs; building, editing and issuing need build:briefings.
	'/workspace/briefings': { read: SIGNED_IN, writes: { create: EDITING } },
	'/workspace/briefings/[id]': {
		read: SIGNED_IN,
		writes: { save: EDITING, move: EDITING, issue: EDITING, withdraw: EDITING, copy: EDITING }
	},
	'/workspace/briefings/[id]/[format]': { read: SIGNED_IN },
	'/countries/[code]/briefings/[id]': { read: PUBLIC },
	'/countries/[code]/briefings/[id]/[format]': { read: PUBLIC },
	'/countries/[code]': { read: PUBLIC },
	'/countries/[code]/cases': { read: PUBLIC },
	'/countries/[code]/cases/[id]': { read: PUBLIC },
	'/countries/[code]/pledges': { read: PUBLIC },
	'/countries/[code]/laws': { read: PUBLIC },
	'/countries/[code]/pledges/[id]': { read: PUBLIC },
	'/countries/[code]/engagements': { read: PUBLIC },
	'/countries/[code]/engagements/[id]': { read: PUBLIC },
	'/countries/[code]/laws/[id]': { read: PUBLIC },
	'/countries/[code]/timeline.json': { read: PUBLIC },
	'/api/v1': { read: PUBLIC },
	'/api/v1/cases': { read: PUBLIC },
	'/api/v1/cases.csv': { read: PUBLIC },
	'/api/v1/countries': { read: PUBLIC },
	'/api/v1/countries.csv': { read: PUBLIC },
	'/api/v1/countries/[code]/feed.atom': { read: PUBLIC },
	'/api/v1/engagements': { read: PUBLIC },
	'/api/v1/engagements.csv': { read: PUBLIC },
	'/api/v1/pledges': { read: PUBLIC },
	'/api/v1/pledges.csv': { read: PUBLIC },
	'/api/v1/openapi.json': { read: PUBLIC, sample: '/api/v1/openapi.json' },
	'/api/v1/[...path]': { read: PUBLIC }
};

/* --- discovering routes ------------------------------------------------------------------ */

const ROUTES_DIR = path.resolve(import.meta.dirname, '..', '..', 'src', 'routes');
const ROUTE_FILE = /^\+(page|server)(\.server)?\.(ts|js|svelte)$/;

interface Discovered {
	id: string;
	writes: string[];
}

/*
 * Walks src/routes; a folder with a +page or +server file is a route. Its form actions and
 * endpoint methods come from importing its server modules, so nothing is missed by parsing.
 */
async function discover(dir = ROUTES_DIR): Promise<Discovered[]> {
	const entries = fs.readdirSync(dir, { withFileTypes: true });
	const found: Discovered[] = [];
	const files = entries.filter((e) => e.isFile() && ROUTE_FILE.test(e.name)).map((e) => e.name);
	if (files.length > 0) {
		const relative = path
			.relative(ROUTES_DIR, dir)
			.split(path.sep)
			.filter((s) => s && !/^\(.*\)$/.test(s));
		const writes = new Set<string>();
		for (const file of files.filter((f) => /^\+(page\.server|server)\.(ts|js)$/.test(f))) {
			const module = (await import(/* @vite-ignore */ path.join(dir, file))) as Record<
				string,
				unknown
			>;
			for (const name of Object.keys((module.actions as object | undefined) ?? {}))
				writes.add(name);
			for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
				if (module[method]) writes.add(method);
		}
		found.push({ id: `/${relative.join('/')}`, writes: [...writes].sort() });
	}
	for (const entry of entries) {
		if (entry.isDirectory()) found.push(...(await discover(path.join(dir, entry.name))));
	}
	return found;
}

function actorOf(principal: Principal): Actor {
	const user = (role: Role, totpEnabled: boolean) => ({
		id: `u-${principal}`,
		email: `${principal}@example.org`,
		role,
		totpEnabled,
		mustChangePassword: false
	});
	switch (principal) {
		case 'anonymous':
			return actorFor(null, null);
		case 'second-factor':
			return actorFor(user('admin', true), { twoFactorVerified: false });
		case 'enrol':
			return actorFor(user('editor', false), { twoFactorVerified: false });
		default:
			return actorFor(user(principal, principal === 'editor' || principal === 'admin'), {
				twoFactorVerified: true
			});
	}
}

const routes = await discover();

describe('authorisation table', () => {
	it('finds the routes', () => {
		expect(routes.map((r) => r.id)).toContain('/admin/users');
	});

	for (const route of routes) {
		describe(route.id, () => {
			const entry = EXPECTED[route.id];
			it('has a row in this table', () => {
				expect(
					entry,
					`add ${route.id} to EXPECTED (and a rule to src/lib/server/policy.ts)`
				).toBeDefined();
				expect(Object.keys(entry?.writes ?? {}).sort(), `actions/methods of ${route.id}`).toEqual(
					route.writes
				);
			});
			if (!entry) return;
			it.each(PRINCIPALS)('GET as %s', (principal) => {
				expect(decide(actorOf(principal), route.id, 'GET').kind).toBe(entry.read[principal]);
			});
			for (const [name, expected] of Object.entries(entry.writes ?? {})) {
				it.each(PRINCIPALS)(`${name} as %s`, (principal) => {
					expect(decide(actorOf(principal), route.id, 'POST').kind).toBe(expected[principal]);
				});
			}
		});
	}

	it('denies a route that no rule covers', () => {
		expect(decide(actorOf('admin'), '/somewhere-new', 'GET').kind).toBe('not-found');
		expect(decide(actorOf('anonymous'), '/somewhere-new', 'GET').kind).toBe('not-found');
	});
});

/* --- the same table over HTTP, against the running app, on each database ------------------ */

const STAGE_PAGES: Record<string, string> = {
	'second-factor': '/login/two-factor',
	enrol: '/account/two-factor'
};

for (const dialect of testDialects()) {
	describe(`authorisation over HTTP [${dialect}]`, () => {
		let database: TestDatabase;
		let app: AppServer;
		const cookies = new Map<Principal, string>();

		beforeAll(async () => {
			database = await createTestDatabase(dialect);
			app = await startAppServer({
				databaseUrl: database.url,
				env: {
					PLEDGEWATCH_SKIP_DEMO: '1',
					ADMIN_EMAIL: 'root@example.org',
					ADMIN_PASSWORD: 'lantern orbit forty meadow'
				}
			});
			for (const principal of PRINCIPALS) {
				if (principal === 'anonymous') continue;
				const role: Role =
					principal === 'second-factor' ? 'admin' : principal === 'enrol' ? 'editor' : principal;
				const user = await createUser(app.db, {
					email: `${principal}.${dialect}@example.org`,
					displayName: principal,
					role,
					passwordHash: PLACEHOLDER_HASH
				});
				const withTotp =
					principal === 'second-factor' || principal === 'editor' || principal === 'admin';
				if (withTotp) await enableTotp(app.db, user.id);
				const { token } = await createSession(app.db, user.id, {
					twoFactorVerified: withTotp && principal !== 'second-factor'
				});
				cookies.set(principal, `pledgewatch_session=${token}`);
			}
		}, 180_000);

		afterAll(async () => {
			await app?.stop();
			await database?.drop();
		});

		async function request(principal: Principal, method: string, url: string) {
			const headers: Record<string, string> = { origin: app.url, accept: 'text/html' };
			const cookie = cookies.get(principal);
			if (cookie) headers.cookie = cookie;
			if (method === 'POST') headers['content-type'] = 'application/x-www-form-urlencoded';
			return fetch(`${app.url}${url}`, {
				method,
				headers,
				redirect: 'manual',
				body: method === 'POST' ? '' : undefined
			});
		}

		function check(response: Response, expected: Outcome, principal: Principal, what: string) {
			const location = response.headers.get('location') ?? '';
			const label = `${what} as ${principal}: ${response.status} ${location}`;
			if (expected === 'not-found') expect(response.status, label).toBe(404);
			if (expected === 'forbidden') expect(response.status, label).toBe(403);
			if (expected === 'sign-in') {
				expect(response.status, label).toBe(303);
				expect(location, label).toMatch(/^\/login\?next=/);
			}
			if (expected === 'finish-sign-in') {
				expect(response.status, label).toBe(303);
				expect(location, label).toBe(STAGE_PAGES[principal]);
			}
			if (expected === 'allow') {
				expect(response.status, label).not.toBe(404);
				expect(response.status, label).toBeLessThan(500);
				expect(location, label).not.toMatch(/^\/login\?next=/);
			}
			// Redirects carry no page; everything a signed-in visitor is shown must not be stored.
			if (cookies.has(principal) && response.status < 300) {
				expect(response.headers.get('cache-control'), label).toBe('no-store');
			}
		}

		const sampled = Object.entries(EXPECTED).filter(([, entry]) => entry.sample);
		for (const [id, entry] of sampled) {
			it(`${id}: every visitor gets the expected answer`, { timeout: 120_000 }, async () => {
				for (const principal of PRINCIPALS) {
					check(
						await request(principal, 'GET', entry.sample!),
						entry.read[principal],
						principal,
						`GET ${id}`
					);
					for (const [name, expected] of Object.entries(entry.writes ?? {})) {
						// Signing out would end the session the other rows use; the browser test covers it.
						if (id === '/logout' && principal !== 'anonymous') continue;
						const url = name === 'default' ? entry.sample! : `${entry.sample}?/${name}`;
						check(
							await request(principal, 'POST', url),
							expected[principal],
							principal,
							`POST ${url}`
						);
					}
				}
			});
		}

		it('records a denial in the audit log', async () => {
			const denials = await app.db
				.selectFrom('audit_events')
				.select(['actor_email', 'target_id'])
				.where('action', '=', 'access.denied')
				.execute();
			expect(denials).toContainEqual({
				actor_email: `viewer.${dialect}@example.org`,
				target_id: '/admin/users'
			});
		});
	});
}
