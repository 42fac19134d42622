import type { Plugin } from 'vite';

/*
 * With `csp.mode: 'hash'` (svelte.config.js) SvelteKit hashes every inline script it writes
 * into a page, for the Content-Security-Policy header. It does so with its own SHA-256 in
 * JavaScript (page/crypto.js, written to run on any platform), and the script it hashes holds
 * the page's whole data: on a large country page that is some 26 KB hashed word by word on
 * every render, about as much as the rest of the header and footer cost. The server runs on
 * Node only (adapter-node), whose SHA-256 is native: the same digest, base64 as SvelteKit
 * writes it. A crypto.js in any other shape (a new SvelteKit) stops the build rather than
 * being left as it is.
 */
const CRYPTO = /\/@sveltejs\/kit\/src\/runtime\/server\/page\/crypto\.js$/;
const EXPORTS = /^export /gm;
const SHA256 = 'export function sha256(data) {';

export const NATIVE_SHA256 = `import { createHash } from 'node:crypto';

/** SHA-256 of a string's UTF-8 bytes, in base64 (as SvelteKit's own). @param {string} data */
export function sha256(data) {
	return createHash('sha256').update(data, 'utf8').digest('base64');
}
`;

/** SvelteKit's crypto.js with its one export, sha256, done by Node. */
export function nativeSha256(code: string, id = 'crypto.js'): string {
	const exports = code.match(EXPORTS)?.length ?? 0;
	if (exports !== 1 || code.split(SHA256).length !== 2) {
		throw new Error(`${id}: expected one export, \`${SHA256}\``);
	}
	return NATIVE_SHA256;
}

export function nativeCspHash(): Plugin {
	return {
		name: 'pledgewatch:native-csp-hash',
		// Only the server imports crypto.js (through csp.js).
		transform(code, id) {
			if (CRYPTO.test(id)) return { code: nativeSha256(code, id), map: null };
		}
	};
}
