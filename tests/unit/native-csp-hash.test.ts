import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeSha256 } from '../../vite/native-csp-hash.js';

/*
 * The CSP's script hashes by Node's SHA-256 (vite/native-csp-hash.ts) must be exactly the ones
 * SvelteKit's own JavaScript SHA-256 gives, or the browser refuses the page's bootstrap script.
 * Both are loaded from source here: SvelteKit's installed crypto.js and the plugin's output.
 */

const kit = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
const source = readFileSync(join(kit, 'src/runtime/server/page/crypto.js'), 'utf8');

type Sha256 = (data: string) => string;

async function moduleOf(code: string): Promise<{ sha256: Sha256 }> {
	return import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(code)}`);
}

// SvelteKit's own, with the one import it has (a shared TextEncoder) made in place.
const IMPORT = "import { text_encoder } from '../../utils.js';";

describe('native CSP hash', () => {
	it('gives the digests SvelteKit’s own SHA-256 gives', async () => {
		expect(source).toContain(IMPORT);
		const theirs = await moduleOf(
			source.replace(IMPORT, 'const text_encoder = new TextEncoder();')
		);
		const ours = await moduleOf(nativeSha256(source));
		const inputs = [
			'',
			'/* empty */',
			'kit.start(app, element, { data: [{type:"data"}] })',
			'Казахстан · Қазақстан — «суд» 😀',
			'x'.repeat(55),
			'x'.repeat(64),
			'{a:"é"}'.repeat(4000)
		];
		for (const input of inputs)
			expect(ours.sha256(input), input.slice(0, 20)).toBe(theirs.sha256(input));
		// The value SvelteKit's csp.js itself writes for an empty comment.
		expect(ours.sha256('/* empty */')).toBe('9OlNO0DNEeaVzHL4RZwCLsBHA8WBQ8toBp/4F5XV2nc=');
	});

	it('refuses a crypto.js in another shape', () => {
		expect(() => nativeSha256(`${source}\nexport function sha512() {}`)).toThrow(/one export/);
		expect(() => nativeSha256(source.replace('sha256(data)', 'sha256(text)'))).toThrow();
	});
});
