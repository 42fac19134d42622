import { m } from '$lib/paraglide/messages';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { documentResponse, packFormat } from '$lib/server/briefings/download';
import { publicPackDocument } from '$lib/server/briefings/public-pack';
import { db } from '$lib/server/runtime';

/* A public pack's document: the bytes stored when it was issued. */
export const GET: RequestHandler = async ({ params }) => {
	const format = packFormat(params.format);
	const doc = await publicPackDocument(db(), params.code, params.id, format);
	if (!doc) error(404, m.pack_pub_missing());
	return documentResponse(doc, format, params.id, { private: false });
};
