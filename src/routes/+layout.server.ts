import type { LayoutServerLoad } from './$types';
import { siteOrigin } from '$lib/server/http/site-origin';
import { accountLocale } from '$lib/server/http/language';

/*
 * Who is signed in, for the header's account link: only the person's own name and whether
 * sign-in is complete, and the language of their own pages (for the browser to tell when a
 * link leads into another language). Nothing here depends on a permission; pages guard their own data.
 * `siteOrigin` is where absolute links (canonical, og:url) point: the configured ORIGIN,
 * never a Host header a client made up.
 */
export const load: LayoutServerLoad = ({ locals, url }) => ({
	siteOrigin: siteOrigin(url),
	viewer: locals.user
		? {
				displayName: locals.user.displayName,
				complete: locals.actor.stage === 'full',
				language: accountLocale(locals)
			}
		: null
});
