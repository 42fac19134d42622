import type { LayoutServerLoad } from './$types';

/*
 * Who is signed in, for the header's account link: only the person's own name and whether
 * sign-in is complete. Nothing here depends on a permission; pages guard their own data.
 */
export const load: LayoutServerLoad = ({ locals }) => ({
	viewer: locals.user
		? { displayName: locals.user.displayName, complete: locals.actor.stage === 'full' }
		: null
});
