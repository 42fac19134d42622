import type { DB } from '../../src/lib/server/db/connect.js';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { createUser } from '../../src/lib/server/auth/users.js';
import { PLACEHOLDER_HASH } from '../auth/fixtures.js';

/** The staff of the translation tests: one researcher and two editors. */
export type Who = 'researcher' | 'editor' | 'other-editor';

/**
 * Signs in a researcher and two editors (with two-factor sign-in set up and used), each a new
 * made-up user named after `tag`: their ids and their session cookies, by who they are.
 */
export async function staffSessions(db: DB, tag: string) {
	const ids = new Map<Who, string>();
	const cookies = new Map<Who, string>();
	for (const who of ['researcher', 'editor', 'other-editor'] as const) {
		const user = await createUser(db, {
			email: `${who}.${tag}@example.org`,
			displayName: `${tag} ${who}`,
			role: who === 'researcher' ? 'researcher' : 'editor',
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
