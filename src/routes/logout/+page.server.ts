import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/runtime';
import { guard } from '$lib/server/auth/guard';
import { actingUser, isSecure } from '$lib/server/auth/request';
import { deleteSessionCookie } from '$lib/server/auth/sessions';
import { signOut } from '$lib/server/auth/session-ending';
import { accountLocale } from '$lib/server/http/language';
import { baseLocale, pathIn, splitPath } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	await guard(event, 'read:published');
	return { signedIn: event.locals.user !== null };
};

/* Sign-out is a POST (a link or image cannot sign someone out); it ends this session only. */
async function logOut(event: Parameters<Actions['default']>[0]) {
	await guard(event, 'read:published');
	const { user, session } = event.locals;
	// The home page in the language signed out from: the address's, or the account's ("/logout" from an account page).
	const language = splitPath(event.url.pathname).locale;
	const home = pathIn(
		'/',
		language === baseLocale ? (accountLocale(event.locals) ?? language) : language
	);
	if (user && session) await signOut(db(), actingUser(event, user), session.id);
	deleteSessionCookie(event.cookies, isSecure(event));
	redirect(303, home);
}

export const actions: Actions = { default: logOut };
