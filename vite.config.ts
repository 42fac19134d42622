import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/*
 * Every compiled message (src/lib/paraglide/messages/<id>.js) ends in its own copy of the
 * code that picks the page's language:
 *
 *   export const id = /** @type ... *\/ ((inputs = {}, options = {}) => {
 *   	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
 *   	if (locale === "ru") return ru_id(inputs)
 *   	if (locale === "kk") return kk_id(inputs)
 *   	return en_id(inputs)
 *   });
 *
 * In the browser build that becomes `byLocale(en_id, ru_id, kk_id)` (src/lib/message-dispatch.ts),
 * the same choice written once. The server build is left as compiled. A message in any other
 * shape (a new language, a new Paraglide) stops the build rather than being left as it is.
 */
const MESSAGE_MODULE = /\/src\/lib\/paraglide\/messages\/(?!_index\.js)[^/]+\.js$/;
const DISPATCH =
	/export const (\w+) = \/\*\*(?:(?!\*\/)[\s\S])*\*\/ \(\((?:inputs|inputs = \{\}), options = \{\}\) => \{\n\tconst locale = experimentalStaticLocale \?\? options\.locale \?\? getLocale\(\)\n\tif \(locale === "ru"\) return ru_\1\(inputs\)\n\tif \(locale === "kk"\) return kk_\1\(inputs\)\n\treturn en_\1\(inputs\)\n\}\);/;

function sharedMessageDispatch(): Plugin {
	return {
		name: 'pledgewatch:shared-message-dispatch',
		apply: 'build',
		applyToEnvironment: (environment) => environment.name === 'client',
		transform(code, id) {
			if (!MESSAGE_MODULE.test(id)) return;
			if (!DISPATCH.test(code)) throw new Error(`${id}: not a compiled message this build knows`);
			return (
				"import { byLocale } from '$lib/message-dispatch';\n" +
				code.replace(
					DISPATCH,
					(_, name) =>
						`export const ${name} = /* @__PURE__ */ byLocale(en_${name}, ru_${name}, kk_${name});`
				)
			);
		}
	};
}

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
		sveltekit(),
		sharedMessageDispatch()
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
