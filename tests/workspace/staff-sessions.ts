import { afterAll, beforeAll, describe } from 'vitest';
import type { DB } from '../../src/lib/server/db/connect.js';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { createUser } from '../../src/lib/server/auth/users.js';
import { setCountryStatus } from '../../src/lib/server/repositories/countries.js';
import { setSourceStatus } from '../../src/lib/server/repositories/sources.js';
import { saveRecord } from '../../src/lib/server/workspace/editing.js';
import type { WorkspaceKind } from '../../src/lib/server/workspace/kinds/types.js';
import { PLACEHOLDER_HASH } from '../auth/fixtures.js';
import { startAppServer } from '../helpers/app-server.js';
import { createTestDatabase, testDialects, type Dialect } from '../helpers/databases.js';
import { formOf, testland } from './fixture.js';

/** The staff of the translation tests: one researcher and two editors. */
export type Who = 'researcher' | 'editor' | 'other-editor' | 'admin';

/**
 * Signs in a researcher, two editors and an admin (the last three with two-factor sign-in set
 * up and used), each a new
 * made-up user named after `tag`: their ids and their session cookies, by who they are.
 */
export async function staffSessions(db: DB, tag: string) {
	const ids = new Map<Who, string>();
	const cookies = new Map<Who, string>();
	for (const who of ['researcher', 'editor', 'other-editor', 'admin'] as const) {
		const user = await createUser(db, {
			email: `${who}.${tag}@example.org`,
			displayName: `${tag} ${who}`,
			role: who === 'other-editor' ? 'editor' : who,
			passwordHash: PLACEHOLDER_HASH
		});
		ids.set(who, user.id);
		if (who !== 'researcher')
			await db.updateTable('users').set({ totp_enabled: 1 }).where('id', '=', user.id).execute();
		const { token } = await createSession(db, user.id, { twoFactorVerified: who !== 'researcher' });
		cookies.set(who, `pledgewatch_session=${token}`);
	}
	return { ids, cookies };
}

/** A workspace form posted as the browser posts it, signed in with `cookie`; redirects not followed. */
export function postForm(
	origin: string,
	cookie: string,
	path: string,
	fields: Record<string, string>
) {
	return fetch(`${origin}${path}`, {
		method: 'POST',
		headers: {
			origin,
			accept: 'text/html',
			cookie,
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams(fields).toString(),
		redirect: 'manual'
	});
}

/**
 * The translation tests' server: a fresh database, the staff signed in (staffSessions), and a
 * published fictional Testland with its source; `saved` saves a record as the researcher.
 */
export async function translationServer(dialect: Dialect, tag: string) {
	const database = await createTestDatabase(dialect);
	const app = await startAppServer({
		databaseUrl: database.url,
		env: { PLEDGEWATCH_SKIP_DEMO: '1', PUBLIC_MEMO_MS: '60000' }
	});
	const staff = await staffSessions(app.db, `${tag}.${dialect}`);
	const researcherId = staff.ids.get('researcher')!;
	const { country, source } = await testland(app.db, researcherId);
	await setCountryStatus(app.db, country.id, country.version, 'published', null);
	await setSourceStatus(app.db, source.id, source.version, 'published', null);
	const saved = async (kind: WorkspaceKind, fields: Record<string, string | string[]>) => {
		const result = await saveRecord(app.db, kind, formOf(fields), {
			userId: researcherId,
			confirmedNotDuplicate: true
		});
		if (result.kind !== 'saved') throw new Error(result.kind);
		return result.id;
	};
	return {
		database,
		app,
		staff,
		researcherId,
		country,
		source,
		saved,
		/** Posts a workspace form action (`/workspace/<path>?/<action>`) as one of the staff. */
		post: (who: Who, path: string, action: string, fields: Record<string, string>) =>
			postForm(app.url, staff.cookies.get(who)!, `/workspace/${path}?/${action}`, fields),
		close: async () => {
			await app.stop();
			await database.drop();
		}
	};
}

export type TranslationServer = Awaited<ReturnType<typeof translationServer>>;

/**
 * A suite `name` on each test database around one translationServer, made before the suite's
 * own hooks and tests and closed after them; `server()` gives it inside a hook or test.
 */
export function describeWithTranslationServer(
	name: string,
	tag: string,
	fn: (ctx: { server: () => TranslationServer; dialect: Dialect }) => void
): void {
	for (const dialect of testDialects()) {
		describe(`${name} [${dialect}]`, () => {
			let current: TranslationServer | undefined;
			beforeAll(async () => {
				current = await translationServer(dialect, tag);
			}, 180_000);
			afterAll(() => current?.close());
			fn({
				dialect,
				server: () => {
					if (!current)
						throw new Error('translation server not ready: call server() in a hook or test');
					return current;
				}
			});
		});
	}
}

/** What `?lang=ru` of the API gives for a field whose English original has a Russian translation. */
export const russianOf = (field: string, en: string, ru: string) => ({
	lang: { [field]: 'ru' },
	translations: {
		[field]: [
			{ lang: 'en', text: en, original: true },
			{ lang: 'ru', text: ru, original: false }
		]
	}
});

/** An answer of the open data API, parsed. */
export const apiJson = async <T>(url: string): Promise<T> => (await (await fetch(url)).json()) as T;
