import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { cachedIntl } from './vite/cached-intl.js';
import { loadEtag } from './vite/load-etag.js';
import { nativeCspHash } from './vite/native-csp-hash.js';
import { messagesByLanguage } from './vite/messages-by-language.js';

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
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/global-setup.ts'],
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
