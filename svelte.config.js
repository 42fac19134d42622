import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		adapter: adapter({ out: 'build' }),
		/*
		 * Content-Security-Policy: scripts only from this origin plus SvelteKit's own inline
		 * bootstrap, allowed by its hash. A hash rather than a per-response nonce keeps a public
		 * page the same bytes for every signed-out reader, so it can be rendered once and served
		 * many times (src/lib/server/http/rendered-pages.ts). Styles allow
		 * inline because Svelte transitions and server-rendered style attributes need it; scripts
		 * stay strict. No plugins, no <base>, no framing, forms post only here.
		 */
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'frame-ancestors': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
