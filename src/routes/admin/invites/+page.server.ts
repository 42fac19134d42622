import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { db } from '$lib/server/runtime';
import { guardUser } from '$lib/server/auth/guard';
import { recordAudit } from '$lib/server/audit';
import { clientInfo } from '$lib/server/auth/request';
import { createInvite, InviteError, listInvites, revokeInvite } from '$lib/server/auth/invites';
import { deliverInvite } from '$lib/server/auth/mail';
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
	if (!isEmail(email)) return fail(400, { email, role, message: 'Enter an email address.' });
	if (!isRole(role)) return fail(400, { email, role, message: 'Choose a role.' });
	let invite;
	try {
		invite = await createInvite(db(), { email, role, createdBy: admin.id });
	} catch (cause) {
		if (cause instanceof InviteError) return fail(409, { email, role, message: cause.message });
		throw cause;
	}
	const link = `${siteOrigin(event.url)}/invite/${invite.token}`;
	const mailed = await deliverInvite({
		to: email,
		link,
		role,
		expiresAt: invite.expiresAt,
		invitedBy: admin.displayName
	});
	const client = clientInfo(event);
	await recordAudit(db(), {
		action: 'invite.create',
		userId: admin.id,
		actorEmail: admin.email,
		targetType: 'invite',
		targetId: invite.id,
		ip: client.ip,
		userAgent: client.userAgent,
		detail: { email, role, mailed }
	});
	// The link is in this one response only: it is not stored and cannot be shown again.
	return { created: { email, role, link, expiresAt: invite.expiresAt, mailed }, message: null };
}

async function revoke(event: RequestEvent) {
	const { user: admin } = await guardUser(event, 'manage:invites');
	const id = String((await event.request.formData()).get('id') ?? '');
	if (!(await revokeInvite(db(), id))) {
		return fail(400, { message: 'That invite is not open any more.' });
	}
	const client = clientInfo(event);
	await recordAudit(db(), {
		action: 'invite.revoke',
		userId: admin.id,
		actorEmail: admin.email,
		targetType: 'invite',
		targetId: id,
		ip: client.ip,
		userAgent: client.userAgent
	});
	redirect(303, '/admin/invites');
}

export const actions: Actions = { create, revoke };
