import { pipeline, Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { promisify } from 'node:util';
import { brotliCompress, constants, createBrotliCompress, createGzip, gzip } from 'node:zlib';
import type { Handle } from '@sveltejs/kit';

/*
 * Compression of answers for clients that accept it. Neither SvelteKit nor adapter-node
 * compresses what the app renders (adapter-node's static files are precompressed at build
 * time, not these), and a public page of a large record is ~120 KB of HTML that compresses to
 * under a fifth. Kept public pages (rendered-pages.ts) are compressed once when kept, at a
 * high setting; everything else large (fresh renders, API JSON, CSV, Atom) is compressed as
 * it streams out, at a fast setting. Every compressible answer says `Vary: Accept-Encoding`,
 * and an encoded one carries its own ETag (`"<tag>-br"`), since its bytes differ.
 */

export type Encoding = 'br' | 'gzip';
export const ENCODINGS: readonly Encoding[] = ['br', 'gzip'];

/* Below this, the encoding's framing costs about what it saves. */
const MIN_BYTES = 1024;

const COMPRESSIBLE =
	/^(text\/|application\/(json|[\w.+-]+\+json|xml|[\w.+-]+\+xml|javascript|ecmascript)|image\/svg\+xml)/i;

/**
 * The encoding to answer in for an Accept-Encoding header: brotli, else gzip, by the client's
 * q-values (brotli on a tie); null for identity.
 */
export function chooseEncoding(acceptEncoding: string | null): Encoding | null {
	if (!acceptEncoding) return null;
	const weights = new Map<string, number>();
	for (const part of acceptEncoding.split(',')) {
		const [name = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
		const q = params.find((p) => p.startsWith('q='));
		const weight = q ? Number(q.slice(2)) : 1;
		weights.set(name, Number.isFinite(weight) ? weight : 0);
	}
	const weight = (e: Encoding) => weights.get(e) ?? weights.get('*') ?? 0;
	let best: Encoding | null = null;
	for (const e of ENCODINGS)
		if (weight(e) > 0 && (best === null || weight(e) > weight(best))) best = e;
	return best;
}

/** The ETag of an encoded representation: `"abc"` becomes `"abc-br"` (weakness kept). */
export function encodedEtag(etag: string, encoding: Encoding | null): string {
	return encoding === null ? etag : etag.replace(/"$/, `-${encoding}"`);
}

/** Adds Accept-Encoding to a header's Vary list, once. */
export function varyOnEncoding(headers: Headers): void {
	const vary = headers.get('vary') ?? '';
	if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary)) headers.append('vary', 'Accept-Encoding');
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** A body in every encoding, compressed once at high settings (off the event loop). */
export async function compressAll(body: Uint8Array): Promise<Record<Encoding, Uint8Array>> {
	const [br, gz] = await Promise.all([
		brotli(body, {
			params: {
				[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
				[constants.BROTLI_PARAM_QUALITY]: 9,
				[constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
			}
		}),
		gzipped(body, { level: 9 })
	]);
	return { br, gzip: gz };
}

function encoder(encoding: Encoding) {
	return encoding === 'br'
		? createBrotliCompress({
				params: {
					[constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
					[constants.BROTLI_PARAM_QUALITY]: 4
				}
			})
		: createGzip({ level: 6 });
}

function compressible(response: Response): boolean {
	return (
		response.body !== null &&
		!response.headers.has('content-encoding') &&
		COMPRESSIBLE.test(response.headers.get('content-type') ?? '')
	);
}

/** The response compressed as it streams, when the client accepts an encoding and it is worth it. */
export function compressResponse(request: Request, response: Response): Response {
	if (request.method === 'HEAD' || !compressible(response)) return response;
	const headers = new Headers(response.headers);
	varyOnEncoding(headers);
	const encoding = chooseEncoding(request.headers.get('accept-encoding'));
	const length = headers.get('content-length');
	const small = length !== null && Number(length) < MIN_BYTES;
	if (encoding === null || small) {
		return new Response(response.body, {
			status: response.status,
			statusText: response.statusText,
			headers
		});
	}
	const etag = headers.get('etag');
	if (etag) headers.set('etag', encodedEtag(etag, encoding));
	headers.set('content-encoding', encoding);
	headers.delete('content-length');
	const encoded = encoder(encoding);
	// pipeline, not pipe: a failing source (a stream that errors half-way) ends the encoded body too.
	pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), encoded, () => {});
	const body = Readable.toWeb(encoded) as ReadableStream<Uint8Array>;
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/** Outermost hook: compresses large text answers the rest of the app made. */
export const compressAnswers: Handle = async ({ event, resolve }) =>
	compressResponse(event.request, await resolve(event));
