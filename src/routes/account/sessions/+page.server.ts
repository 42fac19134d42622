import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { db } from '$lib/server/runtime';
import { guardUser } from '$lib/server/auth/guard';
import { recordAudit } from '$lib/server/audit';
import { clientInfo } from '$lib/server/auth/request';
import { deleteUserSession, listUserSessions } from '$lib/server/auth/sessions';

export const load: PageServerLoad = async (event) => {
	const { user, session } = await guardUser(event, 'account:self');
	const sessions = await listUserSessions(db(), user.id);
	return {
		sessions: sessions.map((s) => ({
			id: s.id,
			current: s.id === session.id,
			createdAt: s.createdAt,
			lastActiveAt: s.lastRenewedAt,
			expiresAt: s.idleExpiresAt < s.absoluteExpiresAt ? s.idleExpiresAt : s.absoluteExpiresAt,
			ip: s.ip,
			userAgent: s.userAgent
		}))
	};
};

async function revoke(event: Parameters<Actions['revoke']>[0]) {
	const { user, session } = await guardUser(event, 'account:self');
	const id = String((await event.request.formData()).get('id') ?? '');
	if (!(await deleteUserSession(db(), user.id, id))) {
		return fail(400, { message: 'That session has already ended.' });
	}
	const client = clientInfo(event);
	await recordAudit(db(), {
		action: 'session.revoke',
		userId: user.id,
		actorEmail: user.email,
		targetType: 'session',
		targetId: id,
		ip: client.ip,
		userAgent: client.userAgent,
		detail: { own: id === session.id }
	});
	redirect(303, id === session.id ? '/login' : '/account/sessions');
}

async function revokeOthers(event: Parameters<Actions['others']>[0]) {
	const { user, session } = await guardUser(event, 'account:self');
	const others = (await listUserSessions(db(), user.id)).filter((s) => s.id !== session.id);
	for (const other of others) await deleteUserSession(db(), user.id, other.id);
	const client = clientInfo(event);
	await recordAudit(db(), {
		action: 'session.revoke',
		userId: user.id,
		actorEmail: user.email,
		targetType: 'user',
		targetId: user.id,
		ip: client.ip,
		userAgent: client.userAgent,
		detail: { ended: others.length, scope: 'all other sessions' }
	});
	redirect(303, '/account/sessions');
}

export const actions: Actions = { revoke, others: revokeOthers };
