import { error } from '@sveltejs/kit';
import type { PackFormat } from '$lib/server/repositories/briefing-packs';

/* How an issued document is sent: the stored bytes, typed, named, with their SHA-256. */

const TYPES: Record<PackFormat, string> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
};

/** The format named in a URL ("pack.pdf" or "pdf"), or a 404. */
export function packFormat(param: string): PackFormat {
	const format = param.replace(/^pack\./, '');
	if (format !== 'pdf' && format !== 'docx') error(404, 'Packs come as pdf or docx.');
	return format;
}

export function documentResponse(
	doc: { bytes: Uint8Array; sha256: string },
	format: PackFormat,
	packId: string,
	{ private: isPrivate }: { private: boolean }
): Response {
	return new Response(Buffer.from(doc.bytes), {
		headers: {
			'content-type': TYPES[format],
			'content-disposition': `attachment; filename="briefing-${packId}.${format}"`,
			'content-length': String(doc.bytes.byteLength),
			'x-content-sha256': doc.sha256,
			'cache-control': isPrivate ? 'private, no-store' : 'public, max-age=300'
		}
	});
}
