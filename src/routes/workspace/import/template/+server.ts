import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { guard } from '$lib/server/auth/guard';
import { importTemplate, isImportType } from '$lib/server/workspace/importing';

/* The empty CSV template for cases or pledges, with a commented example row. */
export const GET: RequestHandler = async (event) => {
	await guard(event, 'edit:records');
	const type = event.url.searchParams.get('type') ?? '';
	if (!isImportType(type)) error(404, 'Not found');
	return new Response(importTemplate(type), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="pledgewatch-${type}-template.csv"`,
			'cache-control': 'no-store'
		}
	});
};
