import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/lib/server/seed/demo.js';
import { testDialects } from '../helpers/databases.js';
import { servedApp } from '../helpers/served-app.js';
import { englishWords, interfaceText } from '../helpers/interface-words.js';

/*
 * The public pages in each language through a running app, on each database: English at the
 * old addresses, Russian and Kazakh under /ru and /kk, each with lang on <html>, hreflang
 * alternates for all three, no redirect for Accept-Language, kept copies per language, and no
 * English interface word on the Russian and Kazakh country pages. Record text is not yet
 * translated (issue 12, item 3) and is marked lang="en"; it is left out of the word check.
 */

const htmlLang = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
const alternates = (html: string) =>
	[...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
		(m) => `${m[1]} ${new URL(m[2] ?? '').pathname}`
	);

for (const dialect of testDialects()) {
	describe(`public pages per language [${dialect}]`, () => {
		const served = servedApp(dialect, { prepare: loadDemo });
		const get = async (path: string, headers: Record<string, string> = {}) => {
			const response = await fetch(`${served.app.url}${path}`, { redirect: 'manual', headers });
			return { response, html: await response.text() };
		};

		it('answers each public page in each language, with lang and hreflang alternates', async () => {
			const paths = [
				'/',
				'/open-data',
				'/countries/kz',
				'/countries/kz/cases',
				'/countries/kz/pledges',
				'/countries/kz/laws',
				'/countries/kz/engagements',
				'/countries/kz/cases/kz-case-bokaev-imprisonment',
				'/countries/kz/pledges/kz-pledge-assembly-law'
			];
			for (const path of paths) {
				for (const [locale, prefix] of [
					['en', ''],
					['ru', '/ru'],
					['kk', '/kk']
				] as const) {
					const address = prefix + (path === '/' && prefix ? '' : path);
					const { response, html } = await get(address);
					expect(response.status, address).toBe(200);
					expect(htmlLang(html), address).toBe(locale);
					const suffix = path === '/' ? '' : path;
					expect(alternates(html), address).toEqual([
						`en ${path}`,
						`ru /ru${suffix}`,
						`kk /kk${suffix}`,
						`x-default ${path}`
					]);
					expect(response.headers.get('surrogate-key'), address).toContain(`lang:${locale}`);
				}
			}
		});

		it('reads the Russian and Kazakh country pages with no English interface word left', async () => {
			const expected = { ru: 'Казахстан', kk: 'Қазақстан' };
			for (const locale of ['ru', 'kk'] as const) {
				const { html } = await get(`/${locale}/countries/kz`);
				const text = interfaceText(html);
				expect(text).toContain(expected[locale]);
				expect(englishWords(text), locale).toEqual([]);
				// Links to other public pages keep the reader in the language.
				expect(html).toContain(`href="/${locale}/countries/kz/cases/kz-case-bokaev-imprisonment"`);
			}
			// The English page is as before.
			const english = (await get('/countries/kz')).html;
			expect(english).toContain('How these figures are computed');
			expect(english).toContain('href="/countries/kz/cases/kz-case-bokaev-imprisonment"');
		});

		it('never redirects for Accept-Language, and keeps each language its own copy', async () => {
			const russianReader = { 'accept-language': 'ru-RU,ru;q=0.9' };
			const first = await get('/countries/kz', russianReader);
			expect(first.response.status).toBe(200);
			expect(htmlLang(first.html)).toBe('en');
			// Asked again (now from the kept copy), each address still answers in its own language.
			for (const [path, locale] of [
				['/ru/countries/kz', 'ru'],
				['/countries/kz', 'en'],
				['/kk/countries/kz', 'kk'],
				['/ru/countries/kz', 'ru']
			] as const) {
				const { response, html } = await get(path, russianReader);
				expect(response.status, path).toBe(200);
				expect(htmlLang(html), path).toBe(locale);
			}
			const en = await get('/countries/kz');
			const ru = await get('/ru/countries/kz');
			expect(en.response.headers.get('etag')).not.toBe(ru.response.headers.get('etag'));
		});

		it("has no Russian or Kazakh addresses for a signed-in person's own pages", async () => {
			// Sign-in pages have them (tests/i18n/account-language.test.ts); the workspace, account and admin pages do not.
			expect((await get('/ru/admin')).response.status).toBe(404);
			expect((await get('/kk/workspace')).response.status).toBe(404);
		});
	});
}
