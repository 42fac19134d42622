import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { guard } from '$lib/server/auth/guard';
import { db } from '$lib/server/runtime';
import { searchLookup } from '$lib/server/workspace/lookup';
import { LOOKUPS, type Lookup } from '$lib/workspace/form';

/* The comboboxes' suggestions: records of one type whose name contains the typed letters. */
export const GET: RequestHandler = async (event) => {
	await guard(event, 'read:internal');
	const lookup = event.params.lookup as Lookup;
	if (!LOOKUPS.includes(lookup)) error(404, 'Not found');
	const q = (event.url.searchParams.get('q') ?? '').slice(0, 100);
	return json(await searchLookup(db(), lookup, q), {
		headers: { 'cache-control': 'no-store' }
	});
};
