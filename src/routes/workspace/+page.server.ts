import type { PageServerLoad } from './$types';
import { guardUser } from '$lib/server/auth/guard';
import { can } from '$lib/server/policy';

export const load: PageServerLoad = async (event) => {
	const { actor, user } = await guardUser(event, 'read:internal');
	return {
		me: { displayName: user.displayName, email: user.email, role: user.role },
		may: {
			edit: can(actor, 'edit:records'),
			publish: can(actor, 'publish:records'),
			admin: can(actor, 'manage:users'),
			audit: can(actor, 'read:audit')
		}
	};
};
