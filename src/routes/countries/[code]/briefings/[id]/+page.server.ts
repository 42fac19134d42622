import { m } from '$lib/paraglide/messages';
import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { publicPack } from '$lib/server/briefings/public-pack';
import { db } from '$lib/server/runtime';

export const load: PageServerLoad = async ({ params }) => {
	const pack = await publicPack(db(), params.code, params.id);
	if (!pack) error(404, m.pack_pub_missing());
	return pack;
};
