import { beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../../src/lib/server/auth/invites.js';
import { testDialects } from '../helpers/databases.js';
import { servedApp } from '../helpers/served-app.js';
import { englishWords, interfaceText } from '../helpers/interface-words.js';
import { signedInStaff } from '../helpers/staff.js';

/*
 * The admin pages in the signed-in admin's language, through a running app on each database:
 * the overview, users and roles, invites (with an open and a withdrawn invite), settings with
 * its saved notice, and the audit log answer in Russian and Kazakh with no English interface
 * word left. E-mail addresses are data; the audit log's action names ("invite.create") are
 * codes (shown as code, and as the action filter's choices) and are left out of the check.
 */

const EMAIL = /[\w.+-]+@[\w.-]+/g;
const ADMINISTRATION = { ru: 'Администрирование', kk: 'Әкімшілік' } as const;

const htmlLang = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
const CODES = [/<code>[^<]*<\/code>/g, /<option value="([a-z_.-]+)">\1<\/option>/g];
const leftInEnglish = (html: string) =>
	englishWords(
		interfaceText(CODES.reduce((text, code) => text.replace(code, ''), html)).replace(EMAIL, ' ')
	);

for (const dialect of testDialects()) {
	describe(`the admin pages in Russian and Kazakh [${dialect}]`, () => {
		const served = servedApp(dialect, { env: { PLEDGEWATCH_SKIP_DEMO: '1' } });
		const cookies = new Map<string, string>();

		beforeAll(async () => {
			for (const locale of ['ru', 'kk'] as const) {
				const { id, cookie } = await signedInStaff(served.app, {
					email: `admin.${locale}.${dialect}@example.org`,
					role: 'admin',
					language: locale
				});
				cookies.set(locale, cookie);
				await createInvite(served.app.db, {
					email: `open.${locale}@example.org`,
					role: 'editor',
					createdBy: id
				});
			}
		}, 120_000);

		const request = async (locale: string, path: string, form?: Record<string, string>) => {
			const response = await fetch(`${served.app.url}${path}`, {
				method: form ? 'POST' : 'GET',
				headers: {
					cookie: cookies.get(locale)!,
					origin: served.app.url,
					accept: 'text/html',
					...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {})
				},
				body: form ? new URLSearchParams(form).toString() : undefined,
				redirect: 'manual'
			});
			return { status: response.status, html: await response.text() };
		};

		it('answers every admin page in the admin’s language, with no English interface word', async () => {
			for (const locale of ['ru', 'kk'] as const) {
				const pages: [string, { status: number; html: string }][] = [
					['overview', await request(locale, '/admin')],
					['users', await request(locale, '/admin/users')],
					['invites', await request(locale, '/admin/invites')],
					['settings', await request(locale, '/admin/settings')],
					['settings saved', await request(locale, '/admin/settings?/save', { four_eyes: 'on' })],
					[
						'refused invite',
						await request(locale, '/admin/invites?/create', { email: 'nobody', role: 'editor' })
					],
					['audit log', await request(locale, '/admin/audit')]
				];
				for (const [name, { status, html }] of pages) {
					expect(status, `${locale} ${name}`).toBe(name === 'refused invite' ? 400 : 200);
					expect(htmlLang(html), `${locale} ${name}`).toBe(locale);
					expect(leftInEnglish(html), `${locale} ${name}`).toEqual([]);
				}
				const said = Object.fromEntries(pages.map(([name, page]) => [name, page.html]));
				expect(said.overview).toContain(ADMINISTRATION[locale]);
				expect(said['settings saved']).toContain(
					{ ru: 'Правило четырёх глаз включено.', kk: 'Төрт көз ережесі қосулы.' }[locale]
				);
				expect(said['refused invite']).toContain(
					{ ru: 'Введите адрес электронной почты.', kk: 'Электрондық пошта мекенжайын енгізіңіз.' }[
						locale
					]
				);
				// The open invite's state and the audit log's rows are there to be checked.
				expect(said.invites).toContain(`open.${locale}@example.org`);
				expect(said['audit log']).toContain('<code>');
			}
		});
	});
}
