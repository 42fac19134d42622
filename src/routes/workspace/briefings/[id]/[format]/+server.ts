import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { guard } from '$lib/server/auth/guard';
import { clientInfo } from '$lib/server/auth/request';
import { downloadPack } from '$lib/server/briefings/packs';
import { documentResponse, packFormat } from '$lib/server/briefings/download';
import { db } from '$lib/server/runtime';

/* An issued pack's document, exactly the bytes stored on issue; every download is audited. */
export const GET: RequestHandler = async (event) => {
	const actor = await guard(event, 'read:internal');
	const format = packFormat(event.params.format);
	const doc = await downloadPack(db(), { actor, ...clientInfo(event) }, event.params.id, format);
	if (!doc) error(404, 'This pack has no issued documents; issue it first.');
	return documentResponse(doc, format, event.params.id, { private: true });
};
