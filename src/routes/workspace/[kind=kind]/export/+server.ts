import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { recordAudit } from '$lib/server/audit';
import { clientInfo } from '$lib/server/auth/request';
import { db } from '$lib/server/runtime';
import { exportList } from '$lib/server/workspace/export';
import { guardKind } from '$lib/server/workspace/routes';

/* The list as shown (its search and filters, every page) as a CSV or JSON download. */
export const GET: RequestHandler = async (event) => {
	const { actor, kind } = await guardKind(event, 'export:internal');
	const format = event.url.searchParams.get('format') ?? 'csv';
	if (format !== 'csv' && format !== 'json') error(400, 'Format must be csv or json.');
	const file = await exportList(db(), kind, event.url.searchParams, format);
	const { ip, userAgent } = clientInfo(event);
	await recordAudit(db(), {
		action: 'export',
		userId: actor.userId,
		actorEmail: actor.email,
		targetType: kind.type,
		ip,
		userAgent,
		detail: { format, records: file.count, query: event.url.search.slice(0, 500) }
	});
	return new Response(file.body, {
		headers: {
			'content-type': file.contentType,
			'content-disposition': `attachment; filename="${file.filename}"`,
			'cache-control': 'no-store'
		}
	});
};
