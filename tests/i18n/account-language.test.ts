import { getRandomValues } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createInvite } from '../../src/lib/server/auth/invites.js';
import { testDialects } from '../helpers/databases.js';
import { servedApp } from '../helpers/served-app.js';
import { addStaffUser, STAFF_PASSWORD } from '../helpers/staff.js';
import { englishWords, interfaceText } from '../helpers/interface-words.js';

/*
 * How the sign-in, account and admin pages find their language, through a running app on
 * each database: the sign-in and invitation pages from their address (/ru/login,
 * /kk/invite/...), a signed-in person's own pages from their account (the language they
 * signed in or accepted their invitation with, until they choose one on the account page,
 * which is audited), and redirects that keep the language.
 */

const htmlLang = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];

for (const dialect of testDialects()) {
	describe(`the language of sign-in and account pages [${dialect}]`, () => {
		const served = servedApp(dialect, { env: { PLEDGEWATCH_SKIP_DEMO: '1' } });

		const get = async (path: string, cookie?: string) => {
			const response = await fetch(`${served.app.url}${path}`, {
				redirect: 'manual',
				headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) }
			});
			return { response, html: await response.text() };
		};
		const post = (path: string, fields: Record<string, string>, cookie?: string) =>
			fetch(`${served.app.url}${path}`, {
				method: 'POST',
				redirect: 'manual',
				headers: { origin: served.app.url, accept: 'text/html', ...(cookie ? { cookie } : {}) },
				body: new URLSearchParams(fields)
			});
		/* The password form refused: the page it answers with. */
		const newPassword = async (cookie: string, password: string, confirm: string) =>
			(
				await post('/account/password', { current: STAFF_PASSWORD, password, confirm }, cookie)
			).text();
		const cookieOf = (response: Response) =>
			(response.headers.getSetCookie().find((c) => /session=[^;]/.test(c)) ?? '').split(';')[0];
		const signIn = async (path: string, email: string, next?: string) => {
			const answer = await post(path, {
				email,
				password: STAFF_PASSWORD,
				...(next ? { next } : {})
			});
			expect(answer.status).toBe(303);
			return { cookie: cookieOf(answer) as string, location: answer.headers.get('location') };
		};

		it('serves the sign-in pages under the language prefix, with the switcher', async () => {
			for (const locale of ['ru', 'kk'] as const) {
				const { response, html } = await get(`/${locale}/login?next=%2Fcountries%2Fkz`);
				expect(response.status).toBe(200);
				expect(htmlLang(html)).toBe(locale);
				// The switcher keeps the page and its return address.
				expect(html).toContain('href="/login?next=%2Fcountries%2Fkz"');
			}
			expect(htmlLang((await get('/login')).html)).toBe('en');
			// The signed-in person's own pages have no prefixed addresses.
			expect((await get('/ru/workspace')).response.status).toBe(404);
			expect((await get('/kk/account')).response.status).toBe(404);
		});

		it('keeps the language of the sign-in page through sign-in, the account and sign-out', async () => {
			const email = `reader.${crypto.randomUUID()}@example.org`;
			await addStaffUser(served.app, { email, role: 'viewer', name: 'Reader One' });

			const { cookie, location } = await signIn('/ru/login', email);
			expect(location).toBe('/workspace');
			for (const path of ['/workspace', '/account', '/account/password', '/account/sessions']) {
				const { response, html } = await get(path, cookie);
				expect(response.status, path).toBe(200);
				expect(htmlLang(html), path).toBe('ru');
			}
			// A public page keeps the language of its address, whoever reads it.
			expect(htmlLang((await get('/open-data', cookie)).html)).toBe('en');

			const out = await post('/logout', {}, cookie);
			expect(out.status).toBe(303);
			expect(out.headers.get('location')).toBe('/ru');
		});

		it('saves a chosen language on the account, audited, and uses it whatever the sign-in page', async () => {
			const email = `chooser.${crypto.randomUUID()}@example.org`;
			const id = await addStaffUser(served.app, { email, role: 'researcher', name: 'Chooser Two' });
			const { cookie } = await signIn('/login', email);
			expect(htmlLang((await get('/account', cookie)).html)).toBe('en');

			const unknown = await post('/account?/language', { language: 'de' }, cookie);
			expect(unknown.status).toBe(400);
			expect(await unknown.text()).toContain('Choose English, Russian or Kazakh from the list.');

			const saved = await post('/account?/language', { language: 'kk' }, cookie);
			expect(saved.status).toBe(303);
			expect(saved.headers.get('location')).toBe('/account?language=saved');
			const account = await get('/account?language=saved', cookie);
			expect(htmlLang(account.html)).toBe('kk');
			expect(account.html).toContain('Тіл сақталды.');

			const audit = await served.app.db
				.selectFrom('audit_events')
				.select(['detail', 'outcome'])
				.where('user_id', '=', id)
				.where('action', '=', 'account.language')
				.execute();
			expect(audit).toEqual([
				{ detail: JSON.stringify({ from: null, to: 'kk' }), outcome: 'success' }
			]);

			// Signed in again from a Russian sign-in page, the saved language still rules their pages.
			const again = await signIn('/ru/login', email);
			expect(htmlLang((await get('/workspace', again.cookie)).html)).toBe('kk');
		});

		it('sends people to sign in, and on to two-factor, in the language of the page', async () => {
			const signedOut = await get('/workspace/cases');
			expect(signedOut.response.headers.get('location')).toBe('/login?next=%2Fworkspace%2Fcases');

			const email = `editor.${crypto.randomUUID()}@example.org`;
			const totpKey = getRandomValues(new Uint8Array(20));
			await addStaffUser(served.app, { email, role: 'editor', name: 'Editor Three', totpKey });
			const { cookie, location } = await signIn('/kk/login', email, '/kk/countries/kz');
			expect(location).toBe('/kk/login/two-factor?next=%2Fkk%2Fcountries%2Fkz');
			const step = await get(location as string, cookie);
			expect(step.response.status).toBe(200);
			expect(htmlLang(step.html)).toBe('kk');
			// Half signed in, an account page sends them back to that step in their language.
			const account = await get('/account', cookie);
			expect(account.response.headers.get('location')).toBe('/kk/login/two-factor');
		});

		it('gives an account made from a Russian invitation Russian pages', async () => {
			const admin = await addStaffUser(served.app, {
				email: `admin.${crypto.randomUUID()}@example.org`,
				role: 'admin',
				name: 'Admin Four'
			});
			const email = `invited.${crypto.randomUUID()}@example.org`;
			const invite = await createInvite(served.app.db, { email, role: 'viewer', createdBy: admin });
			const page = await get(`/ru/invite/${invite.token}`);
			expect(page.response.status).toBe(200);
			expect(htmlLang(page.html)).toBe('ru');

			const accepted = await post(`/ru/invite/${invite.token}`, {
				display_name: 'Invited Five',
				password: 'copper lantern across wide rivers',
				confirm: 'copper lantern across wide rivers'
			});
			expect(accepted.status).toBe(303);
			const cookie = cookieOf(accepted) as string;
			expect(htmlLang((await get('/account', cookie)).html)).toBe('ru');
			const user = await served.app.db
				.selectFrom('users')
				.select('interface_language')
				.where('email', '=', email)
				.executeTakeFirstOrThrow();
			expect(user.interface_language).toBe('ru');
		});

		it('leaves no English interface word on the Russian and Kazakh sign-in, account and error pages', async () => {
			for (const locale of ['ru', 'kk'] as const) {
				const email = `words.${locale}.${crypto.randomUUID()}@example.org`;
				const admin = await addStaffUser(served.app, { email, role: 'admin', name: 'Айгуль' });
				const invited = `invitee.${crypto.randomUUID()}@example.org`;
				const invite = await createInvite(served.app.db, {
					email: invited,
					role: 'editor',
					createdBy: admin
				});
				const reader = `reader.${locale}.${crypto.randomUUID()}@example.org`;
				await addStaffUser(served.app, { email: reader, role: 'viewer', name: 'Ерлан' });
				const { cookie } = await signIn(`/${locale}/login`, reader);
				const twoFactor = (await get('/account/two-factor', cookie)).html;
				// "Start" makes a key and sends the reader back to the page, which then shows it.
				const started = await post('/account/two-factor?/start', {}, cookie);
				expect(started.headers.get('location')).toBe('/account/two-factor');
				const pages: [string, string][] = [
					['sign-in', (await get(`/${locale}/login`)).html],
					['invitation', (await get(`/${locale}/invite/${invite.token}`)).html],
					['spent invitation', (await get(`/${locale}/invite/unknown.token`)).html],
					['account', (await get('/account', cookie)).html],
					['password', (await get('/account/password', cookie)).html],
					['sessions', (await get('/account/sessions', cookie)).html],
					['two-factor', twoFactor],
					['two-factor welcome', (await get('/account/two-factor?welcome', cookie)).html],
					['recovery notice', (await get('/account/two-factor?recovery=3', cookie)).html],
					['short new password', await newPassword(cookie, 'short', 'short')],
					['mismatched new passwords', await newPassword(cookie, 'a long new one', 'another')],
					['two-factor set-up', (await get('/account/two-factor', cookie)).html],
					['error', (await get(`/${locale}/countries/zz`)).html]
				];
				// The refusals and notices the server writes are there, in the page's language.
				const said = Object.fromEntries(pages);
				const words = {
					ru: ['Добро пожаловать, Ерлан', 'осталось кодов: 3', 'не короче', 'не совпадают'],
					kk: ['Қош келдіңіз, Ерлан', '3 код қалды', 'Кемінде', 'бірдей емес']
				}[locale];
				expect(said['two-factor welcome']).toContain(words[0]);
				expect(said['recovery notice']).toContain(words[1]);
				expect(said['short new password']).toContain(words[2]);
				expect(said['mismatched new passwords']).toContain(words[3]);
				for (const [name, html] of pages) {
					expect(htmlLang(html), name).toBe(locale);
					// What people and apps wrote (addresses, browser names, the key) and app names stay as they are.
					// The key is shown in groups of letters ("MDVR GHH4 …"): left out whole.
					const key = /data-testid="totp-key">([^<]*)</.exec(html)?.[1];
					const text = interfaceText(html)
						.replace(key || '\u0000', '')
						.replaceAll(/\S+@example\.org/g, '')
						.replace(/Aegis|Google Authenticator|1Password/g, '')
						.replace(/«ZZ»|\/countries\//g, '') // the address's code, and how addresses begin
						.replace(/\bnode\b/g, '');
					expect(englishWords(text), `${locale} ${name}`).toEqual([]);
				}
			}
		});
	});
}
