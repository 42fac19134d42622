import type { LayoutServerLoad } from './$types';
import { siteOrigin } from '$lib/server/http/site-origin';

/*
 * Who is signed in, for the header's account link: only the person's own name and whether
 * sign-in is complete. Nothing here depends on a permission; pages guard their own data.
 * `siteOrigin` is where absolute links (canonical, og:url) point: the configured ORIGIN,
 * never a Host header a client made up.
 */
export const load: LayoutServerLoad = ({ locals, url }) => ({
	siteOrigin: siteOrigin(url),
	viewer: locals.user
		? { displayName: locals.user.displayName, complete: locals.actor.stage === 'full' }
		: null
});
