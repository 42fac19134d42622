import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { cachedIntl } from './vite/cached-intl.js';
import { loadEtag } from './vite/load-etag.js';
import { nativeCspHash } from './vite/native-csp-hash.js';
import { messagesByLanguage } from './vite/messages-by-language.js';

/* Test files that start the built server, a script (tsx) or Chromium, directly or through tests/helpers. */
const SPAWNING = [
	'tests/browser/*.test.ts',
	'tests/startup/*.test.ts',
	'tests/operations/*.test.ts',
	'tests/leak/*.test.ts',
	'tests/**/*-http.test.ts',
	'tests/api/{bad-parameters,cache-purge,http,open-data}.test.ts',
	'tests/archive/backup.test.ts',
	'tests/auth/authorization.test.ts',
	'tests/briefings/pack-fonts-bundled.test.ts',
	'tests/i18n/{account-language,admin-language,language-routes,workspace-crawl,workspace-languages}.test.ts',
	'tests/public/{markdown-pages,page-structure,rendered-pages}.test.ts',
	'tests/unit/build-lock.test.ts'
];

/*
 * Test files that read PDFs back with pdf.js (directly or through pdf-parse): pdf.js keeps state
 * from one document to the next in a process, and a second file's PDF then read back with
 * wrong letters ("\u0013T" for "XT") although its bytes were the same as in a process of its own.
 */
const READS_PDF = [
	'tests/briefings/{demo-pack,internal-pack,pack-language,pack-pdf}.test.ts',
	'tests/briefings/{pack-own-text-lang,pack-record-lang}.test.ts'
];

export default defineConfig({
	plugins: [
		/*
		 * The interface messages (messages/*.json) compile into src/lib/paraglide on every
		 * build, dev start and test run, and again when a message file changes; the output is
		 * not committed. `npm ci` compiles them too (the prepare script), for svelte-check.
		 */
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// The page's own <html lang> first (src/hooks.client.ts), then the address.
			strategy: ['custom-document', 'url', 'baseLocale'],
			emitGitIgnore: false,
			emitPrettierIgnore: false,
			emitReadme: false
		}),
		// Paraglide's plural rules and number formats made once per language, not per message call.
		cachedIntl(),
		// No hash of a page's HTML for an ETag its load's own replaces.
		loadEtag(),
		// The CSP's hashes of inline scripts by Node's SHA-256, not SvelteKit's in JavaScript.
		nativeCspHash(),
		sveltekit(),
		// The browser build's texts, split by language.
		messagesByLanguage()
	],
	server: { port: 3000 },
	test: {
		environment: 'node',
		globalSetup: ['tests/global-setup.ts'],
		/*
		 * Test files that run entirely in the test process share one module registry per worker
		 * (isolate: false): each file re-importing the server's modules (1,300 of them the
		 * interface messages) cost about 2 s of a worker's time, most of such a file's run.
		 * Files that start the built server, a script or Chromium keep a process of their own
		 * (SPAWNING): their time is the child's, and sharing would carry their sockets and
		 * handles into the next file. So do files that need a fresh process for a library's
		 * sake (READS_PDF); a new test file that does belongs in one of those lists.
		 */
		projects: [
			{
				extends: true,
				test: {
					name: 'in-process',
					include: ['tests/**/*.test.ts'],
					exclude: [...SPAWNING, ...READS_PDF],
					isolate: false
				}
			},
			{
				extends: true,
				test: { name: 'isolated', include: [...SPAWNING, ...READS_PDF] }
			}
		],
		/*
		 * Two files at a time even on a two-core machine: most test time is spent waiting on
		 * a server, Chromium or PostgreSQL in another process, so a second worker roughly
		 * halves the suite (Vitest's default for two cores is one). Timeouts allow for the
		 * slower child-process start-up that brings.
		 */
		maxWorkers: 2,
		testTimeout: 60_000,
		hookTimeout: 120_000
	}
});
