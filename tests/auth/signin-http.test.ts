import { beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../helpers/databases.js';
import { servedApp } from '../helpers/served-app.js';
import { hashPassword } from '../../src/lib/server/auth/passwords.js';
import { checkPassword } from '../../src/lib/server/auth/signin.js';
import { createInvite } from '../../src/lib/server/auth/invites.js';
import { createSession } from '../../src/lib/server/auth/sessions.js';
import { createUser } from '../../src/lib/server/auth/users.js';
import { config } from './fixtures.js';

/*
 * Sign-in and account forms over HTTP on a running app: where sign-in sends someone
 * afterwards, the account page's report of others' failed attempts, throttled guesses at the
 * current password, and passwords made of the email address. Users live at example.org.
 */

const PASSWORD = 'lantern orbit forty meadow';

/* What attackers put in ?next=; each must land on the workspace. */
const OFF_SITE = ['/\t/evil.example', '/\t\\evil.example', '//evil.example', '/\\evil.example'];

for (const dialect of testDialects()) {
	describe(`sign-in and account forms over HTTP [${dialect}]`, () => {
		const served = servedApp(dialect, { env: { PLEDGEWATCH_SKIP_DEMO: '1' } });
		let passwordHash = '';

		beforeAll(async () => {
			passwordHash = await hashPassword(PASSWORD);
		}, 180_000);

		/* A researcher without two-factor sign-in, and a cookie for a full session. */
		async function researcher(name: string) {
			const user = await createUser(served.app.db, {
				email: `${name}.${dialect}@example.org`,
				displayName: `Test ${name}`,
				role: 'researcher',
				passwordHash
			});
			const { token } = await createSession(served.app.db, user.id, { twoFactorVerified: false });
			return { user, cookie: `pledgewatch_session=${token}` };
		}

		function post(path: string, fields: Record<string, string>, cookie?: string) {
			const headers: Record<string, string> = {
				origin: served.app.url,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			};
			if (cookie) headers.cookie = cookie;
			return fetch(`${served.app.url}${path}`, {
				method: 'POST',
				headers,
				redirect: 'manual',
				body: new URLSearchParams(fields)
			});
		}

		it('sends someone signing in with an off-site next to the workspace', async () => {
			const { user } = await researcher('next');
			for (const next of OFF_SITE) {
				const response = await post('/login', { email: user.email, password: PASSWORD, next });
				expect(response.status, JSON.stringify(next)).toBe(303);
				expect(response.headers.get('location'), JSON.stringify(next)).toBe('/workspace');
				const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
				// Already signed in, the sign-in page itself redirects on the same rule.
				const again = await fetch(`${served.app.url}/login?next=${encodeURIComponent(next)}`, {
					headers: { cookie },
					redirect: 'manual'
				});
				expect(again.status, JSON.stringify(next)).toBe(303);
				expect(again.headers.get('location'), JSON.stringify(next)).toBe('/workspace');
			}
			const kept = await post('/login', {
				email: user.email,
				password: PASSWORD,
				next: '/workspace/cases?status=draft'
			});
			expect(kept.headers.get('location')).toBe('/workspace/cases?status=draft');
		});

		it('tells the owner on /account who tried to sign in to their account', async () => {
			const { user, cookie } = await researcher('notice');
			const attacker = { ip: '198.51.100.7', userAgent: 'attacker' };
			for (let i = 0; i < config.throttleAccountLimit + 1; i++) {
				await checkPassword(served.app.db, {
					email: user.email,
					password: `guess ${i}`,
					client: attacker
				});
			}
			const page = await fetch(`${served.app.url}/account`, { headers: { cookie } });
			const html = await page.text();
			expect(page.status).toBe(200);
			expect(html).toContain(
				`Someone tried to sign in to your account ${config.throttleAccountLimit + 1}`
			);
			expect(html).toMatch(/times from 198\.51\.100\.7 in the last 14 days, most recently at/);

			const quiet = await researcher('quiet');
			expect(
				await (
					await fetch(`${served.app.url}/account`, { headers: { cookie: quiet.cookie } })
				).text()
			).not.toContain('Someone tried to sign in');
		});

		it('throttles guesses at the current password on /account/password', async () => {
			const { cookie } = await researcher('guesser');
			const change = (current: string) =>
				post(
					'/account/password',
					{
						current,
						password: 'quiet harbour under tall cedars',
						confirm: 'quiet harbour under tall cedars'
					},
					cookie
				);
			for (let i = 1; i < config.throttleAccountLimit; i++) {
				const wrong = await change(`not it ${i}`);
				expect(wrong.status).toBe(400);
				expect(await wrong.text()).toContain('Your current password is not right.');
			}
			const last = await change('not it either');
			expect(last.status).toBe(429);
			expect(await last.text()).toMatch(
				/Your current password was entered wrongly too many times\. Too many attempts\. Try again at \d\d:\d\d UTC/
			);
			// While it waits, even the right current password is refused.
			const right = await change(PASSWORD);
			expect(right.status).toBe(429);
			const failures = await served.app.db
				.selectFrom('audit_events')
				.select('outcome')
				.where('action', '=', 'password.change')
				.where('outcome', '=', 'failure')
				.execute();
			expect(failures.length).toBeGreaterThanOrEqual(config.throttleAccountLimit);
		});

		it('shows the two-factor page without writing anything; only "start" stores a key', async () => {
			const { user, cookie } = await researcher('two-factor.get');
			const stored = async () => ({
				user: await served.app.db
					.selectFrom('users')
					.selectAll()
					.where('id', '=', user.id)
					.executeTakeFirstOrThrow(),
				audit: await served.app.db
					.selectFrom('audit_events')
					.select(['action', 'outcome'])
					.where('user_id', '=', user.id)
					.execute(),
				recoveryCodes: await served.app.db
					.selectFrom('recovery_codes')
					.select('id')
					.where('user_id', '=', user.id)
					.execute()
			});
			const shownKey = async () => {
				const response = await fetch(`${served.app.url}/account/two-factor`, {
					headers: { cookie }
				});
				expect(response.status).toBe(200);
				return /data-testid="totp-key">([A-Z2-7 ]+)</.exec(await response.text())?.[1] ?? null;
			};

			const before = await stored();
			expect(before.user.totp_key).toBeNull();
			expect(await shownKey()).toBeNull();
			expect(await shownKey()).toBeNull();
			expect(await stored()).toEqual(before);

			const started = await post('/account/two-factor?/start', {}, cookie);
			expect(started.status).toBe(303);
			const after = await stored();
			expect(after.user.totp_key).toMatch(/^v1\./);
			expect(after.user.totp_enabled).toBe(0);
			// Reloading shows the same key and still writes nothing.
			const key = await shownKey();
			expect(key).toMatch(/^[A-Z2-7 ]{32,}$/);
			expect(await shownKey()).toBe(key);
			expect(await stored()).toEqual(after);
		});

		it('refuses a new password that contains the email address or the part before the @', async () => {
			const { user, cookie } = await researcher('own.address');
			for (const password of [
				user.email,
				`${user.email.toUpperCase()}!`,
				`my ${user.email.split('@')[0]} 2026`
			]) {
				const response = await post(
					'/account/password',
					{ current: PASSWORD, password, confirm: password },
					cookie
				);
				expect(response.status, password).toBe(400);
				expect(await response.text(), password).toContain(
					'Do not put your email address, or the part before the “@”, in your password.'
				);
			}
		});

		it('refuses the invited email address as the password when an invite is redeemed', async () => {
			const admin = await createUser(served.app.db, {
				email: `invite.admin.${dialect}@example.org`,
				displayName: 'Invite Admin',
				role: 'admin',
				passwordHash
			});
			const email = `Invited.Person.${dialect}@example.org`;
			const invite = await createInvite(served.app.db, {
				email,
				role: 'viewer',
				createdBy: admin.id
			});
			for (const password of [email, email.toLowerCase(), `Invited.Person.${dialect} 1`]) {
				const response = await post(`/invite/${invite.token}`, {
					display_name: 'Invited Person',
					password,
					confirm: password
				});
				expect(response.status, password).toBe(400);
				expect(await response.text(), password).toContain(
					'Do not put your email address, or the part before the “@”, in your password.'
				);
			}
			const accepted = await post(`/invite/${invite.token}`, {
				display_name: 'Invited Person',
				password: 'quiet harbour under tall cedars',
				confirm: 'quiet harbour under tall cedars'
			});
			expect(accepted.status).toBe(303);
		});
	});
}
