import { m } from '$lib/paraglide/messages';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { db } from '$lib/server/runtime';
import { guardUser } from '$lib/server/auth/guard';
import { actingUser } from '$lib/server/auth/request';
import { InviteError, listInvites } from '$lib/server/auth/invites';
import { inviteSomeone, withdrawInvite } from '$lib/server/admin/invitations';
import { siteOrigin } from '$lib/server/http/site-origin';
import { isEmail, isRole, normaliseEmail } from '$lib/server/auth/users';

export const load: PageServerLoad = async (event) => {
	await guardUser(event, 'manage:invites');
	return { invites: await listInvites(db()) };
};

async function create(event: RequestEvent) {
	const { user: admin } = await guardUser(event, 'manage:invites');
	const form = await event.request.formData();
	const email = normaliseEmail(String(form.get('email') ?? ''));
	const role = String(form.get('role') ?? '');
	if (!isEmail(email)) return fail(400, { email, role, message: m.adm_enter_email() });
	if (!isRole(role)) return fail(400, { email, role, message: m.adm_choose_role() });
	let sent;
	try {
		sent = await inviteSomeone(
			db(),
			{ ...actingUser(event, admin), displayName: admin.displayName },
			{ email, role, origin: siteOrigin(event.url) }
		);
	} catch (cause) {
		if (cause instanceof InviteError) return fail(409, { email, role, message: cause.message });
		throw cause;
	}
	// The link is in this one response only: it is not stored and cannot be shown again.
	return { created: { email, role, ...sent }, message: null };
}

async function revoke(event: RequestEvent) {
	const { user: admin } = await guardUser(event, 'manage:invites');
	const id = String((await event.request.formData()).get('id') ?? '');
	if (!(await withdrawInvite(db(), actingUser(event, admin), id))) {
		return fail(400, { message: m.adm_invite_not_open() });
	}
	redirect(303, '/admin/invites');
}

export const actions: Actions = { create, revoke };
