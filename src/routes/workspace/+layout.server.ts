import type { LayoutServerLoad } from './$types';
import { can } from '$lib/server/policy';

/* Whether the navigation offers the pages that change records (import). Pages guard themselves. */
export const load: LayoutServerLoad = ({ locals }) => ({
	mayEdit: can(locals.actor, 'edit:records')
});
