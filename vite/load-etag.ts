import type { Plugin } from 'vite';

/*
 * SvelteKit gives every page it renders whole an ETag by hashing the rendered HTML, one
 * character at a time, in JavaScript (page/render.js):
 *
 *   if (!chunks) {
 *   	headers.set('etag', `"${hash(transformed)}"`);
 *   }
 *
 * Every public page gets its own (src/lib/server/public/page-cache.ts: from the hashes of its
 * scripts, which carry its data), so on a public page that hash (~130 KB for a large record's
 * country page) would be thrown away on every request. The load marks the request
 * (`locals.pageEtag`) and the hash is skipped for it; a page without one (sign-in, workspace,
 * errors) keeps SvelteKit's. A render.js in any other shape (a new SvelteKit)
 * stops the build rather than being left as it is.
 */
const RENDER = /\/@sveltejs\/kit\/src\/runtime\/server\/page\/render\.js$/;
const HASHED = '\tif (!chunks) {\n\t\theaders.set(\'etag\', `"${hash(transformed)}"`);\n\t}';
const UNLESS_SET =
	'\tif (!chunks && !event.locals.pageEtag) {\n\t\theaders.set(\'etag\', `"${hash(transformed)}"`);\n\t}';

/** SvelteKit's render.js with the HTML hashed only for pages whose load set no ETag. */
export function hashUnlessLoadSetEtag(code: string, id = 'render.js'): string {
	if (code.split(HASHED).length !== 2) throw new Error(`${id}: expected one \`${HASHED}\``);
	return code.replace(HASHED, () => UNLESS_SET);
}

export function loadEtag(): Plugin {
	return {
		name: 'pledgewatch:load-etag',
		transform(code, id) {
			if (RENDER.test(id)) return { code: hashUnlessLoadSetEtag(code, id), map: null };
		}
	};
}
