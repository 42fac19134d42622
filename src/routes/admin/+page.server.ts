import type { PageServerLoad } from './$types';
import { guardUser } from '$lib/server/auth/guard';

export const load: PageServerLoad = async (event) => {
	await guardUser(event, 'manage:users');
	return {};
};
