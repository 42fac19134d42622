import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/runtime';
import { guard } from '$lib/server/auth/guard';
import { recordAudit } from '$lib/server/audit';
import { clientInfo, isSecure } from '$lib/server/auth/request';
import { deleteSession, deleteSessionCookie } from '$lib/server/auth/sessions';

export const load: PageServerLoad = async (event) => {
	await guard(event, 'read:published');
	return { signedIn: event.locals.user !== null };
};

/* Sign-out is a POST (a link or image cannot sign someone out); it ends this session only. */
async function signOut(event: Parameters<Actions['default']>[0]) {
	await guard(event, 'read:published');
	const { user, session } = event.locals;
	if (user && session) {
		await deleteSession(db(), session.id);
		const { ip, userAgent } = clientInfo(event);
		await recordAudit(db(), {
			action: 'signout',
			userId: user.id,
			actorEmail: user.email,
			ip,
			userAgent
		});
	}
	deleteSessionCookie(event.cookies, isSecure(event));
	redirect(303, '/');
}

export const actions: Actions = { default: signOut };
